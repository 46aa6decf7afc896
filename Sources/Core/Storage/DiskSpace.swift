import Glibc

/// How much room the disk holding a file has left: a full disk is said as
/// full (not as "an error", pointing at a log that could not be written).
public enum DiskSpace {
  /// Bytes free for an ordinary user on the disk that holds `path` (or
  /// its folder, when the file does not exist yet); nil when unknown.
  public static func free(at path: String) -> Int64? {
    var info = statvfs()
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    for candidate in [path, folder.isEmpty ? "/" : folder] where statvfs(candidate, &info) == 0 {
      return Int64(info.f_bavail) * Int64(info.f_frsize)
    }
    return nil
  }

  /// Too little left to grow a journal or the shared-memory file (32 KB).
  public static func isFull(at path: String) -> Bool {
    guard let free = free(at: path) else { return false }
    return free < 64 * 1024
  }
}
