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
          key: "needs", label: lang.pick("Behov", "Needs"), value: .text(TextField()),
          hint: example(lang)),
        FormField(key: "area", label: lang.pick("Område", "Area"), value: .text(TextField())),
      ])
    form.labelWidth = 17
    form.footer = lang.pick(
      "Fx tir 19-21 uge 2-24 · 24-11 19-21 · tor 10-12 til 30-06 · 10 gange · hver anden uge",
      "E.g. tue 19-21 weeks 2-24 · 24-11 19-21 · thu 10-12 until 30-06 · 10 times · every other week"
    )
    return form
  }

  /// Under an empty needs field: the words it reads.
  static func example(_ lang: Language) -> String {
    lang.pick(
      "fx kørestol, bus, projektor", "e.g. wheelchair, bus, projektor")
  }

  /// What the needs field was read as, in the words a room's facts use.
  static func understood(_ reading: NeedWords.Reading, lang: Language) -> String {
    var parts: [String] = []
    if reading.stepFree { parts.append(lang.pick("trinfri adgang", "step-free access")) }
    if reading.accessibleToilet { parts.append(lang.pick("handicaptoilet", "accessible toilet")) }
    if reading.nearTransport { parts.append(lang.pick("tæt på bus/tog", "near bus/train")) }
    parts += reading.facilities
    return "✓ " + parts.joined(separator: " · ")
  }

  /// The wanted dates and needs; problems are set next to their fields.
  static func read(_ form: inout Form, facilities: [String], today: Day, lang: Language) -> (
    WhenInput?, RoomNeeds
  ) {
    form.clearErrors()
    func text(_ key: String) -> String { form.field(key)?.text.trimmed ?? "" }
    var needs = RoomNeeds()
    needs.area = text("area")
    switch Validation.attendees(text("attendees")) {
    case .success(let count): needs.attendees = count
    case .failure(let error): form.setError("attendees", error.message(lang))
    }
    let reading = NeedWords.read(text("needs"), facilities: facilities)
    needs.stepFree = reading.stepFree
    needs.accessibleToilet = reading.accessibleToilet
    needs.nearTransport = reading.nearTransport
    needs.facilities = reading.facilities
    if let index = form.fields.firstIndex(where: { $0.key == "needs" }) {
      form.fields[index].hint =
        text("needs").isEmpty
        ? example(lang) : reading.understoodNothing ? nil : understood(reading, lang: lang)
    }
    if !reading.unknown.isEmpty {
      form.setError(
        "needs",
        lang.pick("ukendt: ", "unknown: ") + reading.unknown.joined(separator: ", ")
          + lang.pick(
            " (kendte: kørestol, trinfri, handicaptoilet, bus, ",
            " (known: wheelchair, step-free, toilet, bus, ")
          + facilities.joined(separator: ", ") + ")")
    }
    let whenText = text("when")
    let when = WhenInput.parse(whenText, today: today)
    if when == nil && !whenText.isEmpty {
      form.setError("when", whenHelp(lang, unread: WhenInput.unread(whenText, today: today)))
    }
    return (when, needs)
  }

  /// `unread`: the word no rule reads, named so it can be fixed.
  static func whenHelp(_ lang: Language, unread: String? = nil) -> String {
    let word =
      unread.map { lang.pick(" (\"\($0)\" forstås ikke)", " (\"\($0)\" is not understood)") } ?? ""
    return lang.pick(
      "kan ikke læses\(word); skriv dag og tid og evt. hvor længe, fx tir 19-21 uge 2-24",
      "cannot be read\(word); type a day, a time and how long, e.g. tue 19-21 weeks 2-24")
  }

}
