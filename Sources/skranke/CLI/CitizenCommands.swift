import Core

/// `skranke match` and `skranke citizen …`: matching, the right of access,
/// erasure and retention, for scripts and for the person responsible for
/// personal data.
enum CitizenCommands {
  static func match(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 1, let text = args.option("--citizen") else {
      throw CLIError.usage(
        "brug: skranke match --citizen ID [--json] [--limit N]",
        "usage: skranke match --citizen ID [--json] [--limit N]")
    }
    let id = try number(text, "--citizen")
    let limit = try args.number("--limit", in: 1...500, default: 10)
    let stores = try SkrankeCLI.openStores(args, env: env)
    guard let citizen = try stores.citizens.citizen(id: id) else {
      throw notFound(id)
    }
    let list = try stores.matcher.match(citizen, limit: Int(limit), lang: lang)
    if args.flag("--json") {
      Output.out(json(list, citizen: citizen).text() + "\n")
      return 0
    }
    Output.out(
      lang.pick(
        "Forslag til \(citizen.name) (\(list.passed) af \(list.weighed) aktiviteter passer):\n",
        "Suggestions for \(citizen.name) (\(list.passed) of \(list.weighed) activities fit):\n"))
    if list.needingCertificate > 0 {
      let count = lang.count(list.needingCertificate, "rolle", "roller", "role", "roles")
      Output.out(
        lang.pick(
          "\(count) udeladt: kræver børneattest (borgeren tager kun roller uden)\n",
          "\(count) left out: needs a child certificate (the citizen takes only roles without)\n"))
    }
    for (rank, row) in list.rows.enumerated() {
      Output.out(
        "\n\(rank + 1). \(row.title) · \(row.associationName)"
          + (row.area.isEmpty ? "" : " · \(row.area)") + lang.pick(" (point ", " (score ")
          + "\(row.score))\n")
      for reason in row.reasons {
        let mark = reason.kind == .fits ? "+" : (reason.kind == .misfit ? "-" : "·")
        Output.out("   \(mark) \(reason.text)\n")
      }
    }
    return 0
  }

  static func json(_ list: MatchList, citizen: Citizen) -> JSON {
    .object([
      ("citizen", .int(Int(citizen.id ?? 0))), ("passed", .int(list.passed)),
      ("weighed", .int(list.weighed)),
      ("left_out_child_certificate", .int(list.needingCertificate)),
      (
        "results",
        .array(
          list.rows.enumerated().map { rank, row in
            .object([
              ("rank", .int(rank + 1)), ("activity_id", .int(Int(row.activityID))),
              ("title", .string(row.title)), ("association", .string(row.associationName)),
              ("area", .string(row.area)), ("score", .int(row.score)),
              ("fits", .array(row.reasons(.fits).map { .string($0) })),
              ("misfits", .array(row.reasons(.misfit).map { .string($0) })),
              ("notes", .array(row.reasons(.note).map { .string($0) })),
              ("contact", .string(row.contactPerson)), ("phone", .string(row.phone)),
              ("email", .string(row.email)),
            ])
          })
      ),
    ])
  }

