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

  /// Makes the folder if needed and tightens its mode, and every file's
  /// in it (a copy an older skranke or a person left at 0644), if someone
  /// loosened them.
  public func create() throws(BackupError) {
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw .cannotWrite(path: path, reason: .current)
    }
    chmod(path, 0o700)
    for name in names() {
      var info = stat()
      let file = path + "/" + name
      if lstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o077 != 0 {
        chmod(file, 0o600)
      }
    }
  }

  public func file(for day: Day) -> String { path + "/" + Self.prefix + day.iso + ".db" }

  /// The automatic backups, newest first; those dated after `today` (made
  /// by a desk whose clock was wrong) come after every real one, so they
  /// are never taken for the newest.
  public func files(today: Day = Day.today()) -> [BackupFile] {
    var out: [BackupFile] = []
    for name in names() {
      guard name.hasPrefix(Self.prefix), name.hasSuffix(".db"),
        let day = Day(iso: String(name.dropFirst(Self.prefix.count).dropLast(3)))
      else { continue }
      let file = path + "/" + name
      out.append(BackupFile(path: file, day: day, time: BackupSummary.modified(file)?.time))
    }
    return out.sorted { a, b in
      (a.day > today) == (b.day > today) ? a.day > b.day : b.day > today
    }
  }

  /// The names of the files in the folder.
  private func names() -> [String] { FileIdentity.names(in: path) }

  /// The newest backup taken no later than today.
  public func newest(today: Day = Day.today()) -> BackupFile? {
    files(today: today).first { $0.day <= today }
  }

  /// When a backup taken on `day` is removed at the latest, with a backup
  /// taken each day: 7 days as one of the daily copies, then 4 weeks as
  /// its week's copy.
  public static func goneBy(_ day: Day, daily: Int = 7, weekly: Int = 4) -> Day {
    day.adding(daily + 7 * weekly)
  }

  /// Which backups to keep: the 7 newest, and the newest of each of the 4
  /// latest weeks those do not reach. The rest are removed. Copies dated
  /// after today never take a real one's place: the 7 newest of them are
  /// kept apart.
  public static func keep(
    _ files: [BackupFile], daily: Int = 7, weekly: Int = 4, today: Day = Day.today()
  ) -> [BackupFile] {
    let future = files.filter { $0.day > today }.sorted { $0.day > $1.day }.prefix(daily)
    let sorted = files.filter { $0.day <= today }.sorted { $0.day > $1.day }
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
    return kept + future
  }

  /// Removes the backups `keep` does not keep, and half-made copies left
  /// by a process that was killed; returns how many backups went.
  @discardableResult
  public func prune(today: Day = Day.today()) -> Int {
    let all = files(today: today)
    let kept = Set(Self.keep(all, today: today).map(\.path))
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
