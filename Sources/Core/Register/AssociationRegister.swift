/// The centre's register of the associations: confirming details with one
/// key, the list of those not confirmed for a while (oldest first), and
/// the register's own fields. See `RegisterEntry`.
public final class AssociationRegister {
  public let db: Database
  public var clock: Clock

  /// How old a confirmation may be, in months, before it is stale.
  public static let staleMonths = 12
  public static let monthsRange = 1...600

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  /// The register's fields for `associationID` (empty when nothing kept).
  public func entry(associationID: Int64) throws -> RegisterEntry {
    try db.map(
      """
      SELECT confirmed_on, centre_contact_id, insured_since, insured_activities,
        agreement_signed, agreement_ends
      FROM association_register WHERE association_id = ?
      """, [.integer(associationID)]
    ) { row in
      RegisterEntry(
        confirmedOn: Day(iso: row.text("confirmed_on")),
        centreContactID: row.optionalInt("centre_contact_id"),
        insuredSince: Day(iso: row.text("insured_since")),
        insuredActivities: row.text("insured_activities"),
        agreementSigned: Day(iso: row.text("agreement_signed")),
        agreementEnds: Day(iso: row.text("agreement_ends")))
    }.first ?? RegisterEntry()
  }

  /// The association confirmed its details today (on the phone).
  public func confirm(associationID: Int64) throws {
    try db.write {
      try requireAssociation(associationID)
      try db.run(
        """
        INSERT INTO association_register(association_id, confirmed_on) VALUES (?, ?)
        ON CONFLICT(association_id) DO UPDATE SET confirmed_on = excluded.confirmed_on
        """, [.integer(associationID), .text(clock.now().day.iso)])
    }
  }

  /// Throws `notFound` unless the association exists (inside the write).
  private func requireAssociation(_ id: Int64) throws {
    let known = try db.scalarInt("SELECT count(*) FROM associations WHERE id = ?", [.integer(id)])
    guard known == 1 else { throw StoreError.notFound }
  }

  /// Active associations not confirmed for `months` months (or never),
  /// never-confirmed first, then the oldest confirmation first.
  public func stale(months: Int = staleMonths) throws -> [StaleAssociation] {
    let cutoff = clock.now().day.addingMonths(-months)
    return try db.map(
      """
      SELECT a.id, a.name, coalesce(r.confirmed_on, '') AS last_confirmed, a.contact_person,
        a.phone, a.email, coalesce(s.initials, '') AS centre_contact
      FROM associations a LEFT JOIN association_register r ON r.association_id = a.id
        LEFT JOIN staff s ON s.id = r.centre_contact_id
      WHERE a.active = 1 AND (r.confirmed_on IS NULL OR r.confirmed_on < ?)
      ORDER BY coalesce(r.confirmed_on, ''), a.sort_key, a.id
      """, [.text(cutoff.iso)]
    ) { row in
      StaleAssociation(
        id: row.int("id"), name: row.text("name"),
        confirmedOn: Day(iso: row.text("last_confirmed")),
        contactPerson: row.text("contact_person"), phone: Validation.formatPhone(row.text("phone")),
        email: row.text("email"), centreContact: row.text("centre_contact"))
    }
  }
}

/// The register's fields as saved; the form checks dates as typed.
extension AssociationRegister {
  public enum Problem: UserFacingError, Equatable {
    /// The cooperation agreement ends before it was signed.
    case agreementEndsBeforeSigned
    case unknownStaff

    public func message(_ lang: Language) -> String {
      switch self {
      case .agreementEndsBeforeSigned:
        return lang.pick(
          "samarbejdsaftalen udløber, før den er underskrevet",
          "the agreement ends before it was signed")
      case .unknownStaff:
        return lang.pick("ukendt medarbejder", "unknown staff member")
      }
    }

    public var exitCode: Int32 { 1 }
  }

  /// Saves every field of `entry` for `associationID` in one write.
  public func save(_ entry: RegisterEntry, associationID: Int64) throws {
    if let signed = entry.agreementSigned, let ends = entry.agreementEnds, ends < signed {
      throw Problem.agreementEndsBeforeSigned
    }
    let covered = try Validation.text(entry.insuredActivities).get()
    try db.write {
      try requireAssociation(associationID)
      if let staff = entry.centreContactID,
        try db.scalarInt("SELECT count(*) FROM staff WHERE id = ?", [.integer(staff)]) == 0
      {
        throw Problem.unknownStaff
      }
      func day(_ value: Day?) -> SQLValue { value.map { .text($0.iso) } ?? .null }
      try db.run(
        """
        INSERT INTO association_register(association_id, confirmed_on, centre_contact_id,
          insured_since, insured_activities, agreement_signed, agreement_ends)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(association_id) DO UPDATE SET confirmed_on = excluded.confirmed_on,
          centre_contact_id = excluded.centre_contact_id, insured_since = excluded.insured_since,
          insured_activities = excluded.insured_activities,
          agreement_signed = excluded.agreement_signed, agreement_ends = excluded.agreement_ends
        """,
        [
          .integer(associationID), day(entry.confirmedOn), .int64(entry.centreContactID),
          day(entry.insuredSince), .text(covered), day(entry.agreementSigned),
          day(entry.agreementEnds),
        ])
    }
  }
}
