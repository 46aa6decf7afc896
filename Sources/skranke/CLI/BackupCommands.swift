import Core
import Glibc

/// `skranke backup FILE`, `skranke restore FILE` and `skranke settings`:
/// keeping the centre's one file safe.
enum BackupCommands {
  /// A checked copy of the database, made while other desks go on working.
  static func backup(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 2 else {
      throw CLIError.usage("brug: skranke backup FIL", "usage: skranke backup FILE")
    }
    let target = args.words[1]
    let stores = try SkrankeCLI.openStores(args, env: env)
    if FileIdentity.isDirectory(target) {
      throw CLIError.usage(
        "\(target) er en mappe; skriv et filnavn", "\(target) is a folder; give a file name")
    }
    // Replacing an older backup is fine; replacing anything else (a live
    // database, a file kept by a restore, a document) is not.
    if FileIdentity.exists(target) && !FileIdentity.isPart(target, of: stores.path)
      && !FileIdentity.isSkrankeBackup(target)
    {
      throw CLIError.usage(
        "\(target) findes og er ikke en sikkerhedskopi; vælg et nyt filnavn",
        "\(target) exists and is not a backup; choose a new file name")
    }
    try stores.backup(to: target)
    var info = stat()
    stat(target, &info)
    let size = Double(info.st_size) / 1_048_576
    let megabytes = String(Int(size.rounded(.up)))
    Output.out(
      lang.pick(
        "Sikkerhedskopi skrevet: \(target) (\(megabytes) MB, kontrolleret). Den rummer personoplysninger: opbevar den sikkert.\n",
        "Backup written: \(target) (\(megabytes) MB, checked). It holds personal data: keep it safe.\n"
      ))
    return 0
  }

  /// Puts a backup in place of the database, after checking it. What it
  /// knows of the erasures since the copy is said first; when it cannot
  /// know (a new disk: no database and no log beside it), it says so and
  /// asks, and with `--yes` it wants `--erasures FILE` or
  /// `--without-erasures` as well.
  static func restore(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 2 else {
      throw CLIError.usage(
        "brug: skranke restore FIL [--erasures LOG|KOPI] [--without-erasures] [--yes]",
        "usage: skranke restore FILE [--erasures LOG|COPY] [--without-erasures] [--yes]")
    }
    let source = args.words[1]
    let path = try Paths.database(option: args.option("--db"), env: env)
    // Said before anything is asked: no point answering if a desk has it open.
    if case .failure(.held) = DatabaseLock.exclusive(for: path) {
      throw BackupError.inUse(path: path)
    }
    let erasures = try Restore.erasures(
      for: path, backup: source, given: args.option("--erasures").map { [$0] } ?? [])
    var out = lang.pick(
      "Databasen \(path) erstattes af kopien \(source).\n",
      "The database \(path) will be replaced by the copy \(source).\n")
    if let copy = BackupSummary.of(source) {
      out += lang.pick("  Kopien:             ", "  The copy:           ") + copy.text(lang) + "\n"
    }
    if let now = BackupSummary.of(path) {
      out +=
        lang.pick("  Databasen nu:       ", "  The database now:  ")
        + now.text(lang, withTime: false) + "\n"
    }
    out += lang.pick(
      "Det, der er ændret siden kopien, er kun i den nuværende database, som gemmes ved siden af.\n",
      "What changed since the copy is only in the current database, which is kept beside it.\n")
    out += erasureText(erasures, path: path, lang)
    Output.out(out)
    let unknownAccepted = erasures.complete || args.flag("--without-erasures")
    if args.flag("--yes") && !unknownAccepted {
      Output.error(
        lang.pick(
          "Intet er ændret: giv sletningerne med --erasures FIL, eller skriv --without-erasures, hvis du ved, at ingen er slettet siden kopien.",
          "Nothing was changed: give the erasures with --erasures FILE, or add --without-erasures if you know no one was erased since the copy."
        ))
      return 1
    }
    if !args.flag("--yes") {
      Output.out(lang.pick("Skriv ja for at fortsætte: ", "Type yes to go on: "))
      let answer = DanishFolding.fold(readLine() ?? "").trimmed
      guard answer == "ja" || answer == "yes" else {
        Output.error(lang.pick("Intet er ændret.", "Nothing was changed."))
        return 1
      }
    }
    let outcome = try Restore.restore(from: source, into: path, erasures: erasures)
    Output.out(doneText(outcome, source: source, path: path, lang))
    return 0
  }

