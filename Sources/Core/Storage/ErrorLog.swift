import Glibc

/// Where the details of a failure go instead of the screen: a text file
/// beside the database (`skranke.db.log`, mode 0600), one line per failure
/// with the moment, the process, SQLite's code and message and the SQL.
/// Values bound to statements are never written, so no personal data is.
/// Past 1 MB the log is moved to `.log.1` (the one before that is dropped).
public struct ErrorLog: Sendable {
  public let path: String

  public static let limit = 1_000_000

  public init(database: String) { path = database + ".log" }

  /// Appends a line; false when it could not be written whole (a full
  /// disk), so no message points a person to details that are not there.
  @discardableResult
  public func record(_ text: String) -> Bool {
    var info = stat()
    if stat(path, &info) == 0 && Int(info.st_size) > Self.limit {
      rename(path, path + ".1")
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let line = Self.stamp() + " pid=\(getpid()) " + Self.oneLine(text) + "\n"
    var bytes = Array(line.utf8)
    return bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
  }

  /// Newlines and control characters flattened, so one failure is one line.
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
  }

  static func stamp() -> String {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    let date = Day(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    return (date?.iso ?? "?") + "T" + Day.two(Int(parts.tm_hour)) + ":"
      + Day.two(Int(parts.tm_min)) + ":" + Day.two(Int(parts.tm_sec))
  }
}
