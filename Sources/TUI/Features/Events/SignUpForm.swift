import Core

/// Signing up for an event: a person (name, phone, e-mail, perhaps the
/// association they come from) or an association taking seats.
enum SignUpForm {
  static func make(_ event: Event, counts: EventCounts, lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Tilmeld: ", "Sign up: ") + SafeText.oneLine(event.title),
      fields: [
        FormField(key: "name", label: lang.pick("Navn", "Name"), value: .text(TextField())),
        FormField(key: "phone", label: lang.pick("Telefon", "Phone"), value: .text(TextField())),
        FormField(key: "email", label: lang.pick("E-mail", "E-mail"), value: .text(TextField())),
        FormField(
          key: "association", label: lang.pick("Forening", "Association"),
          value: .text(TextField())),
        FormField(
          key: "seats", label: lang.pick("Pladser", "Seats"), value: .text(TextField("1"))),
      ])
    let free = max(0, event.capacity - counts.signed)
    form.notes = [
      EventText.counts(counts, capacity: event.capacity, lang) + " · "
        + (free > 0
          ? lang.pick("\(free) ledige", "\(free) free")
          : lang.pick(
            "fuldt: næste kommer på venteliste", "full: the next goes on the waiting list"))
    ]
    form.footer = lang.pick(
      "Et navn, eller en forening alene med dens antal pladser. Forening: ordenes begyndelse, vælg med ↓ Enter. Ctrl-S tilmelder, Esc fortryder.",
      "A name, or an association alone with its number of seats. Association: the beginnings of its words, pick with ↓ Enter. Ctrl-S signs up, Esc cancels."
    )
    return form
  }

  /// The request the form describes, or nil with the problems next to the
  /// fields. `lookup` finds associations from what was typed.
  static func read(
    _ form: inout Form, eventID: Int64, lang: Language, lookup: AssociationPick.Lookup
  ) -> SignUpRequest? {
    form.clearErrors()
    func text(_ key: String) -> String { form.field(key)?.text.trimmed ?? "" }
    var associationID: Int64?
    switch AssociationPick.read(text("association"), lookup: lookup) {
    case .success(let found): associationID = found?.id
    case .failure(let problem): form.setError("association", problem.message(lang))
    }
    if text("name").isEmpty && text("association").isEmpty {
      form.setError(
        "name",
        lang.pick("skriv et navn eller vælg en forening", "type a name or pick an association"))
    }
    if case .failure(let error) = Validation.phone(text("phone")) {
      form.setError("phone", error.message(lang))
    }
    if case .failure(let error) = Validation.email(text("email")) {
      form.setError("email", error.message(lang))
    }
    let seats = EventForm.number(
      &form, "seats", SignUpRequest.seatRange, required: true, lang: lang)
    guard let seats, form.fields.allSatisfy({ $0.error == nil }) else {
      form.message = lang.pick(
        "Ret de markerede felter. Ingen er tilmeldt endnu.",
        "Fix the marked fields. No one is signed up yet.")
      form.focusFirstError()
      return nil
    }
    return SignUpRequest(
      eventID: eventID, name: text("name"), phone: text("phone"), email: text("email"),
      associationID: associationID, seats: seats)
  }
}
