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

  /// True when the file is a regular file that begins with SQLite's
  /// header ("SQLite format 3"). A pipe or a device is never read (a read
  /// could wait forever).
  public static func isSQLite(_ path: String) -> Bool {
    header(path).map { Array($0.prefix(16)) == Array("SQLite format 3\0".utf8) } ?? false
  }

  /// True for a copy made by `BackupCopy`: skranke's mark, one file (a
  /// rollback journal, not WAL). A live database or a kept old one is not.
  public static func isSkrankeBackup(_ path: String) -> Bool {
    guard isSQLite(path), let bytes = header(path) else { return false }
    let mark = bytes[68..<72].reduce(Int64(0)) { $0 << 8 | Int64($1) }
    return bytes[18] == 1 && bytes[19] == 1 && mark == Database.applicationID
  }

  /// The file's size in bytes; nil when it does not exist.
  public static func size(_ path: String) -> Int64? {
    var info = stat()
    return stat(path, &info) == 0 ? Int64(info.st_size) : nil
  }

  /// The folder the disk holding `path` is mounted at (where a search of
  /// that disk starts).
  public static func mountPoint(of path: String) -> String {
    var current = canonical(path)
    guard let device = identity(current)?.first else { return "/" }
    while let slash = current.lastIndex(of: "/"), current != "/" {
      let parent = slash == current.startIndex ? "/" : String(current[..<slash])
      guard identity(parent)?.first == device else { return current }
      current = parent
    }
    return "/"
  }

  /// When the file was last written (seconds since 1970); nil when it
  /// does not exist.
  public static func modified(_ path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_mtim.tv_sec) : nil
  }

  /// How many names (hard links) the file has; 0 when it does not exist.
  public static func linkCount(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_nlink) : 0
  }

  public static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// The first 100 bytes of a regular file (SQLite's header), if it has them.
  private static func header(_ path: String) -> [UInt8]? {
    guard isRegularFile(path) else { return nil }
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: 100)
    return read(fd, &bytes, 100) == 100 ? bytes : nil
  }

  public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// The names in a folder, without `.` and `..`; none when it cannot be read.
  public static func names(in folder: String) -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var out: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name != "." && name != ".." { out.append(name) }
    }
    return out
  }

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

  /// The one name of a file: links and `..` resolved, the file's own link
  /// too when it exists. The database's lock, log and backups are named from
  /// it, so every desk agrees on them however the path was typed.
  public static func canonical(_ path: String) -> String {
    if let real = realpath(path, nil) {
      defer { free(real) }
      return String(cString: real)
    }
    return resolved(path)
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
