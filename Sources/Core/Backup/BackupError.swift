/// Why a backup or a restore stopped. Whenever one is thrown, the database
/// is as it was.
public enum BackupError: UserFacingError, Equatable, Sendable {
  case cannotRead(path: String, reason: SystemReason)
  case cannotWrite(path: String, reason: SystemReason)
  case notADatabase(path: String)
  case notSkranke(path: String)
  /// The copy to restore from fails SQLite's integrity check (the details
  /// are in the log).
  case damagedCopy(path: String)
  case newerVersion(path: String, found: Int, known: Int)
  /// A backup of the database came out damaged: the database itself is.
  case sourceDamaged(DamagedFile)
  /// Another skranke has the database open.
  case inUse(path: String)
  /// The backup would be written over the database (or its journal).
  case sameFile(path: String)
  case problem(DatabaseProblem)
  /// The copy could not be written (a full disk, or another error).
  case copyFailed(path: String, diskFull: Bool)
  /// The database has a second name (a hard link).
  case severalNames(path: String)
  /// `--erasures` named a file that is neither a log nor a skranke copy.
  case notAnErasureLog(path: String)

  public var exitCode: Int32 {
    switch self {
    case .inUse: return 4
    case .sourceDamaged: return 5
    case .problem(let problem): return problem.exitCode
    case .sameFile: return 2
    case .copyFailed: return 6
    default: return 1
    }
  }

  public func message(_ lang: Language) -> String {
    let unchanged = lang.pick(" Databasen er ikke ændret.", " The database was not changed.")
    switch self {
    case .cannotRead(let path, let reason):
      return lang.pick(
        "Kan ikke læse \(path): \(reason.text(lang)).", "Cannot read \(path): \(reason.text(lang))."
      )
        + unchanged
    case .cannotWrite(let path, let reason):
      return lang.pick(
        "Kan ikke skrive \(path): \(reason.text(lang)).",
        "Cannot write \(path): \(reason.text(lang)).")
        + unchanged
    case .notADatabase(let path):
      return lang.pick(
        "\(path) er ikke en SQLite-database.", "\(path) is not an SQLite database.") + unchanged
    case .notSkranke(let path):
      return lang.pick(
        "\(path) er ikke en skranke-database.", "\(path) is not a skranke database.") + unchanged
    case .damagedCopy(let path):
      return lang.pick(
        "Sikkerhedskopien \(path) er beskadiget; vælg en anden.",
        "The backup \(path) is damaged; choose another one.") + unchanged
    case .newerVersion(let path, let found, let known):
      return lang.pick(
        "\(path) er skrevet af en nyere skranke (skemaversion \(found); denne kender op til \(known)). Opdatér skranke først.",
        "\(path) was written by a newer skranke (schema version \(found); this one knows up to \(known)). Update skranke first."
      ) + unchanged
    case .sourceDamaged(let file):
      return lang.pick(
        "Kopien kunne ikke kontrolleres, så den er slettet igen. ",
        "The copy did not pass the check, so it was removed again. ") + file.message(lang)
    case .inUse(let path):
      return lang.pick(
        "skranke har stadig \(path) åben et andet sted (en anden skranke eller et andet vindue). Luk skranke overalt, og prøv igen.",
        "skranke still has \(path) open somewhere else (another desk or another window). Close skranke everywhere and try again."
      ) + unchanged
    case .sameFile(let path):
      return lang.pick(
        "\(path) er selve databasen (eller dens journal); vælg en anden fil til kopien.",
        "\(path) is the database itself (or its journal); choose another file for the copy.")
    case .problem(let problem): return problem.message(lang)
    case .severalNames(let path):
      return DatabaseOpenError.severalNames(path, lang) + unchanged
    case .notAnErasureLog(let path):
      return lang.pick(
        "\(path) er hverken en sletningslog (erasures.log) eller en kopi fra skranke.",
        "\(path) is neither an erasure log (erasures.log) nor a copy from skranke.") + unchanged
    case .copyFailed(let path, let full):
      let reason =
        full
        ? lang.pick("disken er fuld", "the disk is full")
        : lang.pick("disken meldte en fejl", "the disk reported an error")
      return lang.pick(
        "Kopien \(path) kunne ikke skrives: \(reason).",
        "The copy \(path) could not be written: \(reason).") + unchanged
    }
  }
}