  /// What the restore knows of the erasures since the copy, in one line
  /// or, when it cannot know, plainly and with what to do.
  static func erasureText(_ erasures: Restore.Erasures, path: String, _ lang: Language) -> String {
    let count = Set(erasures.entries).count
    let read = erasures.sources.map { "\($0.path) (\($0.count))" }.joined(separator: ", ")
    if erasures.complete {
      return lang.pick(
        "Sletninger: \(count) kendes (\(read)); de slettes igen i kopien.\n",
        "Erasures: \(count) known (\(read)); they are erased again in the copy.\n")
    }
    let why =
      FileIdentity.exists(path)
      ? lang.pick(
        "databasen \(path) kan ikke læses, og der er ingen sletningslog ved siden af",
        "the database \(path) cannot be read, and there is no erasure log beside it")
      : lang.pick(
        "der er ingen database og ingen sletningslog ved \(path)",
        "there is no database and no erasure log at \(path)")
    var text = lang.pick(
      "OBS: skranke kan ikke vide, om nogen er slettet, efter kopien blev taget: \(why).\n",
      "NOTE: skranke cannot know whether anyone was erased after the copy was taken: \(why).\n")
    if count > 0 {
      text += lang.pick(
        "  \(count) sletninger er læst fra de andre kopier ved siden af (\(read)) og slettes igen.\n",
        "  \(count) erasures were read from the other copies beside it (\(read)) and are erased again.\n"
      )
    }
    text += lang.pick(
      "  Har du en nyere kopi eller filen erasures.log, så afbryd og giv den med --erasures FIL.\n",
      "  If you have a newer copy or the file erasures.log, stop and give it with --erasures FILE.\n"
    )
    return text
  }

  static func doneText(_ outcome: Restore.Outcome, source: String, path: String, _ lang: Language)
    -> String
  {
    var done = lang.pick(
      "Gendannet: \(path) er nu en kopi af \(source)",
      "Restored: \(path) is now a copy of \(source)")
    if outcome.fromVersion < Schema.migrations.count {
      done += lang.pick(
        " (opdateret fra skemaversion \(outcome.fromVersion) til \(Schema.migrations.count))",
        " (brought up from schema version \(outcome.fromVersion) to \(Schema.migrations.count))")
    }
    done += ".\n"
    if let kept = outcome.keptAs {
      done += lang.pick(
        "Den gamle database er gemt som \(kept).\n", "The old database is kept as \(kept).\n")
    }
    if outcome.erasedAgain > 0 {
      let n = outcome.erasedAgain
      done += lang.pick(
        lang.count(n, "borger", "borgere", "", "")
          + ", der var slettet, er slettet igen i kopien.\n",
        lang.count(n, "", "", "citizen", "citizens")
          + (n == 1 ? " who had been erased was" : " who had been erased were")
          + " erased again in the copy.\n")
    }
    done += lang.pick("Start skranke igen ved skrankerne.\n", "Start skranke again at the desks.\n")
    return done
  }

  /// `skranke settings [KEY VALUE]`: lists the settings, or sets one.
  static func settings(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let words = Array(args.words.dropFirst())
    let usage = CLIError.usage(
      "brug: skranke settings [auto-backup on|off | start today|associations]",
      "usage: skranke settings [auto-backup on|off | start today|associations]")
    guard words.isEmpty || words.count == 2 else { throw usage }
    let stores = try SkrankeCLI.openStores(args, env: env)
    let settings = stores.settings
    if words.count == 2 {
      guard let key = Settings.Key(rawValue: words[0]), key.values.contains(words[1]) else {
        throw usage
      }
      try settings.set(key, words[1])
    }
    for key in Settings.Key.allCases {
      Output.out(key.rawValue + " " + (try settings.value(key)) + "\n")
    }
    return 0
  }
}
