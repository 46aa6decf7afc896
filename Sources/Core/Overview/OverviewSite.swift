import Glibc

/// Writes the overview as a folder: `index.html`, `hefte.html` and a page
/// per association under `foreninger/`. All or nothing: the site is made
/// in a temporary folder beside the target and renamed into place at the
/// end, so a full disk leaves the last overview as it was. A folder is
/// replaced only when it is empty or holds nothing but an earlier overview
/// (never a folder with anything else in it).
public enum OverviewSite {
  public enum Failure: Error, Equatable {
    case notAFolder(String)
    /// The folder holds files that are not an overview skranke wrote.
    case notAnOverview(String)
    case cannotWrite(String, SystemReason)
  }

  /// The files written, counting the index and the booklet.
  @discardableResult
  public static func write(_ pages: OverviewPages, entries: [Overview.Entry], to folder: String)
    throws(Failure) -> Int
  {
    // The real folder, not a link to it: renaming a link would move the
    // link and leave the published folder behind (and empty it).
    let target = FileIdentity.canonical(
      folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
    let replacing = try checkTarget(target)
    let temporary = target + ".tmp-\(getpid())"
    remove(temporary)
    var files: [(String, String)] = [
      ("index.html", pages.index()), (OverviewPages.booklet, pages.bookletPage()),
    ]
    for entry in entries {
      files.append((OverviewPages.folder + "/" + entry.file, pages.page(entry)))
    }
    do {
      try makeFolder(temporary)
      if replacing { keepMode(of: target, on: temporary) }
      try makeFolder(temporary + "/" + OverviewPages.folder)
      for (name, text) in files { try writeFile(temporary + "/" + name, text) }
    } catch {
      remove(temporary)
      throw error
    }
    let old = target + ".old-\(getpid())"
    if replacing {
      guard rename(target, old) == 0 else {
        let reason = SystemReason(code: errno)
        remove(temporary)
        throw .cannotWrite(target, reason)
      }
    }
    guard rename(temporary, target) == 0 else {
      let reason = SystemReason(code: errno)
      if replacing { rename(old, target) }
      remove(temporary)
      throw .cannotWrite(target, reason)
    }
    if replacing { remove(old) }
    removeLeftovers(of: target)
    return files.count
  }

  /// The published folder keeps its mode and group (a web server reads it).
  private static func keepMode(of old: String, on new: String) {
    var info = stat()
    guard stat(old, &info) == 0 else { return }
    chmod(new, info.st_mode & 0o7777)
    _ = chown(new, UInt32.max, info.st_gid)  // allowed only for one's own groups
  }

  /// A run stopped between its two renames (`kill -9`, a power cut) leaves
  /// `FOLDER.old-PID` or `FOLDER.tmp-PID` beside the folder: removed on the
  /// next run, when they hold nothing but an overview.
  private static func removeLeftovers(of target: String) {
    let slash = target.lastIndex(of: "/")
    let parent = slash.map { String(target[..<$0]) } ?? "."
    let base = slash.map { String(target[target.index(after: $0)...]) } ?? target
    for name in entries(parent.isEmpty ? "/" : parent) {
      for marker in [".old-", ".tmp-"] where name.hasPrefix(base + marker) {
        let pid = name.dropFirst(base.count + marker.count)
        let path = parent + "/" + name
        if !pid.isEmpty, pid.allSatisfy(\.isNumber), holdsOnlyAnOverview(path) { remove(path) }
      }
    }
  }

  private static func holdsOnlyAnOverview(_ path: String) -> Bool {
    let ours = Set(["index.html", OverviewPages.booklet, OverviewPages.folder])
    return FileIdentity.isDirectory(path) && Set(entries(path)).isSubset(of: ours)
      && entries(path + "/" + OverviewPages.folder).allSatisfy {
        $0.hasSuffix(".html") && !$0.hasPrefix(".")
      }
  }

  /// Whether there is an earlier overview (or an empty folder) to replace.
  private static func checkTarget(_ target: String) throws(Failure) -> Bool {
    guard FileIdentity.exists(target) else { return false }
    guard FileIdentity.isDirectory(target) else { throw .notAFolder(target) }
    if entries(target).isEmpty { return true }
    guard holdsOnlyAnOverview(target), isOurs(target + "/index.html") else {
      throw .notAnOverview(target)
    }
    return true
  }

  /// An index page skranke wrote carries its generator mark near the top.
  private static func isOurs(_ index: String) -> Bool {
    guard let bytes = try? BinaryFile.read(index) else { return false }
    return String(decoding: bytes.prefix(600), as: UTF8.self)
      .contains("content=\"\(OverviewPages.generator)\"")
  }

  private static func makeFolder(_ path: String) throws(Failure) {
    if mkdir(path, 0o755) != 0 { throw .cannotWrite(path, SystemReason(code: errno)) }
  }

  private static func writeFile(_ path: String, _ text: String) throws(Failure) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .cannotWrite(path, SystemReason(code: errno)) }
    defer { close(fd) }
    guard Output.write(fd, text), fsync(fd) == 0 else {
      throw .cannotWrite(path, SystemReason(code: errno))
    }
  }

  static func entries(_ path: String) -> [String] { FileIdentity.names(in: path) }

  /// Removes a site folder this code made (its two levels, nothing else).
  private static func remove(_ path: String) {
    guard FileIdentity.isDirectory(path) else { return }
    let pages = path + "/" + OverviewPages.folder
    for name in entries(pages) { unlink(pages + "/" + name) }
    rmdir(pages)
    for name in entries(path) { unlink(path + "/" + name) }
    rmdir(path)
  }
}

extension OverviewSite.Failure: UserFacingError {
  public func message(_ lang: Language) -> String {
    switch self {
    case .notAFolder(let path):
      return lang.pick(
        "\(path) er en fil, ikke en mappe; vælg en mappe til oversigten. Intet er skrevet.",
        "\(path) is a file, not a folder; choose a folder for the overview. Nothing was written.")
    case .notAnOverview(let path):
      return lang.pick(
        "\(path) indeholder andet end en oversigt fra skranke; vælg en tom eller ny mappe. Intet er skrevet.",
        "\(path) holds other things than an overview from skranke; choose an empty or new folder. Nothing was written."
      )
    case .cannotWrite(let path, let reason):
      return lang.pick("Kan ikke skrive \(path): ", "Cannot write \(path): ") + reason.text(lang)
        + lang.pick(
          ". Intet er skrevet; en tidligere oversigt er som før.",
          ". Nothing was written; an earlier overview is as it was.")
    }
  }

  /// 6 is the disk's trouble (full, failing, read-only); any other
  /// refusal is said as what it is, with 1.
  public var exitCode: Int32 {
    if case .cannotWrite(_, let reason) = self {
      return [ENOSPC, EDQUOT, EIO, EROFS].contains(reason.code) ? 6 : 1
    }
    return 2
  }
}
