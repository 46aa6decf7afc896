import Glibc

/// What a database file holds, in the words a centre counts its work in,
/// and when it was last written: shown before a restore, so the leader can
/// see which copy brings back what (an early copy of the day may hold
/// nothing of it).
public struct BackupSummary: Equatable, Sendable {
  public let written: (day: Day, time: String)?
  public let associations: Int
  public let inquiries: Int
  public let citizens: Int
  public let bookings: Int

  public static func == (a: BackupSummary, b: BackupSummary) -> Bool {
    a.written?.day == b.written?.day && a.written?.time == b.written?.time
      && a.associations == b.associations && a.inquiries == b.inquiries
      && a.citizens == b.citizens && a.bookings == b.bookings
  }

  /// Nil when the file cannot be read as a skranke database.
  public static func of(_ path: String) -> BackupSummary? {
    guard FileIdentity.isSQLite(path), let db = RawConnection(path: path, readOnly: true),
      case .success(let rows) = db.table(
        """
        SELECT (SELECT count(*) FROM associations), (SELECT count(*) FROM inquiries),
          (SELECT count(*) FROM citizens), (SELECT count(*) FROM bookings)
        """),
      let row = rows.first, row.count == 4
    else { return nil }
    let counts = row.map { Int($0) ?? 0 }
    return BackupSummary(
      written: modified(path), associations: counts[0], inquiries: counts[1], citizens: counts[2],
      bookings: counts[3])
  }

  /// "søn 29-11-2026 kl. 08:12: 70 foreninger, 312 henvendelser, …"
  /// `withTime: false` for a live database, whose file time says little
  /// (its latest writes may still be in the write-ahead log).
  public func text(_ lang: Language, withTime: Bool = true) -> String {
    let when = (withTime ? written : nil).map {
      lang.pick("\($0.day.label(lang)) kl. \($0.time)", "\($0.day.label(lang)) at \($0.time)")
    }
    let counts = lang.pick(
      "\(associations) foreninger, \(inquiries) henvendelser, \(citizens) borgere, \(bookings) bookinger",
      "\(associations) associations, \(inquiries) inquiries, \(citizens) citizens, \(bookings) bookings"
    )
    return (when.map { $0 + ": " } ?? "") + counts
  }

  /// The local day and time the file was last written.
  static func modified(_ path: String) -> (day: Day, time: String)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    var seconds = info.st_mtim.tv_sec
    var parts = tm()
    localtime_r(&seconds, &parts)
    guard
      let day = Day(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    else { return nil }
    return (day, Day.two(Int(parts.tm_hour)) + ":" + Day.two(Int(parts.tm_min)))
  }
}
