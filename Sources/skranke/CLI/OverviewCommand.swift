import Core

/// `skranke overview [--year YYYY] --out DIR`: the annual overview of the
/// active associations as a web site (the centre's page) and a booklet to
/// print (its printed overview), from one command.
enum OverviewCommand {
  static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 1, let out = args.options["--out"], !out.isEmpty else {
      throw CLIError.usage(
        "brug: skranke overview [--year ÅÅÅÅ] [--demo] --out MAPPE",
        "usage: skranke overview [--year YYYY] [--demo] --out FOLDER")
    }
    let today = Day.today()
    let year = Int(try args.number("--year", in: 2000...2100, default: Int64(today.parts.year)))
    // --demo: the overview of a fresh demo database (to see what it gives).
    var demo: String?
    if args.flags.contains("--demo") { demo = try SkrankeCLI.makeDemo(env: env, lang: lang) }
    let store =
      try demo.map { try AssociationStore(db: try Database(path: $0)) }
      ?? SkrankeCLI.openStore(args, env: env)
    if FileIdentity.isPart(out, of: store.db.path) {
      throw CLIError.usage(
        "--out \(out) er selve databasen; vælg en mappe til oversigten. Intet er skrevet",
        "--out \(out) is the database itself; choose a folder for the overview. Nothing was written"
      )
    }
    let overview = try Overview.read(store: store, year: year, today: today, lang: lang)
    let files = try OverviewSite.write(
      OverviewPages(overview, lang: lang), entries: overview.entries, to: out)
    var said = lang.pick(
      "Oversigten \(year) er skrevet i \(out): \(overview.entries.count) foreninger, \(files) sider. Åbn \(out)/index.html; \(out)/\(OverviewPages.booklet) udskrives som hæfte.\n",
      "The \(year) overview is written in \(out): \(overview.entries.count) associations, \(files) pages. Open \(out)/index.html; \(out)/\(OverviewPages.booklet) prints as a booklet.\n"
    )
    if overview.staleCount > 0 {
      said += lang.pick(
        "\(overview.staleCount) er markeret «ikke bekræftet» (skranke export associations --stale 12 viser hvem).\n",
        "\(overview.staleCount) are marked “not confirmed” (skranke export associations --stale 12 lists them).\n"
      )
    }
    if let demo {
      said += lang.pick(
        "Demo-databasen ligger i \(demo) (slet den, når du er færdig).\n",
        "The demo database is in \(demo) (delete it when you are done).\n")
    }
    Output.out(said)
    return 0
  }
}
