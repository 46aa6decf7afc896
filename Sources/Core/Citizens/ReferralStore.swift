/// Referring a citizen to an activity and following the referral through.
/// A referral from an inquiry is written on that inquiry's timeline, and
/// the inquiry cannot be closed while the referral waits for an answer.
public struct ReferralStore {
  public let db: Database
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  static let select = """
    SELECT r.id, r.citizen_id, r.activity_id, r.inquiry_id, r.referred_on, s.initials, r.status,
           r.follow_up, v.title, a.name AS association_name
    FROM referrals r JOIN staff s ON s.id = r.staff_id
    JOIN activities v ON v.id = r.activity_id JOIN associations a ON a.id = v.association_id
    """

  static func referral(_ row: Statement) -> Referral {
    Referral(
      id: row.int("id"), citizenID: row.optionalInt("citizen_id"),
      activityID: row.int("activity_id"), inquiryID: row.optionalInt("inquiry_id"),
      referredOn: Day(iso: row.text("referred_on")) ?? Day(ordinal: 0),
      staffInitials: row.text("initials"),
      status: ReferralStatus(rawValue: row.text("status")) ?? .suggested,
      followUp: row.isNull("follow_up") ? nil : Day(iso: row.text("follow_up")),
      activityTitle: row.text("title"), associationName: row.text("association_name"))
  }

  public func referrals(citizenID: Int64) throws -> [Referral] {
    try db.map(
      Self.select + " WHERE r.citizen_id = ? ORDER BY r.referred_on DESC, r.id DESC",
      [.integer(citizenID)], Self.referral)
  }

  public func referrals(inquiryID: Int64) throws -> [Referral] {
    try db.map(
      Self.select + " WHERE r.inquiry_id = ? ORDER BY r.id", [.integer(inquiryID)], Self.referral)
  }

  public func referral(id: Int64) throws -> Referral? {
    try db.map(Self.select + " WHERE r.id = ?", [.integer(id)], Self.referral).first
  }

  /// Refers the citizen; status "suggested" with a follow-up date. One
  /// open referral per citizen and activity: a second is refused unless
  /// `again` says the worker was asked and chose to refer once more.
  @discardableResult
  public func refer(
    citizenID: Int64, activityID: Int64, inquiryID: Int64?, followUp: Day, again: Bool = false,
    by staffID: Int64
  ) throws -> Referral {
    try db.write {
      guard
        try db.scalarInt("SELECT count(*) FROM citizens WHERE id = ?", [.integer(citizenID)]) == 1
      else { throw CitizenError.notFound }
      if !again, let open = try openReferral(citizenID: citizenID, activityID: activityID) {
        throw CitizenError.alreadyReferred(open.status, open.referredOn)
      }
      // The association's contact goes on the inquiry's timeline with it.
      let title = try activityLabel(activityID) + contactLabel(activityID)
      if let inquiryID {
        let status = try db.map("SELECT status FROM inquiries WHERE id = ?", [.integer(inquiryID)])
        {
          $0.text("status")
        }.first
        guard let status else { throw CitizenError.inquiryNotFound }
        guard status != "closed" else { throw InquiryError.alreadyClosed }
      }
      let stamp = clock.stamp()
      try db.run(
        """
        INSERT INTO referrals(citizen_id, activity_id, inquiry_id, referred_on, staff_id, status,
          follow_up, updated_at)
        VALUES (?, ?, ?, ?, ?, 'suggested', ?, ?)
        """,
        [
          .integer(citizenID), .integer(activityID), .int64(inquiryID),
          .text(clock.now().day.iso), .integer(staffID), .text(followUp.iso), .text(stamp),
        ])
      let id = db.lastInsertRowID
      try db.run(
        "UPDATE citizens SET updated_at = ? WHERE id = ?", [.text(stamp), .integer(citizenID)])
      if let inquiryID {
        try log(inquiryID, new: ReferralStatus.suggested.rawValue, text: title, by: staffID)
        try bringForward(inquiryID, to: followUp, by: staffID)
      }
      return try referral(id: id)!
    }
  }

