import Core
import Glibc

/// Writes an export to `--out FILE` or to standard output, through Core's
/// `SafeFile` (never the database, replaced only through a temporary file),
/// saying any refusal in the command line's words and exit codes.
enum OutputFile {
  static func write(
    to target: String?, database: String, _ body: ((String) -> Void) throws -> Void
  ) throws {
    guard let target else {
      if let code = try SafeFile.stream(to: STDOUT_FILENO, body) {
        throw stopped("stdout", SystemReason(code: code))
      }
      return
    }
    do {
      try SafeFile.write(to: target, database: database, body)
    } catch let failure as SafeFile.Failure {
      throw error(failure, target)
    }
  }

  /// Refuses an output path that is the database or an SQLite file.
  static func check(_ target: String, database: String) throws {
    do { try SafeFile.check(target, database: database) } catch { throw self.error(error, target) }
  }

  private static func error(_ failure: SafeFile.Failure, _ target: String) -> CLIError {
    switch failure {
    case .isDatabase:
      return CLIError.usage(
        "\(target) er selve databasen (eller dens journal); vælg en anden fil. Intet er skrevet",
        "\(target) is the database itself (or its journal); choose another file. Nothing was written"
      )
    case .isFolder:
      return CLIError.usage(
        "\(target) er en mappe; skriv et filnavn",
        "\(target) is a folder; give a file name")
    case .isSQLite:
      return CLIError.usage(
        "\(target) er en SQLite-database; skranke skriver ikke en eksport oven i en database. Intet er skrevet",
        "\(target) is an SQLite database; skranke does not write an export over a database. Nothing was written"
      )
    case .stopped(let reason): return stopped(target, reason)
    case .cannotWrite(let reason):
      // 6 is the disk (full, failing, read-only); a folder that is not
      // there or not ours is a plain failure (1).
      let disk = [ENOSPC, EIO, EDQUOT, EROFS].contains(reason.code)
      return CLIError.status(
        disk ? 6 : 1,
        "Kan ikke skrive \(target): \(reason.text(.danish)). Intet er skrevet; \(target) er som før.",
        "Cannot write \(target): \(reason.text(.english)). Nothing was written; \(target) is as it was."
      )
    }
  }

  /// What went out to a pipe or a terminal before a failure stays out, so
  /// it is said to be incomplete.
  private static func stopped(_ target: String, _ reason: SystemReason) -> CLIError {
    CLIError.status(
      6,
      "Udskriften til \(target) stoppede undervejs: \(reason.text(.danish)). Den er ufuldstændig.",
      "The output to \(target) stopped part way: \(reason.text(.english)). It is incomplete.")
  }
}
