import CSQLite

/// Trouble with the database file itself rather than with what was typed:
/// another program writing, a full disk, a read or write error, a damaged
/// file. Said in plain words with what to do; SQLite's own text and the SQL
/// went to the error log when the problem was made.
public struct DatabaseProblem: UserFacingError, Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// Another program held the write lock for the whole wait.
    case busy
    case diskFull
    case ioError
    case damaged
    case readOnly
  }

  public let kind: Kind
  public let path: String
  /// The work was a write and it was rolled back: nothing was saved.
  public var rolledBack: Bool
  /// For a damaged file: the newest automatic backup, to restore from.
  public let newestBackup: BackupFile?
  /// Where the details are; nil when they could not be written there.
  public var logPath: String?
  /// What "nothing was …" says: an import says nothing was imported.
  public var wasImport = false
  /// SQLite's result code, for telling "not a database" from "damaged".
  public var code: Int32 = 0

  /// The kind of problem an SQLite result code means, if it is one.
  static func kind(of code: Int32) -> Kind? {
    switch code & 0xFF {
    case SQLITE_BUSY, SQLITE_LOCKED: return .busy
    case SQLITE_FULL: return .diskFull
    case SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_NOMEM: return .ioError
    case SQLITE_CORRUPT, SQLITE_NOTADB: return .damaged
    case SQLITE_READONLY, SQLITE_PERM: return .readOnly
    default: return nil
    }
  }

  /// The command line's exit status: 4 busy, 5 damaged, 6 disk or file trouble.
  public var exitCode: Int32 {
    switch kind {
    case .busy: return 4
    case .damaged: return 5
    case .diskFull, .ioError, .readOnly: return 6
    }
  }

  public func message(_ lang: Language) -> String { message(lang, retry: nil) }

  /// `retry` says how to try again where the default ("Try again in a
  /// moment.") is not the whole answer: a form says which key.
  public func message(_ lang: Language, retry: String?) -> String {
    let nothing =
      wasImport
      ? lang.pick(" Intet er importeret.", " Nothing was imported.")
      : lang.pick(" Intet er gemt.", " Nothing was saved.")
    let saved = rolledBack ? nothing : ""
    switch kind {
    case .busy:
      return lang.pick(
        "Et andet program skriver i databasen lige nu (ventede \(Database.busyTimeoutMilliseconds / 1000) sekunder).",
        "Another program is writing to the database right now (waited \(Database.busyTimeoutMilliseconds / 1000) seconds)."
      ) + saved + " " + (retry ?? lang.pick("Prøv igen om lidt.", "Try again in a moment."))
    case .diskFull:
      return lang.pick(
        "Disken er fuld.\(saved) Frigør plads på disken med databasen (\(path)): flyt fx gamle kopier fra \(path).backups til en anden disk, eller slet store filer, der ikke skal bruges. Prøv så igen.",
        "The disk is full.\(saved) Free some space on the disk that holds the database (\(path)): move old copies from \(path).backups to another disk, say, or delete large files no one needs. Then try again."
      )
    case .ioError:
      let details =
        logPath.map { lang.pick(" Detaljer: \($0).", " Details: \($0).") }
        ?? lang.pick(
          " (Detaljerne kunne ikke skrives ved siden af databasen.)",
          " (The details could not be written beside the database.)")
      return lang.pick(
        "Disken meldte en fejl ved læsning eller skrivning af databasen.\(saved)",
        "The disk reported an error reading or writing the database.\(saved)") + details
    case .readOnly:
      return lang.pick(
        "Databasen \(path) kan ikke skrives (skrivebeskyttet fil eller mappe).\(saved)",
        "The database \(path) cannot be written (a read-only file or folder).\(saved)")
    case .damaged:
      return DamagedFile(path: path, newestBackup: newestBackup).message(lang, saved: saved)
    }
  }
}

/// What to say about a damaged database: that it is damaged, that skranke
/// will not write to it, and how to get back to the newest backup.
public struct DamagedFile: Equatable, Sendable {
  public let path: String
  public let newestBackup: BackupFile?

  public init(path: String, newestBackup: BackupFile?) {
    self.path = path
    self.newestBackup = newestBackup
  }

  /// `atOpen`: found when skranke opened the file, which it then refuses
  /// to use at all; otherwise found while working, and writes stop.
  public func message(_ lang: Language, saved: String = "", atOpen: Bool = false) -> String {
    let head =
      atOpen
      ? lang.pick(
        "Databasen \(path) er beskadiget; skranke åbner den ikke, så der skrives ikke mere i den. ",
        "The database \(path) is damaged; skranke will not open it, so nothing more is written to it. "
      )
      : lang.pick(
        "Databasen \(path) er beskadiget; skranke skriver ikke mere i den.\(saved) ",
        "The database \(path) is damaged; skranke will not write to it any more.\(saved) ")
    guard let backup = newestBackup else {
      return head
        + lang.pick(
          "Der er ingen automatisk sikkerhedskopi. Luk skranke overalt, og få hjælp til at redde filen (sqlite3 \(path) .recover).",
          "There is no automatic backup. Close skranke everywhere and get help to rescue the file (sqlite3 \(path) .recover)."
        )
    }
    let taken = backup.day.label(lang) + (backup.time.map { lang.pick(" kl. ", " at ") + $0 } ?? "")
    return head
      + lang.pick(
        "Luk skranke ved alle skranker, og gendan den nyeste sikkerhedskopi (\(taken); det, der er ændret siden, er kun i den gamle fil): skranke restore \(ShellWord.quote(backup.path)) --db \(ShellWord.quote(path))",
        "Close skranke at every desk and restore the newest backup (\(taken); changes since then stay only in the old file): skranke restore \(ShellWord.quote(backup.path)) --db \(ShellWord.quote(path))"
      )
  }
}