  /// Moves a referral on: contacted (with a new follow-up date), started or
  /// did not start (the outcome; no follow-up needed).
  @discardableResult
  public func setStatus(_ status: ReferralStatus, followUp: Day?, of id: Int64, by staffID: Int64)
    throws -> Referral
  {
    if status.isPending && followUp == nil { throw CitizenError.followUpRequired }
    return try db.write {
      guard let current = try referral(id: id) else { throw CitizenError.notFound }
      let stamp = clock.stamp()
      try db.run(
        "UPDATE referrals SET status = ?, follow_up = ?, updated_at = ? WHERE id = ?",
        [
          .text(status.rawValue), .optionalText(status.isPending ? followUp?.iso : nil),
          .text(stamp), .integer(id),
        ])
      if let citizenID = current.citizenID {
        try db.run(
          "UPDATE citizens SET updated_at = ? WHERE id = ?", [.text(stamp), .integer(citizenID)])
      }
      if let inquiryID = current.inquiryID {
        try log(
          inquiryID, old: current.status.rawValue, new: status.rawValue,
          text: current.activityTitle + " (" + current.associationName + ")", by: staffID)
        if status.isPending, let followUp { try bringForward(inquiryID, to: followUp, by: staffID) }
      }
      return try referral(id: id)!
    }
  }

  /// How many referrals on an inquiry still wait for an answer.
  public func pendingCount(inquiryID: Int64) throws -> Int {
    Int(
      try db.scalarInt(
        "SELECT count(*) FROM referrals WHERE inquiry_id = ? AND status IN ('suggested', 'contacted')",
        [.integer(inquiryID)]))
  }

  /// The citizen's open (suggested or contacted) referral to an activity.
  public func openReferral(citizenID: Int64, activityID: Int64) throws -> Referral? {
    try referrals(citizenID: citizenID).first {
      $0.activityID == activityID && $0.status.isPending
    }
  }

  /// " · Poul Ravn · 98 37 14 21" (empty when none is known).
  private func contactLabel(_ activityID: Int64) throws -> String {
    let parts =
      try db.map(
        """
        SELECT a.contact_person, a.phone FROM activities v
        JOIN associations a ON a.id = v.association_id WHERE v.id = ?
        """, [.integer(activityID)]
      ) {
        [$0.text("contact_person"), Validation.formatPhone($0.text("phone"))].filter { !$0.isEmpty }
      }
      .first ?? []
    return parts.isEmpty ? "" : " · " + parts.joined(separator: " · ")
  }

  private func activityLabel(_ activityID: Int64) throws -> String {
    guard
      let label = try db.map(
        """
        SELECT v.title || ' (' || a.name || ')' AS label FROM activities v
        JOIN associations a ON a.id = v.association_id WHERE v.id = ?
        """, [.integer(activityID)], { $0.text("label") }
      ).first
    else { throw CitizenError.activityNotFound }
    return label
  }

  /// Moves an open inquiry's follow-up date earlier when the referral is to
  /// be followed up first, so the owner sees it in "Mine" on that day.
  private func bringForward(_ inquiryID: Int64, to day: Day, by staffID: Int64) throws {
    guard
      let current = try db.map(
        "SELECT follow_up FROM inquiries WHERE id = ? AND status <> 'closed'",
        [.integer(inquiryID)],
        { $0.text("follow_up") }
      ).first, let date = Day(iso: current), day < date
    else { return }
    try db.run(
      "UPDATE inquiries SET follow_up = ? WHERE id = ?", [.text(day.iso), .integer(inquiryID)])
    try InquiryStore(db: db, clock: clock).append(
      [EventDraft(kind: .followUp, old: date.iso, new: day.iso)], to: inquiryID, by: staffID)
  }

  /// A referral entry on the inquiry's timeline ("suggested → started"),
  /// and the inquiry's version moves on so other desks re-read it.
  private func log(
    _ inquiryID: Int64, old: String = "", new: String, text: String, by staffID: Int64
  ) throws {
    try InquiryStore(db: db, clock: clock).append(
      [EventDraft(kind: .referral, old: old, new: new, text: text)], to: inquiryID, by: staffID)
    try db.run("UPDATE inquiries SET version = version + 1 WHERE id = ?", [.integer(inquiryID)])
  }
}
