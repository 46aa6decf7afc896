import Core
import Glibc

/// Writes an export to `--out FILE` or to standard output. A file is never
/// the database: its own name, a link to it, its journals, or any other
/// SQLite file are refused before anything is written. An existing file is
/// replaced only through a temporary file (0600) renamed at the end, so a
/// failed export (a full disk) leaves the old file as it was.
enum OutputFile {
  static func write(
    to target: String?, database: String, _ body: ((String) -> Void) throws -> Void
  ) throws {
    guard let target else {
      do { try stream(to: STDOUT_FILENO, body) } catch let failure as WriteFailure {
        throw stopped("stdout", errno: failure.code)
      }
      return
    }
    try check(target, database: database)
    // A pipe or a device (/dev/stdout) is written as it is: it cannot be
    // replaced through a temporary file, and must not be.
    if FileIdentity.exists(target) && !FileIdentity.isRegularFile(target) {
      let fd = open(target, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else { throw cannotWrite(target) }
      defer { close(fd) }
      do { try stream(to: fd, body) } catch let failure as WriteFailure {
        throw stopped(target, errno: failure.code)
      }
      return
    }
    let temporary = target + ".tmp-\(getpid())"
    unlink(temporary)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw cannotWrite(target) }
    do {
      try stream(to: fd, body)
      if fsync(fd) != 0 { throw WriteFailure(code: errno) }
    } catch {
      close(fd)
      unlink(temporary)
      // Nothing reached the target: "nothing was written".
      if let failure = error as? WriteFailure { throw cannotWrite(target, errno: failure.code) }
      throw error
    }
    close(fd)
    guard rename(temporary, target) == 0 else {
      let error = cannotWrite(target)
      unlink(temporary)
      throw error
    }
  }

  /// Refuses an output path that is the database or an SQLite file.
  static func check(_ target: String, database: String) throws {
    if FileIdentity.isPart(target, of: database) {
      throw CLIError.usage(
        "--out \(target) er selve databasen (eller dens journal); vælg en anden fil. Intet er skrevet",
        "--out \(target) is the database itself (or its journal); choose another file. Nothing was written"
      )
    }
    if FileIdentity.isDirectory(target) {
      throw CLIError.usage(
        "--out \(target) er en mappe; skriv et filnavn",
        "--out \(target) is a folder; give a file name")
    }
    if FileIdentity.isSQLite(target) {
      throw CLIError.usage(
        "--out \(target) er en SQLite-database; skranke skriver ikke en eksport oven i en database. Intet er skrevet",
        "--out \(target) is an SQLite database; skranke does not write an export over a database. Nothing was written"
      )
    }
  }

  /// Why the system refused a write.
  struct WriteFailure: Error {
    let code: Int32
  }

  /// Writes what `body` makes to a descriptor, in 64 KB pieces.
  private static func stream(to fd: Int32, _ body: ((String) -> Void) throws -> Void) throws {
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
    if failed != 0 { throw WriteFailure(code: failed) }
  }

  /// What went out to a pipe or a terminal before a failure stays out, so
  /// it is said to be incomplete.
  private static func stopped(_ target: String, errno code: Int32) -> CLIError {
    let reason = SystemReason(code: code)
    return CLIError.status(
      6,
      "Udskriften til \(target) stoppede undervejs: \(reason.text(.danish)). Den er ufuldstændig.",
      "The output to \(target) stopped part way: \(reason.text(.english)). It is incomplete.")
  }

  private static func cannotWrite(_ target: String, errno code: Int32 = errno) -> CLIError {
    let reason = SystemReason(code: code)
    return CLIError.status(
      6,
      "Kan ikke skrive \(target): \(reason.text(.danish)). Intet er skrevet; \(target) er som før.",
      "Cannot write \(target): \(reason.text(.english)). Nothing was written; \(target) is as it was."
    )
  }
}