  static func citizen(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let usage = CLIError.usage(
      "brug: skranke citizen list [SØG] | export|erase ID|--inquiry N|--phone P|--email E|--name NAVN [--json] [--out FIL] [--yes] | retention [--months N] | erase-dormant [--months N] [--yes]",
      "usage: skranke citizen list [SEARCH] | export|erase ID|--inquiry N|--phone P|--email E|--name NAME [--json] [--out FILE] [--yes] | retention [--months N] | erase-dormant [--months N] [--yes]"
    )
    guard args.words.count >= 2 else { throw usage }
    // Only retention and erase-dormant take --months.
    let range =
      Int64(CitizenEraser.monthsRange.lowerBound)...Int64(CitizenEraser.monthsRange.upperBound)
    let months =
      ["retention", "erase-dormant"].contains(args.words[1])
      ? Int(try args.number("--months", in: range, default: 24)) : 24
    let erasing = args.words[1] == "erase" || args.words[1] == "erase-dormant"
    let stores = try SkrankeCLI.openStores(args, env: env, writes: erasing, backup: !erasing)
    if erasing {
      // Rewriting the file waits for desks that are only reading too: not
      // "another program is writing".
      stores.onBusyWait = {
        Output.error(
          lang.pick(
            "en anden skranke bruger databasen; sletningen venter op til 5 sekunder …",
            "another desk is using the database; the erasure waits up to 5 seconds …"))
      }
    }
    switch (args.words[1], args.words.count) {
    case ("list", 2), ("list", 3):
      let found = try stores.citizens.find(args.words.count == 3 ? args.words[2] : "")
      for c in found {
        Output.out("\(c.id ?? 0)\t\(c.name)\t\(c.seeking.label(lang))\t\(c.area)\n")
      }
    case ("export", 2), ("export", 3):
      let record = try stores.record(try personQuery(args, stores: stores, lang: lang))
      guard !record.held.isEmpty else {
        Output.error(lang.pick("Intet gemt om personen.", "Nothing stored about the person."))
        return 1
      }
      let groups = stores.associations.targetGroups
      try OutputFile.write(to: args.option("--out"), database: stores.path) { sink in
        sink(
          args.flag("--json")
            ? record.json().text() + "\n" : SafeText.lines(record.text(lang, groups: groups)))
      }
    case ("erase", 2), ("erase", 3):
      return try erasePerson(args, stores: stores, env: env, lang: lang)
    case ("retention", 2):
      let dormant = try stores.eraser.dormant(months: months)
      Output.out(
        lang.count(dormant.count, "borger", "borgere", "citizen", "citizens")
          + lang.pick(
            " uden aktivitet i \(months) måneder:\n", " with no activity for \(months) months:\n"))
      for d in dormant { Output.out("\(d.id)\t\(d.name)\t\(d.lastTouched)\n") }
      let signups = try stores.eraser.dormantSignUps(months: months).count
      if signups > 0 {
        Output.out(
          lang.count(signups, "tilmelding", "tilmeldinger", "sign-up", "sign-ups")
            + lang.pick(
              " til arrangementer, der sluttede for \(months) måneder siden eller mere\n",
              " to events that ended \(months) months ago or more\n"))
      }
    case ("erase-dormant", 2):
      let eraser = stores.eraser
      let dormant = try eraser.dormant(months: months)
      let signups = try eraser.dormantSignUps(months: months)
      guard !dormant.isEmpty || !signups.isEmpty else {
        Output.out(lang.pick("Ingen at slette.\n", "No one to erase.\n"))
        return 0
      }
      let signupLine =
        signups.isEmpty
        ? []
        : [
          lang.count(signups.count, "tilmelding", "tilmeldinger", "sign-up", "sign-ups")
            + lang.pick(" til arrangementer længe forbi", " to events long past")
        ]
      guard try confirm(args, lang, lines: dormant.map(\.name) + signupLine) else { return 1 }
      if !dormant.isEmpty { report(try eraser.erase(ids: dormant.map(\.id)), lang) }
      let blanked = try eraser.eraseSignUps(signups)
      if blanked > 0 {
        Output.out(
          lang.pick("Anonymiseret: ", "Made anonymous: ")
            + lang.count(blanked, "tilmelding", "tilmeldinger", "sign-up", "sign-ups") + "\n")
      }
    default: throw usage
    }
    return 0
  }

  /// Lists who will be erased and asks for "ja"/"yes" on standard input,
  /// unless `--yes` was given.
  static func confirm(_ args: Arguments, _ lang: Language, lines: [String]) throws -> Bool {
    Output.out(lang.pick("Sletter for altid:\n", "Erasing for good:\n"))
    for line in lines { Output.out("  \(line)\n") }
    return YesPrompt.answer(
      args, lang, prompt: ("Skriv ja for at slette: ", "Type yes to erase: "),
      refused: ("Intet er slettet.", "Nothing was erased."))
  }

