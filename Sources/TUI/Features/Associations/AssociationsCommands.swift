extension CommandID {
  static let newAssociation = CommandID("newAssociation")
  static let toggleActive = CommandID("toggleActive")
  static let filterGroup = CommandID("filterGroup")
  static let filterArea = CommandID("filterArea")
  static let filterActive = CommandID("filterActive")
  static let newActivity = CommandID("newActivity")
  static let editActivity = CommandID("editActivity")
  static let confirmDetails = CommandID("confirmDetails")
  static let showStale = CommandID("showStale")
  static let editRegister = CommandID("editRegister")
  static let showInquiries = CommandID("showInquiries")
  static let applications = CommandID("applications")
  static let deleteAssociation = CommandID("deleteAssociation")
  static let mergeAssociation = CommandID("mergeAssociation")
  static let undoDelete = CommandID("undoDelete")
}

/// The keys of F1 Foreninger: the search line's filters, the list and one
/// association with its activities.
extension CommandTable {
  static let associations: [Command] = [
    Command(
      id: .editActivity, keys: [.enter], contexts: [.detail],
      hint: ("Ret aktivitet", "Edit activity"),
      help: ("Ret den valgte aktivitet", "Edit the selected activity")),
    Command(
      id: .clearSearch, keys: [.escape], contexts: [.list], hint: ("Ryd søgning", "Clear search"),
      help: (
        "Ryd søgeteksten og gå tilbage til søgelinjen",
        "Clear the search text, back to the search line"
      )),
    Command(
      id: .filterGroup, keys: [.ctrl("t"), .char("m")], contexts: [.search, .list],
      hint: ("Målgruppe", "Target group"),
      help: ("Filtrér på målgruppe", "Filter by target group")),
    Command(
      id: .filterArea, keys: [.ctrl("o"), .char("o")], contexts: [.search, .list],
      hint: ("Område", "Area"), help: ("Filtrér på lokalområde", "Filter by area")),
    Command(
      id: .filterActive, keys: [.ctrl("v"), .char("a")], contexts: [.search, .list],
      hint: ("Aktive/inaktive", "Active/inactive"),
      help: (
        "Skift mellem aktive, inaktive og alle foreninger",
        "Switch between active, inactive and all associations"
      )),
    Command(
      id: .newAssociation, keys: [.char("n")], contexts: [.list],
      hint: ("Ny", "New"), help: ("Opret en ny forening", "Create a new association")),
    Command(
      id: .newActivity, keys: [.char("n")], contexts: [.detail],
      hint: ("Ny aktivitet", "New activity"),
      help: ("Opret en aktivitet for foreningen", "Create an activity for the association")),
    Command(
      id: .showStale, keys: [.char("b")], contexts: [.list],
      hint: ("Ubekræftede", "Unconfirmed"),
      help: (
        "Aktive foreninger, der ikke har bekræftet deres oplysninger i 12 måneder, ældste først",
        "Active associations that have not confirmed their details for 12 months, oldest first"
      )),
    Command(
      id: .editRegister, keys: [.char("r")], contexts: [.detail], hint: ("Register", "Register"),
      help: (
        "Centrets register: kontaktperson, forsikringsliste, samarbejdsaftale, sidst bekræftet",
        "The centre's register: contact person, insurance list, agreement, last confirmed"
      )),
    Command(
      // No hint: the bar is full here, and the file's history line says
      // "h viser dem" where the inquiries are counted.
      id: .showInquiries, keys: [.char("h")], contexts: [.detail], hint: nil,
      help: (
        "Henvendelser fra eller om foreningen (F2), nyeste først; Ctrl-N logger en ny om den",
        "Inquiries from or about the association (F2), newest first; Ctrl-N logs one about it"
      )),
    Command(
      // No hint either: the history's applications line says "a".
      id: .applications, keys: [.char("a")], contexts: [.detail], hint: nil,
      help: (
        "Ansøgninger (§ 18), som centret hjælper foreningen med: ny, eller ret status og beløb",
        "Applications (§ 18) the centre helps the association with: a new one, or change status and amounts"
      )),
    Command(
      id: .confirmDetails, keys: [.char("b")], contexts: [.detail],
      hint: ("Bekræftet", "Confirmed"),
      help: (
        "Foreningen har bekræftet sine oplysninger i dag (fx i telefonen)",
        "The association confirmed its details today (on the phone, say)"
      )),
    Command(
      id: .deleteAssociation, keys: [.delete], contexts: [.list, .detail], hint: nil,
      help: (
        "Slet en forening, der er oprettet ved en fejl (kun når intet henviser til den); u fortryder",
        "Delete an association created by mistake (only while nothing refers to it); u undoes"
      )),
    Command(
      id: .undoDelete, keys: [.char("u")], contexts: [.list], hint: nil,
      help: ("Fortryd den seneste sletning", "Undo the latest deletion")),
    Command(
      id: .mergeAssociation, keys: [.char("f")], contexts: [.list, .detail], hint: nil,
      help: (
        "Flet foreningen ind i en anden (aktiviteter, bookinger, henvendelser og ansøgninger flyttes)",
        "Merge the association into another (activities, bookings, inquiries and applications move)"
      )),
    Command(
      id: .toggleActive, keys: [.char("d")], contexts: [.list, .detail],
      hint: ("Deaktivér", "Deactivate"),
      help: (
        "Deaktivér eller genaktivér den valgte forening",
        "Deactivate or reactivate the selected association"
      )),
  ]
}
