/// Reads I dag: my follow-ups this week and what was handed to me, the
/// referrals waiting for an answer, today's bookings with the rooms' notes,
/// series ending within four weeks, and each colleague's open count. Every
/// statement goes through an index holding just its rows (`Schema.v8`),
/// and each is a `SearchStep`, so the benchmark can time the same SQL raw.
public final class TodayStore {
  public let db: Database
  public var clock: Clock
  /// Most rows a section reads: I dag is read at every start, and a
  /// desk with more follow-ups than this works them in F2. The section's
  /// heading says how many there are in all.
  public static let limit = 50
  /// Most bookings the day sheet lists (it holds the whole day).
  public static let sheetLimit = 10_000

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  /// The day for `staffID` (nil: nobody at the keyboard, so only the
  /// house's day), read in one snapshot. Handovers after event `after` are
  /// marked (by default: after the last one I dag showed them).
  public func plan(
    for staffID: Int64?, handoversAfter after: Int64? = nil,
    trace: ((SearchStep) -> Void)? = nil
  ) throws -> TodayPlan {
    let today = clock.now().day
    let steps = TodaySteps(today: today, staffID: staffID, limit: Self.limit)
    func run<T>(_ step: SearchStep, _ row: (Statement) throws -> T) throws -> [T] {
      trace?(step)
      return try db.map(step.sql, step.values, row)
    }
    // How many were not read when a section filled its limit (an
    // index-only count).
    func more(_ read: Int, _ count: SearchStep) throws -> Int {
      guard read >= Self.limit else { return 0 }
      return max(0, (try run(count) { Int($0.int("total")) }.first ?? read) - read)
    }
    return try db.read {
      var plan = TodayPlan()
      if let staffID, let me = try InquiryStore.staffRow(db, id: staffID) {
        let seen = try after ?? seenHandover(staffID: staffID)
        let due = try run(steps.followUps(), InquiryQueries.row)
        plan.followUpsMore = try more(due.count, steps.followUpsCount())
        let handed = try run(steps.handovers(initials: me, after: seen)) {
          (event: $0.int("id"), inquiry: $0.int("inquiry_id"), from: $0.text("old_value"))
        }
        let closed = try run(steps.closedForMe(initials: me, after: seen)) {
          (
            event: $0.int("id"),
            item: ClosedByOther(
              inquiryID: $0.int("inquiry_id"), by: $0.text("initials"),
              outcome: Outcome(rawValue: $0.text("new_value")),
              askerName: $0.text("asker_name"), text: $0.text("text"))
          )
        }
        plan.closedByOthers = closed.map(\.item)
        plan.newestHandover = max(
          seen, handed.map(\.event).max() ?? 0, closed.map(\.event).max() ?? 0)
        var by: [Int64: String] = [:]
        for handover in handed { by[handover.inquiry] = handover.from }
        let missing = Set(by.keys).subtracting(due.map(\.id))
        let extra = missing.isEmpty ? [] : try run(steps.openMine(ids: missing), InquiryQueries.row)
        // A handover due this week past the first 50 is shown (as a
        // handover) and was counted among the rest: not twice.
        let weekEnd = today.monday.adding(6)
        let shownAnyway = extra.filter { ($0.followUp ?? weekEnd.adding(1)) <= weekEnd }.count
        plan.followUpsMore = max(0, plan.followUpsMore - shownAnyway)
        plan.followUps = (due + extra).map { row in
          TodayFollowUp(
            inquiry: row, when: Self.when(row.followUp, today: today), handedOverBy: by[row.id])
        }
        plan.referrals =
          try run(steps.referralsOfMyInquiries(), Self.referral)
          + run(steps.referralsWithoutInquiry(), Self.referral)
        plan.referrals.sort { ($0.followUp, $0.id) < ($1.followUp, $1.id) }
      }
      plan.bookings = try run(steps.bookings(), Self.booking).compactMap { $0 }
      plan.bookingsMore = try more(plan.bookings.count, steps.bookingsCount())
      plan.events = try run(
        EventStore.linesStep(from: today, to: today, limit: Self.limit), EventStore.line)
      plan.endingSeries = try run(steps.endingSeries(), Self.series).compactMap { $0 }
      plan.colleagues = try run(steps.colleagues(), InquiryStore.ownerCount)
      plan.away = try StaffDirectory(db: db).staff().filter { $0.isAway(on: today) }
      plan.deadlines = try run(steps.deadlines(), ApplicationStore.dueRound)
      return plan
    }
  }

  /// All of today's bookings, for the day sheet.
  public func bookingsToday() throws -> [TodayBooking] {
    let steps = TodaySteps(today: clock.now().day, staffID: nil, limit: Self.sheetLimit)
    return try db.map(steps.bookings().sql, steps.bookings().values, Self.booking)
      .compactMap { $0 }
  }

  /// The last handover event I dag showed `staffID` (0: never looked).
  public func seenHandover(staffID: Int64) throws -> Int64 {
    try db.map(
      "SELECT handover_event FROM staff_seen WHERE staff_id = ?", [.integer(staffID)]
    ) { $0.int("handover_event") }.first ?? 0
  }

  /// I dag was shown with handovers up to `event`: they are no longer new.
  public func markSeen(staffID: Int64, upTo event: Int64) throws {
    try db.write {
      try db.run(
        """
        INSERT INTO staff_seen(staff_id, handover_event) VALUES (?, ?)
        ON CONFLICT(staff_id) DO UPDATE SET handover_event = max(handover_event, excluded.handover_event)
        """, [.integer(staffID), .integer(event)])
    }
  }

  static func when(_ day: Day?, today: Day) -> TodayFollowUp.When {
    guard let day else { return .later }
    if day < today { return .overdue }
    if day == today { return .today }
    return day <= today.monday.adding(6) ? .thisWeek : .later
  }

  static func referral(_ row: Statement) -> TodayReferral {
    TodayReferral(
      id: row.int("id"), inquiryID: row.optionalInt("inquiry_id"),
      citizenID: row.optionalInt("citizen_id"), citizenName: row.text("citizen_name"),
      activityTitle: row.text("title"), associationName: row.text("association_name"),
      status: ReferralStatus(rawValue: row.text("status")) ?? .suggested,
      followUp: Day(iso: row.text("follow_up")) ?? Day(ordinal: 0))
  }

  static func booking(_ row: Statement) -> TodayBooking? {
    guard let booking = BookingStore.booking(row) else { return nil }
    return TodayBooking(
      booking: booking, roomName: row.text("room_name"), roomNotes: row.text("notes"),
      address: row.text("address"), contactPerson: row.text("contact_person"),
      phone: Validation.formatPhone(row.text("phone")),
      firstOfSeries: row.int("first_of_series") == 1)
  }

  static func series(_ row: Statement) -> EndingSeries? {
    guard let last = Day(iso: row.text("last")), let starts = ClockTime(row.text("starts")),
      let ends = ClockTime(row.text("ends"))
    else { return nil }
    return EndingSeries(
      seriesID: row.int("id"), roomID: row.int("room_id"), roomName: row.text("room_name"),
      associationName: row.text("association_name"), lastDay: last, starts: starts, ends: ends)
  }
}
