import Core
import Glibc
import TUI

/// `skranke` with no verb: the UI on the database (or a fresh demo one),
/// for the colleague given by `--staff`, on a practice day with `--today`.
extension SkrankeCLI {
  static func runUI(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    var label: String
    let stores: Stores
    var demoPath: String?
    if args.flag("--demo") {
      // On a practice day the demo is seeded for that day, so the same
      // day shows the same screens whenever it is practised.
      let path = try makeDemo(
        env: env, lang: lang,
        today: args.option("--today").flatMap { DateInput.withYear($0.trimmed) } ?? Day.today())
      stores = try Stores(db: try Database(path: path))
      demoPath = path
      label = "demo: " + path
    } else {
      let path = try Paths.database(option: args.option("--db"), env: env)
      // The first screen is drawn from reads; the check at open runs
      // before the first key (EventLoop) or write, not before the screen.
      stores = try Stores(db: try Database(path: path, options: .init(checkLater: true)))
      label = path
    }
    if let home = env["HOME"], !home.isEmpty, label.hasPrefix(home) {
      label = "~" + label.dropFirst(home.count)
    }
    // A practice day: the desk runs as if it were that date (rehearsing a
    // § 18 round on demo data, training), and the tab bar says so.
    if let text = args.option("--today") {
      // Practice never happens in the centre's own file by default: what
      // is typed there would be dated on the practice day.
      guard args.flag("--demo") || args.option("--db") != nil else {
        throw CLIError.usage(
          "--today kun med --demo eller --db (en øvelsesdatabase), aldrig i centrets egen fil",
          "--today only with --demo or --db (a practice database), never in the centre's own file")
      }
      guard let day = DateInput.withYear(text.trimmed), (2000...2100).contains(day.parts.year)
      else {
        throw CLIError.usage(
          "--today skal være en dato med år fra 2000 til 2100 (fx 2027-03-25), ikke '\(text)'",
          "--today must be a date with its year from 2000 to 2100 (e.g. 2027-03-25), not '\(text)'")
      }
      stores.now = Clock { (day, Clock.system.now().time) }
      label = lang.pick("øvelse ", "practice ") + day.numeric + " · " + label
    }
    let initials = args.option("--staff") ?? env["SKRANKE_STAFF"].flatMap { $0.isEmpty ? nil : $0 }
    let app: App
    do {
      if let initials, try stores.staff.staff(initials: initials)?.active != true {
        let known = try stores.staff.staff().map(\.initials)
          .joined(separator: ", ")
        throw CLIError.usage(
          "ukendt medarbejder '\(initials)' (kendte: \(known.isEmpty ? "ingen endnu" : known)); start uden --staff for at tilføje dig",
          "unknown staff member '\(initials)' (known: \(known.isEmpty ? "none yet" : known)); start without --staff to add yourself"
        )
      }
      app = try App(
        stores: stores, lang: lang, databaseLabel: label, staffInitials: initials,
        startOnAssociations: stores.settings.startsOnAssociations,
        login: [env["USER"], env["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty })
    } catch {
      // Read before the check at open: damage is said as at open.
      try stores.settleOpenCheck()
      throw error
    }
    app.practiceDay = args.option("--today").flatMap { DateInput.withYear($0.trimmed) }
    // No backup on a practice day: it would be named and kept by that date.
    app.autoBackup =
      demoPath == nil && !args.flag("--no-backup") && args.option("--today") == nil
    let status = EventLoop.run(app, env: env)
    if let demoPath {
      // Trying skranke leaves nothing behind, unless asked to keep it.
      if args.flag("--keep") {
        Output.write(
          STDERR_FILENO,
          lang.pick(
            "Demo-databasen ligger i \(demoPath) (slet den, når du er færdig).\n",
            "The demo database is in \(demoPath) (delete it when you are done).\n"))
      } else {
        Paths.removeFolder(String(demoPath.dropLast("/skranke.db".count)))
      }
    }
    return status
  }

  /// A fresh database seeded from `data/`, in a new temporary folder, so
  /// trying skranke never touches real data.
  static func makeDemo(env: [String: String], lang: Language, today: Day = Day.today()) throws
    -> String
  {
    let folder = try Paths.temporaryDirectory(prefix: "skranke-demo", env: env)
    let path = folder + "/skranke.db"
    // A data folder beside the program (a checkout) or SKRANKE_DATA_DIR,
    // else the files inside the program, written next to the database.
    var data = Paths.demoData(env: env)
    if data == nil {
      try DemoData.writeFiles(to: folder, database: path)
      data = folder
    }
    guard let data else { return path }
    try DemoData.seed(
      try Stores(db: try Database(path: path)).associations, from: data, today: today)
    return path
  }
}
