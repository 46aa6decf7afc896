import Glibc

/// Questions about files on disk that keep skranke from writing over the
/// wrong one: whether an output path is the database (by another name, a
/// link, or its journal), and whether a file is an SQLite database at all.
public enum FileIdentity {
  /// The files that make up a database: itself, its journals and skranke's
  /// lock and log beside it.
  public static func companions(of database: String) -> [String] {
    [database] + ["-wal", "-shm", "-journal", ".lock"].map { database + $0 }
  }

  /// True when `path` names the database or one of its companions, as the
  /// same file (a hard or symbolic link counts) or by the same resolved name.
  public static func isPart(_ path: String, of database: String) -> Bool {
    let target = resolved(path)
    for part in companions(of: database) {
      if let a = identity(path), let b = identity(part), a == b { return true }
      if target == resolved(part) { return true }
    }
    return false
  }

  /// True when the file begins with SQLite's header ("SQLite format 3").
  public static func isSQLite(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var header = [UInt8](repeating: 0, count: 16)
    let count = read(fd, &header, 16)
    return count == 16 && header == Array("SQLite format 3\0".utf8)
  }

  public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Device and inode, following links; nil when the file does not exist.
  static func identity(_ path: String) -> [UInt64]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }

  /// The absolute path with links and `..` resolved in its folder (the file
  /// itself may not exist yet).
  static func resolved(_ path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard let real = realpath(folder.isEmpty ? "/" : folder, nil) else { return path }
    defer { free(real) }
    let base = String(cString: real)
    return (base == "/" ? "" : base) + "/" + name
  }

  /// Flushes a file, then its folder's entry, to the disk: a renamed
  /// backup must survive a power cut.
  public static func sync(_ path: String) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    let dir = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dir >= 0 {
      fsync(dir)
      close(dir)
    }
  }
}
