import CNcursesW
import Glibc

/// If skranke ever dies of a fault (a trap in Swift is SIGILL; a bad
/// pointer SIGSEGV), the terminal is given back as it was before it
/// dies: the terminal's own modes, the normal screen, the cursor, and a
/// line saying what happened. Without this a trap left the terminal raw,
/// typing nothing a person could see.
///
/// A handler may only call what is safe in a signal: the modes and the
/// bytes to write are made ready at start, and the handler writes them,
/// sets the modes, and dies of the same signal (so the exit status stays
/// the fault's).
enum CrashRestore {
  nonisolated(unsafe) private static var saved = termios()
  nonisolated(unsafe) private static var haveModes = false
  nonisolated(unsafe) private static var bytes: UnsafeMutablePointer<UInt8>?
  nonisolated(unsafe) private static var count = 0

  static let faults = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

  /// Before ncurses changes the terminal: its modes as the shell had them.
  static func saveModes() {
    haveModes = tcgetattr(STDIN_FILENO, &saved) == 0
  }

  /// After ncurses started: the bytes that leave its screen, and the
  /// handlers.
  static func install(_ message: String) {
    var out: [UInt8] = []
    for capability in ["rmcup", "cnorm", "sgr0"] {
      if let text = tigetstr(capability), Int(bitPattern: text) != -1 {
        var pointer = text
        while pointer.pointee != 0 {
          out.append(UInt8(bitPattern: pointer.pointee))
          pointer += 1
        }
      }
    }
    out += Array(("\r\n" + message + "\r\n").utf8)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: out.count)
    buffer.initialize(from: out, count: out.count)
    bytes = buffer
    count = out.count
    for sig in faults { Signals.setHandler(sig, handler) }
  }

  /// Back to the system's own handling (at a normal end).
  static func uninstall() {
    for sig in faults { Signals.setDefault(sig) }
  }

  private static let handler: @convention(c) (Int32) -> Void = { sig in
    if CrashRestore.haveModes { tcsetattr(STDIN_FILENO, TCSANOW, &CrashRestore.saved) }
    if let bytes = CrashRestore.bytes { _ = write(STDOUT_FILENO, bytes, CrashRestore.count) }
    Signals.setDefault(sig)
    raise(sig)
  }
}
