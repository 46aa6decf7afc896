import CSQLite

/// Why a database file could not be opened, in words a front-desk worker can act on.
public enum DatabaseOpenError: UserFacingError, Equatable {
  case cannotOpen(path: String, reason: SystemReason)
  /// SQLite could not read and write it (a read-only file or folder).
  case noAccess(path: String)
  case notADatabase(path: String)
  /// An SQLite file, but another program's.
  case notSkranke(path: String)
  case newerVersion(path: String, found: Int, known: Int)
  case locked(path: String)
  case walUnavailable(path: String, mode: String)
  case damaged(DamagedFile)
  /// `skranke restore` is replacing the file.
  case restoring(path: String)
  /// The file has a second name (a hard link): two names lose work.
  case severalNames(path: String)
  case problem(DatabaseProblem)

  static func from(_ error: SQLiteError, path: String) -> DatabaseOpenError {
    switch error.primaryCode {
    case SQLITE_NOTADB: return .notADatabase(path: path)
    case SQLITE_BUSY, SQLITE_LOCKED: return .locked(path: path)
    case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH:
      return .noAccess(path: path)
    default:
      return .problem(
        DatabaseProblem(
          kind: .ioError, path: path, rolledBack: false, newestBackup: nil,
          logPath: error.logPath))
    }
  }

  static func from(_ problem: DatabaseProblem) -> DatabaseOpenError {
    switch problem.kind {
    case .busy: return .locked(path: problem.path)
    case .damaged:
      return .damaged(DamagedFile(path: problem.path, newestBackup: problem.newestBackup))
    default: return .problem(problem)
    }
  }

  /// 4 when another program holds the file, 5 when it is damaged, 6 for
  /// disk trouble, else 1.
  public var exitCode: Int32 {
    switch self {
    case .locked, .restoring: return 4
    case .damaged: return 5
    case .problem(let problem): return problem.exitCode
    default: return 1
    }
  }

  public func message(_ lang: Language) -> String {
    switch self {
    case .cannotOpen(let path, let reason):
      return lang.pick(
        "Kan ikke åbne databasen \(path): \(reason.text(lang)).",
        "Cannot open the database \(path): \(reason.text(lang)).")
    case .noAccess(let path):
      return lang.pick(
        "skranke kan ikke læse og skrive databasen \(path). Kontrollér, at filen og mappen må skrives i.",
        "skranke cannot read and write the database \(path). Check that the file and its folder can be written."
      )
    case .notADatabase(let path):
      return lang.pick(
        "\(path) er ikke en skranke-database (ikke en SQLite-fil, eller filen er beskadiget). Filen er ikke ændret.",
        "\(path) is not a skranke database (not an SQLite file, or the file is damaged). The file was not changed."
      )
    case .notSkranke(let path):
      return lang.pick(
        "\(path) er en SQLite-fil fra et andet program, ikke en skranke-database. Filen er ikke ændret.",
        "\(path) is another program's SQLite file, not a skranke database. The file was not changed."
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
    case .damaged(let file): return file.message(lang, atOpen: true)
    case .restoring(let path):
      return lang.pick(
        "Databasen \(path) er ved at blive hentet fra en sikkerhedskopi. Prøv igen om lidt.",
        "The database \(path) is being restored from a backup. Try again in a moment.")
    case .problem(let problem): return problem.message(lang)
    case .severalNames(let path):
      return Self.severalNames(path, lang) + lang.pick(" Intet er ændret.", " Nothing was changed.")
    }
  }
}

extension DatabaseOpenError {
  /// What to say of a database file with a second name (a hard link), and
  /// how to find the other name: in its own folder first, then on its disk.
  static func severalNames(_ path: String, _ lang: Language) -> String {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? "."
    let disk = FileIdentity.mountPoint(of: path)
    return lang.pick(
      "\(path) har mere end ét navn (en hård lænke): gemmer én skranke under det ene navn og en anden under det andet, går arbejde tabt. Det andet navn er oftest \(path).before-restore-… fra en gendannelse, der blev afbrudt: ls -li \(ShellWord.quote(folder)) viser begge navne med samme nummer forrest. Ellers find det med: find \(ShellWord.quote(disk)) -xdev -samefile \(ShellWord.quote(path)). Slet det andet navn (ikke \(path)), og prøv igen.",
      "\(path) has more than one name (a hard link): with one skranke saving under one name and another under the other, work is lost. The other name is most often \(path).before-restore-… from a restore that was stopped: ls -li \(ShellWord.quote(folder)) shows both names with the same number first. Otherwise find it with: find \(ShellWord.quote(disk)) -xdev -samefile \(ShellWord.quote(path)). Remove the other name (not \(path)) and try again."
    )
  }
}
