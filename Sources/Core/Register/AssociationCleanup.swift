/// Mistakes in the register: an association created by mistake is deleted
/// while nothing refers to it (with an undo), and two entries for one
/// association are merged: the activities, bookings, inquiries,
/// applications and referrals of the one that goes move to the one kept.
public struct AssociationCleanup {
  public let db: Database

  public init(db: Database) { self.db = db }

  /// What refers to an association besides its own activities.
  public struct References: Equatable, Sendable {
    public var bookings = 0
    public var inquiries = 0
    public var applications = 0
    public var referrals = 0
    /// Sign-ups to the centre's events, and prize nominations.
    public var signUps = 0
    public var nominations = 0

    public init(
      bookings: Int = 0, inquiries: Int = 0, applications: Int = 0, referrals: Int = 0,
      signUps: Int = 0, nominations: Int = 0
    ) {
      self.bookings = bookings
      self.inquiries = inquiries
      self.applications = applications
      self.referrals = referrals
      self.signUps = signUps
      self.nominations = nominations
    }

    public var isEmpty: Bool {
      bookings + inquiries + applications + referrals + signUps + nominations == 0
    }

    public func text(_ lang: Language) -> String {
      [
        (bookings, lang.count(bookings, "booking", "bookinger", "booking", "bookings")),
        (inquiries, lang.count(inquiries, "henvendelse", "henvendelser", "inquiry", "inquiries")),
        (
          applications,
          lang.count(applications, "ansøgning", "ansøgninger", "application", "applications")
        ),
        (referrals, lang.count(referrals, "henvisning", "henvisninger", "referral", "referrals")),
        (signUps, lang.count(signUps, "tilmelding", "tilmeldinger", "sign-up", "sign-ups")),
        (
          nominations,
          lang.count(nominations, "indstilling", "indstillinger", "nomination", "nominations")
        ),
      ].filter { $0.0 > 0 }.map(\.1).joined(separator: ", ")
    }
  }

  /// Everything needed to put a deleted association back (`undo`).
  public struct Deleted: Sendable {
    public let association: Association
    public let activities: [Activity]
    /// When its details were last confirmed (the register's row goes with it).
    public let confirmedOn: String?
  }

  public enum Problem: Error, Equatable {
    /// Something refers to it: merge it into the right one instead.
    case inUse(References)
    case sameAssociation
  }

  public func references(_ id: Int64) throws -> References {
    func count(_ sql: String) throws -> Int { Int(try db.scalarInt(sql, [.integer(id)])) }
    return References(
      bookings: try count("SELECT count(*) FROM bookings WHERE association_id = ?"),
      inquiries: try count("SELECT count(*) FROM inquiries WHERE association_id = ?"),
      applications: try count("SELECT count(*) FROM grant_applications WHERE association_id = ?"),
      referrals: try count(
        """
        SELECT count(*) FROM referrals r JOIN activities t ON t.id = r.activity_id
        WHERE t.association_id = ?
        """),
      signUps: try count("SELECT count(*) FROM event_signups WHERE association_id = ?"),
      nominations: try count("SELECT count(*) FROM prize_nominations WHERE association_id = ?"))
  }

  /// Deletes an association nothing refers to, its activities with it,
  /// and its log (it never was); returns what `undo` puts back.
  public func delete(_ id: Int64) throws -> Deleted {
    try db.write {
      let store = try AssociationStore(db: db)
      guard let association = try store.association(id: id) else { throw StoreError.notFound }
      let refs = try references(id)
      guard refs.isEmpty else { throw Problem.inUse(refs) }
      let activities = try store.activities(of: id)
      let confirmedOn =
        try db.map(
          "SELECT confirmed_on FROM association_register WHERE association_id = ?", [.integer(id)],
          { $0.optionalText("confirmed_on") }
        ).first ?? nil
      try db.run("DELETE FROM activities WHERE association_id = ?", [.integer(id)])
      try db.run("DELETE FROM associations WHERE id = ?", [.integer(id)])
      try db.run("DELETE FROM association_log WHERE association_id = ?", [.integer(id)])
      return Deleted(association: association, activities: activities, confirmedOn: confirmedOn)
    }
  }

