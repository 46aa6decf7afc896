import Core

/// Booking a room for an association: who, when (the Danish way, so a
/// weekly series is one line), purpose, how many and a contact.
enum BookingForm {
  static func make(room: Room, when: String, attendees: Int?, taken: [Clash], lang: Language)
    -> Form
  {
    var form = Form(
      title: lang.pick("Book ", "Book ") + room.name,
      fields: [
        FormField(
          key: "association", label: lang.pick("Forening *", "Association *"),
          value: .text(TextField())),
        FormField(
          key: "when", label: lang.pick("Hvornår *", "When *"), value: .text(TextField(when))),
        FormField(key: "purpose", label: lang.pick("Formål", "Purpose"), value: .text(TextField())),
        FormField(
          key: "attendees", label: lang.pick("Deltagere", "Attendees"),
          value: .text(TextField(attendees.map(String.init) ?? ""))),
        FormField(
          key: "contact", label: lang.pick("Kontakt", "Contact"),
          value: .text(TextField())),
      ])
    form.notes = [RoomsState.facts(room, lang)]
    if !room.notes.isEmpty { form.notes.append(room.notes) }
    let days = Set(taken.map(\.wanted.day))
    if !days.isEmpty {
      // Said before saving, so Ctrl-S books the free dates without asking.
      form.notes.append(
        lang.pick("Optaget ", "Taken on ")
          + lang.count(days.count, "dato", "datoer", "date", "dates")
          + lang.pick(", springes over: ", ", skipped: ")
          + taken.prefix(3).map { $0.label(lang) }.joined(separator: "; ")
          + (taken.count > 3
            ? lang.pick(" og \(taken.count - 3) mere", " and \(taken.count - 3) more") : "")
          + (days.count == 1
            ? lang.pick(
              ". Bagefter foreslås et andet lokale til den.",
              ". Another room is offered for it afterwards.")
            : lang.pick(
              ". Bagefter foreslås et andet lokale til dem.",
              ". Another room is offered for them afterwards.")))
    }
    form.footer = lang.pick(
      "Forening: ordenes begyndelse (ældre hj), vælg i listen med ↓ Enter. Ctrl-S booker, Esc fortryder.",
      "Association: the beginnings of its words (ældre hj); pick in the list with ↓ Enter. Ctrl-S books, Esc cancels."
    )
    return form
  }

  /// The request the form describes, or nil with the problems next to the
  /// fields. `lookup` finds associations from what was typed.
  static func read(
    _ form: inout Form, room: Room, today: Day, lang: Language,
    lookup: AssociationPick.Lookup
  ) -> BookingRequest? {
    form.clearErrors()
    func text(_ key: String) -> String { form.field(key)?.text.trimmed ?? "" }
    var associationID: Int64?
    switch AssociationPick.read(text("association"), lookup: lookup) {
    case .success(let found?): associationID = found.id
    case .success(nil):
      form.setError(
        "association", lang.pick("skriv foreningens navn", "type the association's name"))
    case .failure(let problem): form.setError("association", problem.message(lang))
    }
    let when = WhenInput.parse(text("when"), today: today)
    if when == nil {
      form.setError(
        "when",
        RoomFindForm.whenHelp(lang, unread: WhenInput.unread(text("when"), today: today)))
    }
    var attendees: Int?
    switch Validation.attendees(text("attendees")) {
    case .success(let count): attendees = count
    case .failure(let error): form.setError("attendees", error.message(lang))
    }
    guard let associationID, let when, form.fields.allSatisfy({ $0.error == nil }) else {
      form.message = lang.pick(
        "Ret de markerede felter. Intet er booket endnu.",
        "Fix the marked fields. Nothing has been booked yet.")
      form.focusFirstError()
      return nil
    }
    return BookingRequest(
      roomID: room.id!, associationID: associationID, slot: when.first, purpose: text("purpose"),
      attendees: attendees, contact: text("contact"), repeatUntil: when.repeatUntil,
      everyWeeks: when.everyWeeks)
  }

  /// How a worker would type a request back ("24-11-2026 19-21 til 30-06-2027").
  static func whenText(_ when: WhenInput) -> String {
    var text = when.first.day.numeric + " " + when.first.start.text + "-" + when.first.end.text
    if let until = when.repeatUntil { text += " til " + until.numeric }
    if when.everyWeeks == 2 { text += " hver anden uge" }
    return text
  }
}
