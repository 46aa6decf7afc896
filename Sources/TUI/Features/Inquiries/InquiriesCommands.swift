extension CommandID {
  static let nextView = CommandID("nextView")
  static let sortByOwner = CommandID("sortByOwner")
  static let editCategories = CommandID("editCategories")
  static let addNote = CommandID("addNote")
  static let addCall = CommandID("addCall")
  static let changeStatus = CommandID("changeStatus")
  static let moveFollowUp = CommandID("moveFollowUp")
  static let handOver = CommandID("handOver")
  static let closeInquiry = CommandID("closeInquiry")
  static let reopenInquiry = CommandID("reopenInquiry")
}

/// The keys of F2 Henvendelser: the lists of inquiries and one inquiry's
/// timeline (notes, calls, status, follow-up, handover, closing).
extension CommandTable {
  static let inquiries: [Command] = [
    Command(
      id: .nextView, keys: [.char("v"), .right], contexts: [.inquiryList],
      hint: ("Visning", "View"),
      help: ("Næste visning: Mine, Alle åbne, Lukkede", "Next view: Mine, All open, Closed")),
    Command(
      id: .sortByOwner, keys: [.char("s")], contexts: [.inquiryList], hint: ("Sortér", "Sort"),
      help: (
        "Alle åbne: efter ejer eller efter opfølgningsdato",
        "All open: by owner or by follow-up date"
      )),
    Command(
      id: .editCategories, keys: [.char("c")], contexts: [.inquiryList], hint: nil,
      help: (
        "Ret listen af kategorier (tilføj, skjul, vis igen)",
        "Edit the list of categories (add, hide, show again)"
      )),
    Command(
      id: .applications, keys: [.char("a")], contexts: [.inquiryDetail], hint: nil,
      help: (
        "Ansøgning (§ 18), som henvendelsen handler om: ny eller ret; hver ændring kommer på tidslinjen",
        "The application (§ 18) the inquiry is about: new or edit; each change goes on the timeline"
      )),
    Command(
      id: .addNote, keys: [.char("n")], contexts: [.inquiryDetail], hint: ("Note", "Note"),
      help: ("Skriv en note i forløbet", "Add a note to the timeline")),
    Command(
      id: .addCall, keys: [.char("o")], contexts: [.inquiryDetail], hint: ("Opkald", "Call"),
      help: ("Notér et opkald i forløbet", "Log a call on the timeline")),
    Command(
      id: .changeStatus, keys: [.char("s")], contexts: [.inquiryDetail],
      hint: ("Status", "Status"),
      help: (
        "Åben eller venter på nogen, med ny opfølgningsdato",
        "Open or waiting on someone, with a new follow-up date"
      )),
    Command(
      id: .moveFollowUp, keys: [.char("f")], contexts: [.inquiryDetail],
      hint: ("Opfølgning", "Follow-up"),
      help: ("Flyt opfølgningsdatoen", "Move the follow-up date")),
    Command(
      id: .handOver, keys: [.char("h")], contexts: [.inquiryDetail],
      hint: ("Overdrag", "Hand over"),
      help: (
        "Overdrag til en anden medarbejder (med begrundelse)",
        "Hand over to another staff member (with a reason)"
      )),
    Command(
      id: .closeInquiry, keys: [.char("l")], contexts: [.inquiryDetail], hint: ("Luk", "Close"),
      help: ("Luk med udfald og note", "Close with an outcome and a note")),
    Command(
      id: .reopenInquiry, keys: [.char("g")], contexts: [.inquiryDetail],
      hint: ("Genåbn", "Reopen"),
      help: ("Genåbn en lukket henvendelse", "Reopen a closed inquiry")),
  ]
}
