import Core

/// What a room must have, as a form: when (the Danish way), how many, the
/// accessibility needs, facilities and an area. Read on every key, so the
/// rooms that fit change while the worker types.
enum RoomFindForm {
  static func make(lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Find et ledigt lokale", "Find a free room"),
      fields: [
        FormField(
          key: "when", label: lang.pick("Hvornår *", "When *"), value: .text(TextField())),
        FormField(
          key: "attendees", label: lang.pick("Antal personer", "People"),
          value: .text(TextField())),
        FormField(
          key: "toilet", label: lang.pick("Handicaptoilet", "Accessible toilet"),
          value: .check(false)),
        FormField(
          key: "step_free", label: lang.pick("Trinfri adgang (kørestol)", "Step-free access"),
          value: .check(false)),
        FormField(
          key: "transport", label: lang.pick("Tæt på offentlig transport", "Near public transport"),
          value: .check(false)),
        FormField(
          key: "facilities", label: lang.pick("Faciliteter", "Facilities"),
          value: .text(TextField())),
        FormField(key: "area", label: lang.pick("Område", "Area"), value: .text(TextField())),
      ])
    form.labelWidth = 17
    form.footer = lang.pick(
      "Fx tir 19-21 uge 2-24 · 24-11 19-21 · tor 10-12 til 30-06 · 10 gange · hver anden uge",
      "E.g. tue 19-21 weeks 2-24 · 24-11 19-21 · thu 10-12 until 30-06 · 10 times · every other week"
    )
    return form
  }

  /// The wanted dates and needs; problems are set next to their fields.
  static func read(_ form: inout Form, facilities: [String], today: Day, lang: Language) -> (
    WhenInput?, RoomNeeds
  ) {
    form.clearErrors()
    func text(_ key: String) -> String { form.field(key)?.text.trimmed ?? "" }
    var needs = RoomNeeds()
    needs.accessibleToilet = form.field("toilet")?.checked == true
    needs.stepFree = form.field("step_free")?.checked == true
    needs.nearTransport = form.field("transport")?.checked == true
    needs.area = text("area")
    switch Validation.attendees(text("attendees")) {
    case .success(let count): needs.attendees = count
    case .failure(let error): form.setError("attendees", error.message(lang))
    }
    let typed = text("facilities").split(whereSeparator: { $0 == "," || $0 == "|" })
      .map { String($0).trimmed }.filter { !$0.isEmpty }
    var unknown: [String] = []
    for word in typed {
      if let name = resolve(word, in: facilities) {
        needs.facilities.append(name)
      } else {
        unknown.append(word)
      }
    }
    if !unknown.isEmpty {
      form.setError(
        "facilities",
        lang.pick("ukendt: ", "unknown: ") + unknown.joined(separator: ", ")
          + lang.pick(" (kendte: ", " (known: ") + facilities.joined(separator: ", ") + ")")
    }
    let whenText = text("when")
    let when = WhenInput.parse(whenText, today: today)
    if when == nil && !whenText.isEmpty {
      form.setError("when", whenHelp(lang))
    }
    return (when, needs)
  }

  static func whenHelp(_ lang: Language) -> String {
    lang.pick(
      "kan ikke læses; skriv dag og tid og evt. hvor længe, fx tir 19-21 uge 2-24",
      "cannot be read; type a day, a time and how long, e.g. tue 19-21 weeks 2-24")
  }

  /// A facility by its name or a beginning only one name has ("proj").
  static func resolve(_ word: String, in facilities: [String]) -> String? {
    let folded = DanishFolding.fold(word)
    if let exact = facilities.first(where: { DanishFolding.fold($0) == folded }) { return exact }
    let starting = facilities.filter { DanishFolding.fold($0).hasPrefix(folded) }
    return starting.count == 1 ? starting[0] : nil
  }
}
