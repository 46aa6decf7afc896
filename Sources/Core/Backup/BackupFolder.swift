import Glibc

/// One automatic backup: its file and the day it was taken.
public struct BackupFile: Equatable, Sendable {
  public let path: String
  public let day: Day
  /// When it was taken (`08:12`), when known.
  public let time: String?

  public init(path: String, day: Day, time: String? = nil) {
    self.path = path
    self.day = day
    self.time = time
  }
}

/// The folder beside the database that holds its automatic backups
/// (`skranke.db.backups/auto-2026-11-30.db`) and its erasure log. Backups
/// hold personal data: the folder is 0700 and every file in it 0600.
public struct BackupFolder: Sendable {
  public let path: String

  public init(database: String) { path = database + ".backups" }

  public static let prefix = "auto-"

  /// Makes the folder if needed and tightens its mode if someone loosened it.
  public func create() throws(BackupError) {
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw .cannotWrite(path: path, reason: .current)
    }
    chmod(path, 0o700)
  }

  public func file(for day: Day) -> String { path + "/" + Self.prefix + day.iso + ".db" }

  /// The automatic backups, newest first.
  public func files() -> [BackupFile] {
    var out: [BackupFile] = []
    for name in names() {
      guard name.hasPrefix(Self.prefix), name.hasSuffix(".db"),
        let day = Day(iso: String(name.dropFirst(Self.prefix.count).dropLast(3)))
      else { continue }
      let file = path + "/" + name
      out.append(BackupFile(path: file, day: day, time: BackupSummary.modified(file)?.time))
    }
    return out.sorted { $0.day > $1.day }
  }

  /// The names of the files in the folder.
  private func names() -> [String] { FileIdentity.names(in: path) }

  public func newest() -> BackupFile? { files().first }

  /// Which backups to keep: the 7 newest, and the newest of each of the 4
  /// latest weeks those do not reach. The rest are removed.
  public static func keep(_ files: [BackupFile], daily: Int = 7, weekly: Int = 4) -> [BackupFile] {
    let sorted = files.sorted { $0.day > $1.day }
    func week(_ file: BackupFile) -> Int { file.day.isoWeek.year * 100 + file.day.isoWeek.week }
    var kept = Array(sorted.prefix(daily))
    // Weeks the daily copies already cover need no weekly one.
    var weeks = Set(kept.map(week))
    var weeklies = 0
    for file in sorted.dropFirst(daily) where weeklies < weekly && !weeks.contains(week(file)) {
      weeks.insert(week(file))
      weeklies += 1
      kept.append(file)
    }
    return kept
  }

  /// Removes the backups `keep` does not keep, and half-made copies left
  /// by a process that was killed; returns how many backups went.
  @discardableResult
  public func prune() -> Int {
    let all = files()
    let kept = Set(Self.keep(all).map(\.path))
    var removed = 0
    for file in all where !kept.contains(file.path) {
      if unlink(file.path) == 0 { removed += 1 }
    }
    for name in names() {
      let parts = name.split(separator: "-")
      guard name.contains(".tmp-"), let last = parts.last,
        let pid = Int32(last), kill(pid, 0) != 0 && errno == ESRCH
      else { continue }
      unlink(path + "/" + name)
    }
    return removed
  }
}
