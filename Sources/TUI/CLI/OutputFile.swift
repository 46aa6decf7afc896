import Glibc

/// Writes an export to `--out FILE` (through a temporary file renamed at the
/// end, so a failed export never leaves half a file where a good one was)
/// or to standard output.
enum OutputFile {
  static func write(to target: String?, _ body: ((String) -> Void) throws -> Void) throws {
    let temporary = target.map { $0 + ".tmp-\(getpid())" }
    let fd =
      temporary.map { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600) } ?? STDOUT_FILENO
    guard fd >= 0 else { throw cannotWrite(target!) }
    var buffer = ""
    let sink: (String) -> Void = { line in
      buffer += line
      if buffer.utf8.count > 65536 {
        Output.write(fd, buffer)
        buffer = ""
      }
    }
    do {
      try body(sink)
      Output.write(fd, buffer)
    } catch {
      if let temporary {
        close(fd)
        unlink(temporary)
      }
      throw error
    }
    if let temporary, let target {
      close(fd)
      guard rename(temporary, target) == 0 else {
        let error = cannotWrite(target)
        unlink(temporary)
        throw error
      }
    }
  }

  private static func cannotWrite(_ target: String) -> CLIError {
    let reason = String(cString: strerror(errno))
    return CLIError.message(
      "out", "Kan ikke skrive \(target): \(reason)", "Cannot write \(target): \(reason)")
  }
}
