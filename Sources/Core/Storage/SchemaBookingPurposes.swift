extension Schema {
  /// Version 15: Find reaches bookings by their purpose ("generalforsamling",
  /// "bestyrelsesmøde"). A booking's purpose is typed again for each date,
  /// so the distinct purposes are few: each is kept once with its folded
  /// text (`booking_purposes`, filled by `BookingPurposes` wherever a
  /// purpose is written), and the bookings of one purpose are read in time
  /// order by an index, a handful at a time, however many there are.
  static let v15 = """
    CREATE TABLE booking_purposes(
      purpose TEXT PRIMARY KEY,
      fold TEXT NOT NULL) WITHOUT ROWID;
    CREATE INDEX bookings_purpose ON bookings(purpose, starts_at)
      WHERE status = 'active' AND purpose <> '';
    """

  @Sendable static func keepBookingPurposes(_ db: Database) throws {
    let purposes = try db.map("SELECT DISTINCT purpose FROM bookings WHERE purpose <> ''") {
      $0.text("purpose")
    }
    for purpose in purposes { try BookingPurposes.keep(purpose, in: db) }
  }
}

/// The distinct purposes bookings were made with, folded for Find.
public enum BookingPurposes {
  /// Keeps `purpose` (if not kept already); call inside the write that
  /// stores it. A purpose no longer used stays: Find reads bookings
  /// through it, so it finds nothing.
  public static func keep(_ purpose: String, in db: Database) throws {
    guard !purpose.isEmpty else { return }
    try db.run(
      "INSERT OR IGNORE INTO booking_purposes(purpose, fold) VALUES (?, ?)",
      [.text(purpose), .text(DanishFolding.fold(purpose))])
  }
}
