/// The applications the centre helps with: saving with every rule checked
/// first (said next to its field), and each change written, in the same
/// transaction, to the application's log (the association's file) and to
/// the timeline of the inquiry it came in as.
public struct ApplicationStore {
  public let db: Database
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  public enum Field: String, CaseIterable, Sendable {
    case round, association, inquiry, purpose
    case amountApplied = "amount_applied"
    case helper, status
    case amountGranted = "amount_granted"
    case decidedOn = "decided_on"
    case reportDue = "report_due"
  }

  public enum Problem: Error, Equatable {
    case invalid([Field: FieldError])
    /// Another desk saved it since it was read.
    case changedMeanwhile
  }

  /// Inserts (no id) or updates an application, by `staffID`; returns its id.
  @discardableResult
  public func save(_ input: GrantApplication, by staffID: Int64) throws -> Int64 {
    try db.write {
      let application = try checked(input)
      guard let id = application.id else { return try insert(application, by: staffID) }
      guard let old = try self.application(id: id) else { throw Problem.changedMeanwhile }
      guard old.version == application.version else { throw Problem.changedMeanwhile }
      try db.run(
        """
        UPDATE grant_applications SET round_id = ?, association_id = ?, inquiry_id = ?,
          purpose = ?, amount_applied = ?, helper_id = ?, status = ?, amount_granted = ?,
          decided_on = ?, report_due = ?, version = version + 1
        WHERE id = ? AND version = ?
        """, values(application) + [.integer(id), .integer(Int64(application.version))])
      guard db.changes == 1 else { throw Problem.changedMeanwhile }
      let saved = try self.application(id: id) ?? application
      try log(changes(from: old, to: saved), of: saved, by: staffID)
      return id
    }
  }

  private func insert(_ application: GrantApplication, by staffID: Int64) throws -> Int64 {
    try db.run(
      """
      INSERT INTO grant_applications(round_id, association_id, inquiry_id, purpose,
        amount_applied, helper_id, status, amount_granted, decided_on, report_due, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """, values(application) + [.text(clock.stamp())])
    let id = db.lastInsertRowID
    let saved = try self.application(id: id) ?? application
    try log(
      [Change(kind: .created, field: nil, old: "", new: saved.status.rawValue)], of: saved,
      by: staffID)
    return id
  }

  private func values(_ application: GrantApplication) -> [SQLValue] {
    [
      .integer(application.roundID), .integer(application.associationID),
      .int64(application.inquiryID), .text(application.purpose),
      .integer(Int64(application.amountApplied)), .integer(application.helperID),
      .text(application.status.rawValue), .int64(application.amountGranted.map(Int64.init)),
      .optionalText(application.decidedOn?.iso), .optionalText(application.reportDue?.iso),
    ]
  }

  struct Change {
    let kind: GrantEvent.Kind
    let field: Field?
    let old: String
    let new: String
  }

  /// What changed, as the log words it: amounts in kroner, dates ISO, the
  /// helper's initials, the round as its fund and deadline.
  private func changes(from old: GrantApplication, to new: GrantApplication) -> [Change] {
    var out: [Change] = []
    if old.status != new.status {
      out.append(
        Change(kind: .status, field: nil, old: old.status.rawValue, new: new.status.rawValue))
    }
    func edit(_ field: Field, _ a: String, _ b: String) {
      if a != b { out.append(Change(kind: .edited, field: field, old: a, new: b)) }
    }
    edit(.round, Self.roundText(old), Self.roundText(new))
    edit(.purpose, old.purpose, new.purpose)
    edit(.amountApplied, String(old.amountApplied), String(new.amountApplied))
    edit(.helper, old.helperInitials, new.helperInitials)
    edit(
      .amountGranted, old.amountGranted.map(String.init) ?? "",
      new.amountGranted.map(String.init) ?? "")
    edit(.decidedOn, old.decidedOn?.iso ?? "", new.decidedOn?.iso ?? "")
    edit(.reportDue, old.reportDue?.iso ?? "", new.reportDue?.iso ?? "")
    edit(.association, old.associationName, new.associationName)
    edit(.inquiry, old.inquiryID.map(String.init) ?? "", new.inquiryID.map(String.init) ?? "")
    return out
  }

  /// `§ 18-puljen 15-04-2027`: which round, in every log line.
  static func roundText(_ application: GrantApplication) -> String {
    application.fundName + " " + application.deadline.numeric
  }

  private func log(_ changes: [Change], of application: GrantApplication, by staffID: Int64)
    throws
  {
    guard let id = application.id, !changes.isEmpty else { return }
    let at = clock.stamp()
    for change in changes {
      try db.run(
        """
        INSERT INTO grant_events(application_id, at, staff_id, kind, field, old_value, new_value)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .integer(id), .text(at), .integer(staffID), .text(change.kind.rawValue),
          .optionalText(change.field?.rawValue), .text(change.old), .text(change.new),
        ])
    }
    guard let inquiryID = application.inquiryID else { return }
    let text = Self.roundText(application) + ": " + application.purpose
    try InquiryStore(db: db, clock: clock).append(
      changes.map {
        EventDraft(kind: .grant, grantField: $0.field, old: $0.old, new: $0.new, text: text)
      },
      to: inquiryID, by: staffID)
    try db.run("UPDATE inquiries SET version = version + 1 WHERE id = ?", [.integer(inquiryID)])
  }
}

extension ApplicationStore.Problem: UserFacingError {
  public func message(_ lang: Language) -> String {
    switch self {
    case .invalid(let errors): return FieldError.line(errors, lang)
    case .changedMeanwhile:
      return lang.pick(
        "ansøgningen er ændret ved en anden skranke imens; åbn den igen",
        "the application was changed at another desk meanwhile; open it again")
    }
  }
}