  static func report(_ outcomes: [CitizenEraser.Outcome], _ lang: Language) {
    for o in outcomes {
      let anonymous =
        lang.count(o.inquiries, "henvendelse", "henvendelser", "inquiry", "inquiries")
        + lang.pick(" og ", " and ")
        + lang.count(o.referrals, "henvisning", "henvisninger", "referral", "referrals")
      Output.out(
        lang.pick(
          "Slettet: \(o.name) (\(anonymous) er anonymiseret)\n",
          "Erased: \(o.name) (\(anonymous) made anonymous)\n"))
    }
    if outcomes.contains(where: { !$0.fileRewritten }) { Output.error(rewriteLater(lang)) }
    let holding = outcomes.map(\.backupsHolding).max() ?? 0
    if holding > 0 {
      Output.out(
        lang.pick(
          lang.count(holding, "automatisk sikkerhedskopi", "automatiske sikkerhedskopier", "", "")
            + " rummer stadig personen. De slettes, efterhånden som nye tager deres plads (7 daglige og 4 ugentlige gemmes), og hentes en af dem tilbage, slettes personen igen. Kopier taget med skranke backup er ikke talt med.\n",
          lang.count(holding, "", "", "automatic backup", "automatic backups")
            + (holding == 1 ? " still holds the person." : " still hold the person.")
            + " They are removed as newer ones take their place (7 daily and 4 weekly are kept), and if one is restored, the person is erased again. Copies made with skranke backup are not counted.\n"
        ))
    }
  }

  static func rewriteLater(_ lang: Language) -> String {
    lang.pick(
      "en anden skranke havde filen åben under sletningen, så den slettede tekst kan stadig ligge i databasefilen og dens journal (WAL), til alle skranker har lukket skranke; så skrives den over.",
      "another desk had the file open during the erasure, so the erased text may still be in the database file and its journal (WAL) until every desk has closed skranke; it is then written over."
    )
  }

  /// A citizen's number: 1 and up (a generous upper bound, but a bound).
  static func number(_ text: String, _ name: String) throws -> Int64 {
    try Arguments.number(text, name, in: 1...999_999_999)
  }

  static func notFound(_ id: Int64) -> CLIError {
    CLIError.message("citizen", "Ingen borger med nr. \(id).", "No citizen with number \(id).")
  }
}

extension CitizenCommands {
  /// `skranke interests [list | add WORD | hide WORD]`: the vocabulary
  /// citizens' and activities' interests are chosen from.
  static func interests(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let writes = args.words.count == 3 && (args.words[1] == "add" || args.words[1] == "hide")
    let stores = try SkrankeCLI.openStores(args, env: env, writes: writes)
    let vocabulary = stores.interests
    switch (args.words.dropFirst().first, args.words.count) {
    case (nil, 1), ("list", 2):
      for interest in try vocabulary.all(includeHidden: true) {
        Output.out(
          interest.name + (interest.active ? "" : lang.pick(" (skjult)", " (hidden)")) + "\n")
      }
    case ("add", 3):
      try vocabulary.add(args.words[2])
      Output.out(lang.pick("Tilføjet: ", "Added: ") + args.words[2].trimmed + "\n")
    case ("hide", 3):
      let folded = DanishFolding.fold(args.words[2]).trimmed
      guard
        let found = try vocabulary.all(includeHidden: true).first(where: {
          DanishFolding.fold($0.name) == folded
        })
      else {
        throw CLIError.message(
          "interests", "Ukendt interesse '\(args.words[2])'.",
          "Unknown interest '\(args.words[2])'.")
      }
      try vocabulary.setActive(id: found.id, false)
      Output.out(
        lang.pick(
          "Skjult: \(found.name) (bliver stående, hvor den allerede bruges)\n",
          "Hidden: \(found.name) (stays where it is already used)\n"))
    default:
      throw CLIError.usage(
        "brug: skranke interests [list | add ORD | hide ORD]",
        "usage: skranke interests [list | add WORD | hide WORD]")
    }
    return 0
  }
}
