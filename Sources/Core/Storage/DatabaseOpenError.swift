import CSQLite

/// Why a database file could not be opened, in words a front-desk worker can act on.
public enum DatabaseOpenError: Error, Equatable {
  case cannotOpen(path: String, reason: String)
  case notADatabase(path: String)
  case newerVersion(path: String, found: Int, known: Int)
  case locked(path: String)
  case walUnavailable(path: String, mode: String)
  case other(path: String, detail: String)

  static func from(_ error: SQLiteError, path: String) -> DatabaseOpenError {
    switch error.primaryCode {
    case SQLITE_NOTADB, SQLITE_CORRUPT: return .notADatabase(path: path)
    case SQLITE_BUSY, SQLITE_LOCKED: return .locked(path: path)
    case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH:
      return .cannotOpen(path: path, reason: error.message)
    default: return .other(path: path, detail: error.description)
    }
  }

  public func message(_ lang: Language) -> String {
    switch self {
    case .cannotOpen(let path, let reason):
      return lang.pick(
        "Kan ikke åbne databasen \(path): \(reason).",
        "Cannot open the database \(path): \(reason).")
    case .notADatabase(let path):
      return lang.pick(
        "\(path) er ikke en skranke-database (ikke en SQLite-fil, eller filen er beskadiget). Filen er ikke ændret.",
        "\(path) is not a skranke database (not an SQLite file, or the file is damaged). The file was not changed."
      )
    case .newerVersion(let path, let found, let known):
      return lang.pick(
        "\(path) er skrevet af en nyere skranke (skemaversion \(found); denne skranke kender op til \(known)). Opdatér skranke. Filen er ikke ændret.",
        "\(path) was written by a newer skranke (schema version \(found); this skranke knows up to \(known)). Update skranke. The file was not changed."
      )
    case .locked(let path):
      return lang.pick(
        "Databasen \(path) er låst af et andet program i mere end \(Database.busyTimeoutMilliseconds / 1000) sekunder. Prøv igen om lidt.",
        "The database \(path) has been locked by another program for more than \(Database.busyTimeoutMilliseconds / 1000) seconds. Try again shortly."
      )
    case .walUnavailable(let path, let mode):
      return lang.pick(
        "Databasen \(path) kan ikke bruge WAL-journal (fik '\(mode)'). Ligger filen på et netværksdrev?",
        "The database \(path) cannot use a WAL journal (got '\(mode)'). Is the file on a network drive?"
      )
    case .other(let path, let detail):
      return lang.pick(
        "Fejl ved åbning af \(path): \(detail)", "Error opening \(path): \(detail)")
    }
  }
}
