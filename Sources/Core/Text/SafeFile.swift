import Glibc

/// Writing a file a person asked for (an export, a day sheet): never the
/// database, its journals or any other SQLite file, never a folder; a
/// regular file is replaced only through a temporary file (0600) renamed at
/// the end, so a failed write (a full disk) leaves the old file as it was.
/// A pipe or a device (/dev/stdout) is written as it is.
public enum SafeFile {
  public enum Failure: Error, Equatable {
    case isDatabase, isFolder, isSQLite
    /// Nothing was written; the target is as it was.
    case cannotWrite(SystemReason)
    /// A pipe or device took part of it before the failure.
    case stopped(SystemReason)
  }

  /// Refuses a path that is the database, a folder or an SQLite file.
  public static func check(_ target: String, database: String) throws(Failure) {
    if FileIdentity.isPart(target, of: database) { throw .isDatabase }
    if FileIdentity.isDirectory(target) { throw .isFolder }
    if FileIdentity.isSQLite(target) { throw .isSQLite }
  }

  /// Writes what `body` makes to `target`, in 64 KB pieces.
  public static func write(
    to target: String, database: String, _ body: ((String) -> Void) throws -> Void
  ) throws {
    try check(target, database: database)
    if FileIdentity.exists(target) && !FileIdentity.isRegularFile(target) {
      let fd = open(target, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else { throw Failure.cannotWrite(SystemReason(code: errno)) }
      defer { close(fd) }
      if let code = try stream(to: fd, body) { throw Failure.stopped(SystemReason(code: code)) }
      return
    }
    let temporary = target + ".tmp-\(getpid())"
    unlink(temporary)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw Failure.cannotWrite(SystemReason(code: errno)) }
    do {
      if let code = try stream(to: fd, body) { throw Failure.cannotWrite(SystemReason(code: code)) }
      if fsync(fd) != 0 { throw Failure.cannotWrite(SystemReason(code: errno)) }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    guard rename(temporary, target) == 0 else {
      let reason = SystemReason(code: errno)
      unlink(temporary)
      throw Failure.cannotWrite(reason)
    }
  }

  /// Writes to a descriptor; the errno of a failed write, or nil.
  public static func stream(to fd: Int32, _ body: ((String) -> Void) throws -> Void) throws
    -> Int32?
  {
    var buffer = ""
    var failed: Int32 = 0
    try body { line in
      buffer += line
      if buffer.utf8.count > 65536 {
        if failed == 0 && !Output.write(fd, buffer) { failed = errno }
        buffer = ""
      }
    }
    if failed == 0 && !Output.write(fd, buffer) { failed = errno }
    return failed == 0 ? nil : failed
  }
}

extension SafeFile.Failure: UserFacingError {
  public func message(_ lang: Language) -> String {
    switch self {
    case .isDatabase:
      return lang.pick(
        "Det er selve databasen (eller dens journal); vælg en anden fil. Intet er skrevet.",
        "That is the database itself (or its journal); choose another file. Nothing was written.")
    case .isFolder:
      return lang.pick("Det er en mappe; skriv et filnavn.", "That is a folder; give a file name.")
    case .isSQLite:
      return lang.pick(
        "Det er en SQLite-database; skranke skriver ikke oven i en database. Intet er skrevet.",
        "That is an SQLite database; skranke does not write over a database. Nothing was written.")
    case .cannotWrite(let reason):
      return lang.pick("Kan ikke skrive: ", "Cannot write: ") + reason.text(lang)
        + lang.pick(". Intet er skrevet.", ". Nothing was written.")
    case .stopped(let reason):
      return lang.pick("Stoppede undervejs: ", "Stopped part way: ") + reason.text(lang)
    }
  }

  public var exitCode: Int32 { 6 }
}
