import Core

/// `skranke overview [--year YYYY] --out DIR`: the annual overview of the
/// active associations as a web site (the centre's page) and a booklet to
/// print (its printed overview), from one command.
enum OverviewCommand {
  static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 1, let out = args.option("--out"), !out.isEmpty else {
      throw CLIError.usage(
        "brug: skranke overview [--year ÅÅÅÅ] [--title TEKST] [--lang da|en] [--demo] --out MAPPE",
        "usage: skranke overview [--year YYYY] [--title TEXT] [--lang da|en] [--demo] --out FOLDER")
    }
    // The overview is the centre's public Danish document whatever the
    // desk's own language; `--lang en` writes it in English.
    let pages: Language
    switch args.option("--lang") ?? "da" {
    case "da": pages = .danish
    case "en": pages = .english
    case let other:
      throw CLIError.usage(
        "--lang skal være da eller en, ikke '\(other)'", "--lang must be da or en, not '\(other)'")
    }
    let title = args.option("--title")
    if let title, case .failure(let error) = Validation.text(title, max: 200) {
      throw CLIError.usage(
        "--title " + error.message(.danish), "--title " + error.message(.english))
    }
    let today = Day.today()
    let year = Int(try args.number("--year", in: 2000...2100, default: Int64(today.parts.year)))
    // --demo: the overview of a fresh demo database (to see what it gives).
    var demo: String?
    if args.flag("--demo") { demo = try SkrankeCLI.makeDemo(env: env, lang: lang) }
    let stores =
      try demo.map { try Stores(db: try Database(path: $0)) }
      ?? SkrankeCLI.openStores(args, env: env)
    if FileIdentity.isPart(out, of: stores.path) {
      throw CLIError.usage(
        "--out \(out) er selve databasen; vælg en mappe til oversigten. Intet er skrevet",
        "--out \(out) is the database itself; choose a folder for the overview. Nothing was written"
      )
    }
    let overview = try stores.overview(year: year, today: today, lang: pages)
    let files = try OverviewSite.write(
      OverviewPages(overview, lang: pages, title: title), entries: overview.entries, to: out)
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
