import Core

/// `skranke export inquiries` and `skranke staff`: the inquiries for the
/// § 18 annual report.
enum InquiryCommands {
  static func export(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 2 else {
      throw CLIError.usage(
        "brug: skranke export inquiries [--out FIL] [--from DATO] [--to DATO]",
        "usage: skranke export inquiries [--out FILE] [--from DATE] [--to DATE]")
    }
    let (from, to) = try args.period()
    let stores = try SkrankeCLI.openStores(args, env: env)
    try OutputFile.write(to: args.option("--out"), database: stores.path) { sink in
      try stores.inquiryReport.exportCSV(
        from: from, to: to, format: SkrankeCLI.csvFormat(args), sink)
    }
    return 0
  }

  /// `skranke staff [list | add INITIALS NAME | deactivate INITIALS |
  /// away INITIALS --until DATE | back INITIALS]`.
  static func staff(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let words = Array(args.words.dropFirst())
    let writes = ["add", "deactivate", "away", "back"].contains(words.first ?? "")
    let stores = try SkrankeCLI.openStores(args, env: env, writes: writes)
    let directory = stores.staff
    switch (words.first, words.count) {
    case (nil, _), ("list", 1):
      var out = ""
      for member in try directory.staff(includeInactive: true) {
        out +=
          Wrap.pad(member.initials, width: 7) + member.name
          + (member.active ? "" : lang.pick("  (stoppet)", "  (inactive)"))
          + (member.awayUntil.map {
            lang.pick("  (væk til og med ", "  (away until ") + $0.numeric + ")"
          } ?? "")
          + "\n"
      }
      Output.out(out.isEmpty ? lang.pick("Ingen medarbejdere endnu.\n", "No staff yet.\n") : out)
    case ("away", 2):
      guard let text = args.option("--until"), let day = DateInput.parse(text, today: Day.today())
      else {
        throw CLIError.usage(
          "brug: skranke staff away INITIALER --until DATO (i dag eller senere)",
          "usage: skranke staff away INITIALS --until DATE (today or later)")
      }
      guard day >= Day.today() else {
        throw CLIError.usage(
          "--until \(day.numeric) er allerede forbi; skriv den sidste dag, kollegaen er væk",
          "--until \(day.numeric) has passed; give the last day the colleague is away")
      }
      try directory.setAway(words[1], until: day)
      Output.out(
        lang.pick(
          "\(words[1].uppercased()) er væk til og med \(day.numeric).\n",
          "\(words[1].uppercased()) is away until \(day.numeric).\n"))
    case ("back", 2):
      try directory.setAway(words[1], until: nil)
      Output.out(
        lang.pick("\(words[1].uppercased()) er tilbage.\n", "\(words[1].uppercased()) is back.\n"))
    case ("add", 3):
      let member = try directory.add(initials: words[1], name: words[2])
      Output.out(lang.pick("Tilføjet: ", "Added: ") + member.initials + " " + member.name + "\n")
    case ("deactivate", 2):
      guard try directory.staff(initials: words[1]) != nil else {
        let known = try directory.staff(includeInactive: true).map(\.initials)
        let list =
          known.isEmpty ? lang.pick("ingen endnu", "none yet") : known.joined(separator: ", ")
        throw CLIError.message(
          "staff", "Ukendt medarbejder '\(words[1])' (kendte: \(list)).",
          "Unknown staff member '\(words[1])' (known: \(list)).")
      }
      // Open inquiries are never left with an inactive owner: --to says
      // who takes them, --reason why (one reason for all).
      let moved = try stores.inquiries.deactivate(
        words[1], handingOverTo: args.option("--to"), reason: args.option("--reason") ?? "",
        by: args.option("--staff"))
      Output.out(
        lang.pick("Stoppet: ", "Deactivated: ") + words[1].uppercased()
          + (moved == 0
            ? ""
            : lang.pick(" (", " (")
              + lang.count(moved, "henvendelse", "henvendelser", "inquiry", "inquiries")
              + lang.pick(" overdraget til ", " handed over to ")
              + (args.option("--to") ?? "").uppercased() + ")") + "\n")
    default:
      throw CLIError.usage(
        "brug: skranke staff [list | add INITIALER NAVN | deactivate INITIALER [--to INITIALER --reason TEKST] | away INITIALER --until DATO | back INITIALER]",
        "usage: skranke staff [list | add INITIALS NAME | deactivate INITIALS [--to INITIALS --reason TEXT] | away INITIALS --until DATE | back INITIALS]"
      )
    }
    return 0
  }
}
