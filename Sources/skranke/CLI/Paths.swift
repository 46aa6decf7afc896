import Core
import Glibc

/// Where skranke keeps and finds its files.
enum Paths {
  /// `--db`, else `$SKRANKE_DB`, else `$XDG_DATA_HOME/skranke/skranke.db`
  /// (`~/.local/share/skranke/skranke.db`); the folder is created (mode 0700).
  /// The path is made canonical (links resolved), so the lock, the log and
  /// the backups beside it are the same for every desk.
  static func database(option: String?, env: [String: String]) throws -> String {
    if let option, !option.isEmpty { return FileIdentity.canonical(option) }
    if let path = env["SKRANKE_DB"], !path.isEmpty { return FileIdentity.canonical(path) }
    let base: String
    if let xdg = env["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      base = xdg
    } else if let home = env["HOME"], !home.isEmpty {
      base = home + "/.local/share"
    } else {
      throw CLIError.message(
        "HOME", "Kan ikke finde en mappe til databasen: sæt --db eller SKRANKE_DB.",
        "Cannot find a folder for the database: set --db or SKRANKE_DB.")
    }
    let folder = base + "/skranke"
    try makeDirectories(folder)
    return FileIdentity.canonical(folder + "/skranke.db")
  }

  static func makeDirectories(_ path: String) throws {
    var current = ""
    for part in path.split(separator: "/") {
      current += "/" + part
      if mkdir(current, 0o700) != 0 && errno != EEXIST {
        let reason = SystemReason.current
        throw CLIError.message(
          "mkdir", "Kan ikke oprette mappen \(current): \(reason.text(.danish))",
          "Cannot create the folder \(current): \(reason.text(.english))")
      }
    }
  }

  /// A new private temporary folder (under `$TMPDIR`, else /tmp).
  static func temporaryDirectory(prefix: String, env: [String: String]) throws -> String {
    let base = env["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/" + prefix + "-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      let reason = SystemReason.current
      throw CLIError.message(
        "tmp", "Kan ikke oprette en midlertidig mappe: \(reason.text(.danish))",
        "Cannot create a temporary folder: \(reason.text(.english))")
    }
    return String(cString: made)
  }

  /// Removes a folder skranke made for the demo and everything in it,
  /// one level of subfolders deep (the backups folder); never follows a
  /// link out of it.
  static func removeFolder(_ path: String) {
    guard FileIdentity.isDirectory(path) else { return }
    for name in FileIdentity.names(in: path) {
      let child = path + "/" + name
      var info = stat()
      if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
        for inner in FileIdentity.names(in: child) { unlink(child + "/" + inner) }
        rmdir(child)
      } else {
        unlink(child)
      }
    }
    rmdir(path)
  }

  /// The demo CSV folder: `$SKRANKE_DATA_DIR`, else a `data/` folder next to
  /// the program or above it (a checkout's `.build/...`), else `./data`.
  static func demoData(env: [String: String]) -> String? {
    func hasData(_ dir: String) -> Bool { access(dir + "/associations.csv", R_OK) == 0 }
    if let dir = env["SKRANKE_DATA_DIR"], hasData(dir) { return dir }
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if count > 0 {
      var dir = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      while let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
        dir = String(dir[..<slash])
        if hasData(dir + "/data") { return dir + "/data" }
        if hasData(dir + "/share/skranke/data") { return dir + "/share/skranke/data" }
      }
    }
    return hasData("data") ? "data" : nil
  }
}