  /// Puts a deleted association back, with its activities (under a new
  /// number: nothing referred to the old one).
  @discardableResult
  public func undo(_ deleted: Deleted) throws -> Int64 {
    try db.write {
      var association = deleted.association
      association.id = nil
      let store = try AssociationStore(db: db)
      let id = try store.save(association)
      for var activity in deleted.activities {
        activity.id = nil
        activity.associationID = id
        try store.save(activity)
      }
      if let confirmedOn = deleted.confirmedOn {
        try db.run(
          """
          INSERT INTO association_register(association_id, confirmed_on) VALUES (?, ?)
          ON CONFLICT(association_id) DO UPDATE SET confirmed_on = excluded.confirmed_on
          """, [.integer(id), .text(confirmedOn)])
      }
      return id
    }
  }

  /// Moves everything of `gone` to `kept` and deletes `gone`: activities
  /// (one with the same title as kept's becomes that one, its referrals
  /// with it), bookings and series, inquiries, applications; the target
  /// groups are joined. Returns what moved.
  public func merge(_ gone: Int64, into kept: Int64) throws -> References {
    guard gone != kept else { throw Problem.sameAssociation }
    return try db.write {
      let store = try AssociationStore(db: db)
      guard try store.association(id: gone) != nil, try store.association(id: kept) != nil else {
        throw StoreError.notFound
      }
      let moved = try references(gone)
      let id = [SQLValue.integer(kept), .integer(gone)]
      // An activity kept already has (by title) takes the other's referrals.
      try db.run(
        """
        UPDATE referrals SET activity_id = (
          SELECT k.id FROM activities k JOIN activities g ON g.title_fold = k.title_fold
          WHERE k.association_id = ?1 AND g.id = referrals.activity_id)
        WHERE activity_id IN (
          SELECT g.id FROM activities g JOIN activities k ON k.title_fold = g.title_fold
          WHERE g.association_id = ?2 AND k.association_id = ?1)
        """, id)
      try db.run(
        """
        DELETE FROM activities WHERE association_id = ?2 AND title_fold IN (
          SELECT title_fold FROM activities WHERE association_id = ?1)
        """, id)
      try db.run("UPDATE activities SET association_id = ?1 WHERE association_id = ?2", id)
      for table in [
        "bookings", "booking_series", "inquiries", "grant_applications", "event_signups",
        "prize_nominations",
      ] {
        try db.run("UPDATE \(table) SET association_id = ?1 WHERE association_id = ?2", id)
      }
      // The kept one's empty details are filled from the one that goes, so
      // a booking it brought along still has someone to call.
      try db.run(
        """
        UPDATE associations AS k SET
          contact_person = CASE WHEN k.contact_person = '' THEN g.contact_person
            ELSE k.contact_person END,
          phone = CASE WHEN k.phone = '' THEN g.phone ELSE k.phone END,
          email = CASE WHEN k.email = '' THEN g.email ELSE k.email END,
          website = CASE WHEN k.website = '' THEN g.website ELSE k.website END,
          address = CASE WHEN k.address = '' THEN g.address ELSE k.address END,
          description = CASE WHEN k.description = '' THEN g.description ELSE k.description END,
          area_id = coalesce(k.area_id, g.area_id)
        FROM (SELECT * FROM associations WHERE id = ?2) AS g
        WHERE k.id = ?1
        """, id)
      try db.run(
        """
        INSERT OR IGNORE INTO association_target_groups(association_id, target_group_id)
        SELECT ?1, target_group_id FROM association_target_groups WHERE association_id = ?2
        """, id)
      try db.run("DELETE FROM associations WHERE id = ?", [.integer(gone)])
      try db.run("DELETE FROM association_log WHERE association_id = ?", [.integer(gone)])
      try SearchIndex(db: db).reindex(associationID: kept)
      return moved
    }
  }
}

extension AssociationCleanup.Problem: UserFacingError {
  public func message(_ lang: Language) -> String {
    switch self {
    case .inUse(let refs):
      return lang.pick(
        "Foreningen kan ikke slettes: den har \(refs.text(lang)). Flet den i stedet ind i den rigtige.",
        "The association cannot be deleted: it has \(refs.text(lang)). Merge it into the right one instead."
      )
    case .sameAssociation:
      return lang.pick(
        "En forening kan ikke flettes ind i sig selv.",
        "An association cannot be merged into itself.")
    }
  }
}
