import Glibc

/// Writing to standard output and error without C's `FILE*` globals (which
/// Swift 6 treats as unsafe shared state). What is printed for a person
/// passes `SafeText.lines`: a name stored with an escape sequence shows as
/// `␛]0;…`, it never retitles or repaints the terminal. Files in a format
/// (CSV, iCalendar, JSON) are written by `write` after their own escaping.
public enum Output {
  public static func out(_ text: String) { write(STDOUT_FILENO, SafeText.lines(text)) }

  public static func error(_ text: String) {
    write(STDERR_FILENO, "skranke: " + SafeText.lines(text) + "\n")
  }

  /// Writes all of `text`; false (with `errno` set) when the system refused.
  @discardableResult
  public static func write(_ fd: Int32, _ text: String) -> Bool {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset)
      }
      if written <= 0 {
        if written < 0 && errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }

  /// VmHWM: the most memory `process` ("self" or a pid) has had resident.
  /// Not `ru_maxrss`, which Linux carries over `exec` from the parent (the
  /// benchmark) and so would report the parent's size.
  public static func peakResidentKB(of process: String = "self") -> Int {
    guard let file = fopen("/proc/\(process)/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
      let text = String(cString: line)
      if text.hasPrefix("VmHWM:") { return Int(text.filter(\.isNumber)) ?? 0 }
    }
    return 0
  }
}
