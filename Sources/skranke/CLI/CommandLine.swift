import Core
import Glibc
import SkrankeBench

/// `skranke` and its subcommands.
public enum SkrankeCLI {
  public static let version = "0.1.0"

  public static func main(_ argv: [String], env: [String: String]) -> Int32 {
    let lang = Language.fromEnvironment(env)
    do {
      if argv == ["--version"] {
        Output.out("skranke \(version)\n")
        return 0
      }
      if argv == ["--help"] || argv == ["-h"] {
        Output.out(HelpPages.overview(lang))
        return 0
      }
      if argv.contains("--help") || argv.contains("-h") {
        // `skranke book --help`, `skranke citizen --help`: that page.
        Output.out(HelpPages.asked(argv, lang))
        return 0
      }
      let (spec, args) = try CommandResolver.resolve(argv)
      if args.flag("--version") {
        throw CLIError.usage("--version står alene", "--version stands alone")
      }
      return try spec.run(args, env, lang)
    } catch {
      // Every error says itself in the user's words; SQLite's own text and
      // the SQL are in the log beside the database, never on the screen.
      Output.error(ErrorText.message(error, lang))
      return ErrorText.exitCode(error)
    }
  }

  /// Opens the database and makes its stores, once: what every command is
  /// given (the desk gets the same `Stores`). A command that changes data first makes the day's
  /// automatic backup, if none is taken yet (so the backup holds the state
  /// before the day's first change), unless `--no-backup`.
  /// `backup: false` for an erasure: the day's first backup taken just
  /// before it would hold the person for weeks.
  static func openStores(
    _ args: Arguments, env: [String: String], writes: Bool = false, backup: Bool = true
  ) throws -> Stores {
    let path = try Paths.database(option: args.option("--db"), env: env)
    let lang = Language.fromEnvironment(env)
    let stores = try Stores(db: try open(path, writes: writes, lang: lang))
    stores.onBusyWait = {
      Output.error(
        lang.pick(
          "et andet program skriver i databasen; venter op til 5 sekunder …",
          "another program is writing to the database; waiting up to 5 seconds …"))
    }
    if writes && backup && !args.flag("--no-backup") {
      // A damaged file stops the command; any other failure of the backup
      // is said and the command goes on (it is tried again tomorrow).
      do {
        _ = try stores.autoBackupIfDue(today: Day.today())
      } catch .sourceDamaged(let file) {
        throw DatabaseOpenError.damaged(file)
      } catch {
        Output.error(
          Language.fromEnvironment(env).pick(
            "advarsel: dagens automatiske sikkerhedskopi mislykkedes: ",
            "warning: today's automatic backup failed: ")
            + error.message(Language.fromEnvironment(env)))
      }
    }
    return stores
  }

  /// The database; on a full disk a command that only reads reads the
  /// file as last saved (when no write-ahead log holds anything unsaved),
  /// and says so.
  static func open(_ path: String, writes: Bool, lang: Language) throws -> Database {
    do {
      return try Database(path: path)
    } catch DatabaseOpenError.problem(let problem)
      where problem.kind == .diskFull && !writes && (FileIdentity.size(path + "-wal") ?? 0) == 0
    {
      guard let db = try? Database(path: path, options: .readingOnly) else {
        throw DatabaseOpenError.problem(problem)
      }
      Output.error(
        lang.pick(
          "Disken er fuld: læst fra filen, som den sidst blev gemt. Intet kan gemmes, før der er frigjort plads.",
          "The disk is full: read from the file as it was last saved. Nothing can be saved until space is freed."
        ))
      return db
    }
  }

  /// `import`/`export` take the kind of file (and for import a path) and nothing more.
  static func requireKind(_ args: Arguments, words: Int, _ danish: String, _ english: String)
    throws
  {
    let kinds =
      (words == 3
        ? ["associations", "activities", "areas", "rooms"]
        : ["associations", "activities", "rooms"])
      + ["funds", "rounds"]
    guard args.words.count == words, kinds.contains(args.words[1]) else {
      throw CLIError.usage(danish, english)
    }
  }

  static func runImport(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    try requireKind(
      args, words: 3, "brug: skranke import associations|activities|areas|rooms|funds|rounds FIL",
      "usage: skranke import associations|activities|areas|rooms|funds|rounds FILE")
    if args.flag("--dry-run") { return try dryRun(args, env: env, lang: lang) }
    let stores = try openStores(args, env: env, writes: true)
    let importer = stores.importer(addTargetGroups: args.flag("--add-target-groups"))
    let summary: ImportSummary
    do {
      switch args.words[1] {
      case "associations": summary = try importer.importAssociations(path: args.words[2])
      case "areas": summary = try importer.importAreas(path: args.words[2])
      case "rooms": summary = try stores.roomFiles.importRooms(path: args.words[2])
      case "funds": summary = try stores.fundFiles.importFunds(path: args.words[2])
      case "rounds": summary = try stores.fundFiles.importRounds(path: args.words[2])
      default: summary = try importer.importActivities(path: args.words[2])
      }
    } catch var problem as DatabaseProblem {
      problem.wasImport = true
      throw problem
    }
    Output.out(
      lang.pick(
        "Importeret fra \(args.words[2]): \(summary.added) nye, \(summary.updated) opdateret.\n",
        "Imported from \(args.words[2]): \(summary.added) added, \(summary.updated) updated.\n"))
    sayNewGroups(summary.newTargetGroups, lang: lang, dryRun: false)
    return 0
  }

