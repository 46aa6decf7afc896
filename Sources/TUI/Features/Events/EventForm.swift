import Core

/// A new event: title, kind, when (the Danish way, so a course's weekly
/// series is one line), one of the centre's rooms or an outside address,
/// seats, the sign-up deadline, price, whether the public sees it, and the
/// description the public reads.
enum EventForm {
  static func make(kinds: [EventKind], lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Nyt arrangement", "New event"),
      fields: [
        FormField(key: "title", label: lang.pick("Titel *", "Title *"), value: .text(TextField())),
        FormField(
          key: "kind", label: lang.pick("Slags *", "Kind *"),
          value: .choice(kinds.map { $0.name(lang) }, 0)),
        FormField(
          key: "when", label: lang.pick("Hvornår *", "When *"), value: .text(TextField())),
        FormField(
          key: "room", label: lang.pick("Lokale", "Room"), value: .text(TextField())),
        FormField(
          key: "place", label: lang.pick("Eller adresse", "Or address"), value: .text(TextField())),
        FormField(
          key: "capacity", label: lang.pick("Pladser *", "Seats *"), value: .text(TextField())),
        FormField(
          key: "deadline", label: lang.pick("Tilmeldingsfrist", "Sign-up deadline"),
          value: .text(TextField())),
        FormField(
          key: "price", label: lang.pick("Pris (kr.)", "Price (DKK)"), value: .text(TextField("0"))),
        FormField(
          key: "public", label: lang.pick("Offentligt", "Public"), value: .check(false)),
        FormField(
          key: "description", label: lang.pick("Beskrivelse", "Description"),
          value: .text(TextField())),
      ])
    form.footer = lang.pick(
      "Hvornår: tir 17-20, 15-12 17-20 til 30-03 (hver uge). Lokale: ordenes begyndelse (store sal); bookes med det samme. Ctrl-S gemmer, Esc fortryder.",
      "When: tue 17-20, 15-12 17-20 til 30-03 (weekly). Room: the beginnings of its words (store sal); booked at once. Ctrl-S saves, Esc cancels."
    )
    return form
  }

  /// The plan the form describes, or nil with the problems next to the
  /// fields. `rooms` finds rooms from what was typed.
  static func read(
    _ form: inout Form, kinds: [EventKind], today: Day, lang: Language,
    rooms: (String) -> [Room]
  ) -> EventPlan? {
    form.clearErrors()
    func text(_ key: String) -> String { form.field(key)?.text.trimmed ?? "" }
    let when = WhenInput.parse(text("when"), today: today)
    if when == nil {
      form.setError(
        "when",
        RoomFindForm.whenHelp(lang, unread: WhenInput.unread(text("when"), today: today)))
    }
    var roomID: Int64?
    if !text("room").isEmpty {
      let found = rooms(text("room"))
      if found.count == 1 {
        roomID = found[0].id
      } else {
        form.setError(
          "room",
          found.isEmpty
            ? lang.pick("intet lokale hedder sådan", "no room by that name")
            : lang.pick("flere passer: ", "several match: ")
              + found.prefix(4).map(\.name).joined(separator: "; "))
      }
      if !text("place").isEmpty {
        form.setError(
          "place",
          lang.pick("et lokale eller en adresse, ikke begge", "a room or an address, not both"))
      }
    } else if text("place").isEmpty {
      form.setError(
        "room",
        lang.pick("vælg et lokale eller skriv en adresse", "choose a room or type an address"))
    }
    let capacity = number(&form, "capacity", EventPlan.capacities, required: true, lang: lang)
    let price = number(&form, "price", EventPlan.prices, required: false, lang: lang) ?? 0
    var deadline: Day?
    if !text("deadline").isEmpty {
      deadline = DateInput.parse(text("deadline"), today: today)
      if deadline == nil { form.setError("deadline", FieldError.invalidDate.message(lang)) }
    }
    let kind =
      kinds.indices.contains(form.field("kind")?.choice ?? -1)
      ? kinds[form.field("kind")!.choice] : nil
    guard let when, let capacity, let kind, form.fields.allSatisfy({ $0.error == nil }) else {
      form.message = lang.pick(
        "Ret de markerede felter. Intet er gemt endnu.",
        "Fix the marked fields. Nothing has been saved yet.")
      form.focusFirstError()
      return nil
    }
    var plan = EventPlan(
      title: text("title"), kindID: kind.id, roomID: roomID, place: text("place"), slot: when.first,
      weeklyUntil: when.repeatUntil, capacity: capacity, deadline: deadline)
    plan.everyWeeks = when.everyWeeks
    plan.price = price
    plan.isPublic = form.field("public")?.checked ?? false
    plan.description = form.field("description")?.text ?? ""
    return plan
  }

  /// A whole number in its range, said next to its field when it is not.
  static func number(
    _ form: inout Form, _ key: String, _ range: ClosedRange<Int>, required: Bool, lang: Language
  ) -> Int? {
    let typed = form.field(key)?.text.trimmed ?? ""
    if typed.isEmpty {
      if required { form.setError(key, FieldError.required.message(lang)) }
      return nil
    }
    guard let value = Int(typed), range.contains(value) else {
      form.setError(
        key, FieldError.outOfRange(range.lowerBound, range.upperBound).message(lang))
      return nil
    }
    return value
  }
}
