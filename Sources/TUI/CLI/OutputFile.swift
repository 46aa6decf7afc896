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
    if let target { try check(target, database: database) }
    let temporary = target.map { $0 + ".tmp-\(getpid())" }
    if let temporary { unlink(temporary) }
    let fd =
      temporary.map { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) } ?? STDOUT_FILENO
    guard fd >= 0 else { throw cannotWrite(target!) }
    var buffer = ""
    var failed: Int32 = 0
    let sink: (String) -> Void = { line in
      buffer += line
      if buffer.utf8.count > 65536 {
        if failed == 0 && !Output.write(fd, buffer) { failed = errno }
        buffer = ""
      }
    }
    do {
      try body(sink)
      if failed == 0 && !Output.write(fd, buffer) { failed = errno }
      if failed == 0, temporary != nil, fsync(fd) != 0 { failed = errno }
    } catch {
      if let temporary {
        close(fd)
        unlink(temporary)
      }
      throw error
    }
    guard let temporary, let target else {
      if failed != 0 { throw cannotWrite("stdout", errno: failed) }
      return
    }
    close(fd)
    guard failed == 0 else {
      unlink(temporary)
      throw cannotWrite(target, errno: failed)
    }
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

  private static func cannotWrite(_ target: String, errno code: Int32 = errno) -> CLIError {
    let reason = String(cString: strerror(code))
    let full = code == ENOSPC || code == EDQUOT
    let da = "Kan ikke skrive \(target): \(full ? "disken er fuld" : reason). Intet er skrevet."
    let en = "Cannot write \(target): \(full ? "the disk is full" : reason). Nothing was written."
    if target == "stdout" { return CLIError.status(6, da, en) }
    return CLIError.status(6, da + " \(target) er som før.", en + " \(target) is as it was.")
  }
}
