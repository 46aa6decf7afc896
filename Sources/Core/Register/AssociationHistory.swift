/// What an association's file shows besides its details: its bookings
/// (the next ones, and the past year's count, hours and fees) and the
/// referrals to its activities with how they went, newest first. No
/// citizen is named: the file is about the association.
public struct AssociationHistory: Equatable, Sendable {
  public struct Referral: Equatable, Sendable {
    public let referredOn: Day
    public let activityTitle: String
    public let status: ReferralStatus
  }

  /// The next few active bookings, soonest first.
  public var upcoming: [Booking] = []
  /// All active bookings from today on.
  public var upcomingCount = 0
  /// Active bookings in the year before today: how many, hours, fees (kr).
  public var pastYearCount = 0
  public var pastYearMinutes = 0
  public var pastYearFees = 0
  /// The latest referrals to its activities.
  public var referrals: [Referral] = []
  /// All referrals to its activities, and how many started.
  public var referralCount = 0
  public var referralsStarted = 0
  /// The latest inquiries from or about it, and how many there are in all
  /// and still open (`AssociationHistory+Inquiries`).
  public var inquiries: [InquiryNote] = []
  public var inquiryCount = 0
  public var inquiriesOpen = 0
  /// The § 18 applications the centre helps with, and their latest
  /// changes, newest first (`AssociationHistory+Grants`).
  public var applications: [GrantApplication] = []
  public var grantEvents: [GrantEvent] = []
  /// The centre's events its people came to, latest first, and how many
  /// in all (`AssociationHistory+Events`); its prize nominations.
  public var events: [EventNote] = []
  public var eventCount = 0
  public var nominations: [Nomination] = []

  public init() {}

  static let shown = 5
  /// Applications listed on the file (the picker behind `a` has them all).
  public static let shownApplications = 5

  /// Read in one snapshot.
  public static func read(associationID id: Int64, db: Database, today: Day) throws
    -> AssociationHistory
  {
    try db.read {
      var history = AssociationHistory()
      let key = SQLValue.integer(id)
      let now = SQLValue.text(today.iso)
      history.upcoming = try db.map(
        """
        SELECT \(BookingStore.columns) FROM bookings b JOIN associations a ON a.id = b.association_id
        LEFT JOIN events e ON e.id = b.event_id
        WHERE b.association_id = ? AND b.status = 'active' AND b.starts_at >= ?
        ORDER BY b.starts_at LIMIT \(shown)
        """, [key, now], BookingStore.booking
      ).compactMap { $0 }
      history.upcomingCount = Int(
        try db.scalarInt(
          """
          SELECT count(*) FROM bookings
          WHERE association_id = ? AND status = 'active' AND starts_at >= ?
          """, [key, now]))
      try db.forEach(
        """
        SELECT count(*) AS booking_count,
          coalesce(sum((julianday(ends_at) - julianday(starts_at)) * 1440), 0) AS minutes,
          coalesce(sum(fee), 0) AS fees
        FROM bookings WHERE association_id = ? AND status = 'active'
          AND starts_at >= ? AND starts_at < ?
        """, [key, .text(today.addingMonths(-12).iso), now]
      ) { row in
        history.pastYearCount = Int(row.int("booking_count"))
        history.pastYearMinutes = Int(row.double("minutes").rounded())
        history.pastYearFees = Int(row.int("fees"))
      }
      history.referrals = try db.map(
        """
        SELECT substr(r.referred_on, 1, 10) AS referred_date, v.title, r.status FROM activities v
          JOIN referrals r ON r.activity_id = v.id
        WHERE v.association_id = ? ORDER BY r.referred_on DESC, r.id DESC LIMIT \(shown)
        """, [key]
      ) { row in
        Referral(
          referredOn: Day(iso: row.text("referred_date")) ?? today,
          activityTitle: row.text("title"),
          status: ReferralStatus(rawValue: row.text("status")) ?? .suggested)
      }
      try db.forEach(
        """
        SELECT count(*) AS referral_count, coalesce(sum(r.status = 'started'), 0) AS started
        FROM activities v JOIN referrals r ON r.activity_id = v.id WHERE v.association_id = ?
        """, [key]
      ) { row in
        history.referralCount = Int(row.int("referral_count"))
        history.referralsStarted = Int(row.int("started"))
      }
      try history.readInquiries(associationID: id, db: db)
      try history.readGrants(associationID: id, db: db)
      try history.readEvents(associationID: id, db: db, today: today)
      return history
    }
  }
}
