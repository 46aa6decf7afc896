import Glibc

/// Writing to standard output and error without C's `FILE*` globals (which
/// Swift 6 treats as unsafe shared state).
enum Output {
  static func out(_ text: String) { write(STDOUT_FILENO, text) }

  static func error(_ text: String) { write(STDERR_FILENO, "skranke: " + text + "\n") }

  static func write(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset)
      }
      if written <= 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }

  /// Peak resident memory of this process, in kilobytes.
  static func peakResidentKB() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss
  }
}
