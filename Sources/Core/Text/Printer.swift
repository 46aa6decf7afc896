import Glibc

/// Sending plain text to the printer through CUPS' `lp`, when one is set
/// up; otherwise saying clearly that none is (most desks print to a file
/// and open it). The programs' own output never reaches the screen.
public enum Printer {
  public enum Failure: Error, Equatable, UserFacingError {
    /// No `lp` on this machine.
    case noPrintSystem
    /// `lp` is there, but no default printer (`lpstat -d`).
    case noPrinter
    /// `lp` refused (its exit status).
    case failed(Int32)

    public func message(_ lang: Language) -> String {
      switch self {
      case .noPrintSystem:
        return lang.pick(
          "Der er ingen printer sat op på denne maskine (lp findes ikke). Skriv til en fil i stedet.",
          "No printer is set up on this machine (there is no lp). Write to a file instead.")
      case .noPrinter:
        return lang.pick(
          "Der er ingen standardprinter (lpstat -d). Skriv til en fil i stedet, eller bed om at få en printer sat op.",
          "There is no default printer (lpstat -d). Write to a file instead, or ask for a printer to be set up."
        )
      case .failed(let status):
        return lang.pick(
          "Printeren tog ikke imod udskriften (lp svarede \(status)). Intet er printet.",
          "The printer did not take the print (lp answered \(status)). Nothing was printed.")
      }
    }
  }

  /// Prints `text` on the default printer.
  public static func print(_ text: String, path: [String] = defaultPath()) throws(Failure) {
    guard let lp = find("lp", in: path) else { throw .noPrintSystem }
    guard let lpstat = find("lpstat", in: path),
      let answer = run(lpstat, ["-d"], capture: true),
      answer.status == 0, !answer.output.contains("no system default")
    else { throw .noPrinter }
    var template = Array("/tmp/skranke-print-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw .failed(-1) }
    let file = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    defer { unlink(file) }
    let written = Output.write(fd, text)
    close(fd)
    guard written else { throw .failed(-1) }
    let status = run(lp, [file], capture: false)?.status ?? -1
    if status != 0 { throw .failed(status) }
  }

  public static func defaultPath() -> [String] {
    (getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin").split(separator: ":")
      .map(String.init)
  }

  static func find(_ program: String, in path: [String]) -> String? {
    path.map { $0 + "/" + program }.first { access($0, X_OK) == 0 }
  }

  /// Runs `program` with its output to a pipe (read back) or /dev/null.
  static func run(_ program: String, _ arguments: [String], capture: Bool) -> (
    status: Int32, output: String
  )? {
    var pipeEnds: [Int32] = [-1, -1]
    if capture { guard pipe(&pipeEnds) == 0 else { return nil } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    if capture { close(pipeEnds[1]) }
    guard spawned == 0 else {
      if capture { close(pipeEnds[0]) }
      return nil
    }
    var output: [UInt8] = []
    if capture {
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(pipeEnds[0], &buffer, buffer.count)
        if count <= 0 { break }
        output += buffer[0..<count]
      }
      close(pipeEnds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    return (exited, String(decoding: output, as: UTF8.self))
  }
}