  /// `import … --dry-run`: what the file would add, update and refuse;
  /// nothing is written (no backup is made either). Exit 1 when refused.
  static func dryRun(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let stores = try openStores(args, env: env)
    let kind = ImportKind(rawValue: args.words[1]) ?? .activities
    let preview = try stores.importer(
      addTargetGroups: args.flag("--add-target-groups")
    ).preview(kind, path: args.words[2])
    let added = preview.summary.added
    let updated = preview.summary.updated
    let file = args.words[2]
    // Refused, the file imports nothing: said first, the valid rows' counts
    // only as what the file would do once its errors are mended.
    Output.out(
      preview.refused == nil
        ? lang.pick(
          "Prøvekørsel af \(file) (intet er skrevet): \(added) ville blive tilføjet, \(updated) opdateret.\n",
          "Dry run of \(file) (nothing written): \(added) would be added, \(updated) updated.\n")
        : lang.pick(
          "Prøvekørsel af \(file) (intet er skrevet): filen ville blive afvist (se nedenfor). Når fejlene er rettet, ville \(added) blive tilføjet, \(updated) opdateret.\n",
          "Dry run of \(file) (nothing written): the file would be refused (see below). Once its errors are mended, \(added) would be added, \(updated) updated.\n"
        ))
    sayNewGroups(preview.summary.newTargetGroups, lang: lang, dryRun: true)
    guard let refused = preview.refused else { return 0 }
    Output.error(lang.pick("Afvist: ", "Refused: ") + refused.message(lang))
    return refused.exitCode
  }

  /// The target groups `--add-target-groups` added (or would add).
  static func sayNewGroups(_ names: [String], lang: Language, dryRun: Bool) {
    guard !names.isEmpty else { return }
    let list = names.joined(separator: ", ")
    Output.out(
      dryRun
        ? lang.pick(
          "Nye målgrupper, der ville blive tilføjet: \(list).\n",
          "New target groups that would be added: \(list).\n")
        : lang.pick(
          "Nye målgrupper tilføjet som centrets egne: \(list) (skranke target-groups list).\n",
          "New target groups added as the centre's own: \(list) (skranke target-groups list).\n"))
  }

  static func runExport(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    try requireKind(
      args, words: 2,
      "brug: skranke export associations [--stale MÅNEDER]|activities|rooms|funds|rounds [--out FIL]",
      "usage: skranke export associations [--stale MONTHS]|activities|rooms|funds|rounds [--out FILE]"
    )
    if args.option("--stale") != nil && args.words[1] != "associations" {
      throw CLIError.usage(
        "--stale hører til export associations", "--stale belongs to export associations")
    }
    let months = try args.option("--stale").map {
      Int(try Arguments.number($0, "--stale", in: 1...600))
    }
    let stores = try openStores(args, env: env)
    let exporter = stores.exporter
    let format = csvFormat(args)
    try OutputFile.write(to: args.option("--out"), database: stores.path) { sink in
      if let months {
        // Active associations not confirmed for MONTHS months, oldest first.
        try stores.register.exportStale(months: months, format: format, sink)
      } else if args.words[1] == "associations" {
        try exporter.exportAssociations(format: format, sink)
      } else if args.words[1] == "rooms" {
        try stores.roomFiles.exportRooms(format: format, sink)
      } else if args.words[1] == "funds" {
        try stores.fundFiles.exportFunds(format: format, sink)
      } else if args.words[1] == "rounds" {
        try stores.fundFiles.exportRounds(format: format, sink)
      } else {
        try exporter.exportActivities(format: format, sink)
      }
    }
    return 0
  }

  /// `--excel`: what Danish Excel opens by double-click (BOM, `;`).
  static func csvFormat(_ args: Arguments) -> CSVFormat {
    args.flag("--excel") ? .excel : .plain
  }

  /// `skranke bench`: the benchmark library, on a fresh temporary folder.
  static func runBench(_ args: Arguments, env: [String: String]) throws -> Int32 {
    let scale = args.option("--scale") ?? "a"
    guard scale == "a" || scale == "b" else {
      throw CLIError.usage("--scale skal være a eller b", "--scale must be a or b")
    }
    let directory = try Paths.temporaryDirectory(prefix: "skranke-bench", env: env)
    try Bench.run(
      scale: scale, only: args.option("--only"), json: args.flag("--json"),
      directory: directory)
    return 0
  }
}
