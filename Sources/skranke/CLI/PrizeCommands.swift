import Core

/// `skranke prize …`: the yearly prizes' nominations, and the one chosen.
enum PrizeCommands {
  static func nominate(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let typed = args.option("--prize") ?? ""
    guard let prize = Prize(typed: typed) else {
      throw CLIError.usage(
        "--prize: frivilligpris eller aarets-forening, ikke '\(SafeText.oneLine(typed))'",
        "--prize: frivilligpris or aarets-forening, not '\(SafeText.oneLine(typed))'")
    }
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let association = try args.option("--association").map {
      try BookCommands.association(named: $0, stores).0
    }
    let id = try stores.prizes.nominate(
      year: Int(try args.number("--year", in: 2000...2100, default: Int64(Day.today().parts.0))),
      prize: prize, associationID: association, person: args.option("--person") ?? "",
      by: args.option("--by") ?? "", reason: args.option("--why") ?? "")
    Output.out("\(id)\n")
    return 0
  }

  static func list(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let year = Int(try args.number("--year", in: 2000...2100, default: Int64(Day.today().parts.0)))
    let stores = try SkrankeCLI.openStores(args, env: env)
    let nominations = try stores.prizes.nominations(year: year)
    if nominations.isEmpty {
      Output.out(lang.pick("Ingen indstillinger i \(year).\n", "No nominations in \(year).\n"))
    }
    for line in nominations.map({ PrizeText.line($0, lang) }) { Output.out(line + "\n") }
    return 0
  }

  static func choose(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let id = try Arguments.number(args.words[2], "N", in: 1...Int64(Int32.max))
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let before = try stores.prizes.nomination(id: id).flatMap { wanted in
      try stores.prizes.nominations(year: wanted.year).first {
        $0.chosen && $0.prize == wanted.prize && $0.id != id
      }
    }
    try stores.prizes.choose(id)
    if let chosen = try stores.prizes.nomination(id: id) {
      Output.out(lang.pick("Valgt: ", "Chosen: ") + PrizeText.line(chosen, lang) + "\n")
    }
    if let before {
      Output.out(lang.pick("I stedet for: ", "Instead of: ") + PrizeText.line(before, lang) + "\n")
    }
    return 0
  }
}
