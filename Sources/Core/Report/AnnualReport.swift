/// The § 18 annual account of what the centre did in a year, in one read:
/// inquiries, referrals, rooms lent, the associations, and the applications
/// it helped with. Every figure is a count or a sum over rows an export
/// also writes, and no table names a citizen (associations and rooms are
/// named; people are only counted).
public struct AnnualReport: Equatable, Sendable {
  public let year: Int
  public var tables: [ReportTable] = []

  /// The first and the day after the last day of the year, as the ISO text
  /// every date column starts with.
  var from: String { "\(year)-01-01" }
  var until: String { "\(year + 1)-01-01" }
  var yearEnd: Day { Day(year: year, month: 12, day: 31)! }

  /// Reads the year in one snapshot, labelled in `lang`.
  public static func make(db: Database, year: Int, lang: Language) throws -> AnnualReport {
    try db.read {
      var report = AnnualReport(year: year)
      let groups = try TargetGroupList(db: db).all()
      try report.addInquiries(db: db, lang: lang)
      try report.addReferrals(db: db, lang: lang, groups: groups)
      try report.addRooms(db: db, lang: lang)
      try report.addAssociations(db: db, lang: lang, groups: groups)
      try report.addGrants(db: db, lang: lang)
      try report.addEvents(db: db, lang: lang, groups: groups)
      return report
    }
  }

  public func table(_ file: String) -> ReportTable? { tables.first { $0.file == file } }

  /// Counts grouped by a key in `sql`, in the query's order: its rows are
  /// the key `AS label` and the count `AS row_count`.
  static func counts(_ db: Database, _ sql: String, _ values: [SQLValue]) throws -> [(
    String, Int
  )] {
    try db.map(sql, values) { ($0.text("label"), Int($0.int("row_count"))) }
  }
}
