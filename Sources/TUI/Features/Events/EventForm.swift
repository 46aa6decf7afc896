import Core

/// A new event: title, kind, when (the Danish way, so a course's weekly
/// series is one line), one of the centre's rooms or an outside address,
/// seats, the sign-up deadline, price, whether the public sees it, who
/// runs it, the description the public reads and its target groups; and
/// the same but time and place when it is changed.
enum EventForm {
  /// What the form needs besides the language: the kinds, the target
  /// groups, and who runs it unless changed (the colleague at the desk).
  struct Choices {
    let kinds: [EventKind]
    let groups: [TargetGroup]
    let staff: String
  }

  static func make(_ choices: Choices, lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Nyt arrangement", "New event"),
      fields: [
        FormField(key: "title", label: lang.pick("Titel *", "Title *"), value: .text(TextField())),
        FormField(
          key: "kind", label: lang.pick("Slags *", "Kind *"),
          value: .choice(choices.kinds.map { $0.name(lang) }, 0)),
        FormField(
          key: "when", label: lang.pick("Hvornår *", "When *"), value: .text(TextField())),
        FormField(
          key: "room", label: lang.pick("Lokale", "Room"), value: .text(TextField())),
        FormField(
          key: "place", label: lang.pick("Eller adresse", "Or address"), value: .text(TextField())),
      ] + details(nil, choices, lang: lang))
    form.footer = lang.pick(
      "Hvornår: tir 17-20, 15-12 17-20 til 30-03 (hver uge). Lokale: ordenes begyndelse (store sal); bookes med det samme. Ctrl-S gemmer, Esc fortryder.",
      "When: tue 17-20, 15-12 17-20 until 30-03 (weekly). Room: the beginnings of its words (store sal); booked at once. Ctrl-S saves, Esc cancels."
    )
    return form
  }

  /// Changing an event: all but its times and place.
  static func edit(_ event: Event, _ choices: Choices, lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Ret: ", "Edit: ") + SafeText.oneLine(event.title),
      fields: [
        FormField(
          key: "title", label: lang.pick("Titel *", "Title *"),
          value: .text(TextField(event.title)))
      ] + details(event, choices, lang: lang))
    form.notes = [
      lang.pick(
        "Tid og sted står fast (lokalet er booket); aflys og opret et nyt for at flytte det.",
        "Time and place stay (the room is booked); call it off and add a new one to move it.")
    ]
    form.footer = lang.pick(
      "Flere pladser rykker ventelisten op. Ctrl-S gemmer, Esc fortryder.",
      "More seats move the waiting list up. Ctrl-S saves, Esc cancels.")
    return form
  }

  /// The fields a new event and a change share.
  private static func details(_ event: Event?, _ choices: Choices, lang: Language) -> [FormField] {
    let codes = choices.groups.filter { event?.targetGroupIDs.contains($0.id) == true }.map(\.code)
    return [
      FormField(
        key: "capacity", label: lang.pick("Pladser *", "Seats *"),
        value: .text(TextField(event.map { String($0.capacity) } ?? ""))),
      FormField(
        key: "deadline", label: lang.pick("Tilmeldingsfrist", "Sign-up deadline"),
        value: .text(TextField(event?.deadline?.numeric ?? ""))),
      FormField(
        key: "price", label: lang.pick("Pris (kr.)", "Price (DKK)"),
        value: .text(TextField(String(event?.price ?? 0)))),
      FormField(
        key: "public", label: lang.pick("Offentligt", "Public"),
        value: .check(event?.isPublic ?? false)),
      FormField(
        key: "staff", label: lang.pick("Står for det", "Run by"),
        value: .text(TextField(event?.staffInitials ?? choices.staff))),
      FormField(
        key: "description", label: lang.pick("Beskrivelse", "Description"),
        value: .text(TextField(event?.description ?? ""))),
    ] + Form.targetGroupFields(selected: codes, groups: choices.groups, lang: lang)
  }

  /// The plan the form describes, or nil with the problems next to the
  /// fields. `rooms` finds rooms from what was typed.
  static func read(
    _ form: inout Form, _ choices: Choices, today: Day, lang: Language,
    rooms: (String) -> [Room], staff: (String) -> Staff?
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
    let details = readDetails(&form, choices, today: today, lang: lang, staff: staff)
    let kinds = choices.kinds
    let kind =
      kinds.indices.contains(form.field("kind")?.choice ?? -1)
      ? kinds[form.field("kind")!.choice] : nil
    guard let when, let details, let kind, form.fields.allSatisfy({ $0.error == nil }) else {
      form.message = lang.pick(
        "Ret de markerede felter. Intet er gemt endnu.",
        "Fix the marked fields. Nothing has been saved yet.")
      form.focusFirstError()
      return nil
    }
    var plan = EventPlan(
      title: text("title"), kindID: kind.id, roomID: roomID, place: text("place"), slot: when.first,
      weeklyUntil: when.repeatUntil, capacity: details.capacity, deadline: details.deadline)
    plan.everyWeeks = when.everyWeeks
    plan.price = details.price
    plan.isPublic = details.isPublic
    plan.description = details.description
    plan.targetGroupIDs = details.targetGroupIDs
    plan.staffID = details.staffID
    return plan
  }

  /// The change an edit form describes, or nil with the problems next to
  /// the fields.
  static func readChange(
    _ form: inout Form, _ event: Event, _ choices: Choices, today: Day, lang: Language,
    staff: (String) -> Staff?
  ) -> EventChange? {
    form.clearErrors()
    guard let details = readDetails(&form, choices, today: today, lang: lang, staff: staff),
      form.fields.allSatisfy({ $0.error == nil })
    else {
      form.message = lang.pick(
        "Ret de markerede felter. Intet er gemt endnu.",
        "Fix the marked fields. Nothing has been saved yet.")
      form.focusFirstError()
      return nil
    }
    return details
  }

  /// The shared fields, read into a change.
  private static func readDetails(
    _ form: inout Form, _ choices: Choices, today: Day, lang: Language,
    staff: (String) -> Staff?
  ) -> EventChange? {
    func text(_ key: String) -> String { form.field(key)?.text.trimmed ?? "" }
    let capacity = number(&form, "capacity", EventPlan.capacities, required: true, lang: lang)
    let price = number(&form, "price", EventPlan.prices, required: false, lang: lang) ?? 0
    var deadline: Day?
    if !text("deadline").isEmpty {
      deadline = DateInput.parse(text("deadline"), today: today)
      if deadline == nil { form.setError("deadline", FieldError.invalidDate.message(lang)) }
    }
    var staffID: Int64?
    if !text("staff").isEmpty {
      staffID = staff(text("staff"))?.id
      if staffID == nil {
        form.setError(
          "staff", lang.pick("ingen kollega har de initialer", "no colleague has those initials"))
      }
    }
    guard let capacity else { return nil }
    let codes = Set(form.selectedTargetGroups(choices.groups))
    return EventChange(
      title: text("title"), description: form.field("description")?.text ?? "",
      capacity: capacity, deadline: deadline, price: price,
      isPublic: form.field("public")?.checked ?? false,
      targetGroupIDs: choices.groups.filter { codes.contains($0.code) }.map(\.id),
      staffID: staffID)
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
