import Core

/// `skranke citizen erase [ID] [--inquiry N] [--phone P] [--email E]
/// [--name NAME] [--yes]`: a person is found wherever skranke holds them
/// (a citizen record, the asker of inquiries, notes that name them),
/// listed, and erased after "ja" (or with --yes).
extension CitizenCommands {
  static func erasePerson(
    _ args: Arguments, stores: Stores, env: [String: String], lang: Language
  )
    throws -> Int32
  {
    let query = try personQuery(args, stores: stores, lang: lang)
    let held = try stores.people.find(query)
    guard !held.isEmpty else {
      Output.error(
        lang.pick(
          "Intet gemt om personen: intet at slette.",
          "Nothing stored about the person: nothing to erase."))
      return 1
    }
    guard try confirm(args, lang, lines: PersonErasureText.lines(held, lang)) else { return 1 }
    let staffID = try (args.option("--staff") ?? env["SKRANKE_STAFF"]).flatMap {
      try stores.staff.staff(initials: $0)?.id
    }
    let outcome = try stores.eraser.erase(
      held, notes: Set(held.mentions.map(\.eventID)), staffID: staffID)
    for line in PersonErasureText.outcome(outcome, lang) { Output.out(line + "\n") }
    if !outcome.fileRewritten { Output.error(rewriteLater(lang)) }
    return 0
  }

  /// Who `erase` and `export` mean: a citizen's number, or what the worker
  /// knows (--inquiry, --phone, --email, --name), each checked.
  static func personQuery(_ args: Arguments, stores: Stores, lang: Language) throws
    -> PersonQuery
  {
    var query = PersonQuery()
    if args.words.count == 3 { query.citizenID = try number(args.words[2], "ID") }
    if let text = args.option("--inquiry") {
      query.inquiryID = try Arguments.number(text, "--inquiry", in: 1...999_999_999)
    }
    // Each as a form reads it: a wrong one is said with the option's name.
    func checked(_ option: String, _ read: (String) -> Result<String, FieldError>) throws -> String
    {
      guard let text = args.option(option) else { return "" }
      switch read(text) {
      case .success(let value) where !value.isEmpty: return value
      case .success:
        throw CLIError.usage(
          "\(option): \(FieldError.required.message(lang))",
          "\(option): \(FieldError.required.message(lang))")
      case .failure(let error):
        throw CLIError.usage(
          "\(option): \(error.message(lang))", "\(option): \(error.message(lang))")
      }
    }
    query.phone = try checked("--phone", Validation.phone)
    query.email = try checked("--email", Validation.email)
    query.name = try checked("--name") { Validation.text($0, max: 120) }
    guard !query.isEmpty else {
      throw CLIError.usage(
        "brug: skranke citizen \(args.words[1]) ID | --inquiry N | --phone P | --email E | --name NAVN",
        "usage: skranke citizen \(args.words[1]) ID | --inquiry N | --phone P | --email E | --name NAME"
      )
    }
    if let id = query.citizenID, try stores.citizens.citizen(id: id) == nil {
      throw notFound(id)
    }
    if let id = query.inquiryID, try stores.inquiries.inquiry(id: id) == nil {
      throw CLIError.message("inquiry", "Ingen henvendelse #\(id).", "No inquiry #\(id).")
    }
    return query
  }
}
