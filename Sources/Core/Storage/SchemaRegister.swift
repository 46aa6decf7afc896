extension Schema {
  /// Version 16: the centre's own register of each association, beside
  /// what the association publishes: when its details were last confirmed,
  /// the centre's contact person for it, the municipality's insurance list
  /// and a cooperation agreement. A table of its own, so what is published
  /// (the overview) and what the centre keeps about it never mix, and a
  /// confirmation does not touch the association's row (nor F3's index).
  /// Referrals get an index by activity for the file's history.
  static let v16 = """
    CREATE TABLE association_register(
      association_id INTEGER PRIMARY KEY REFERENCES associations(id) ON DELETE CASCADE,
      confirmed_on TEXT,
      centre_contact_id INTEGER REFERENCES staff(id),
      insured_since TEXT,
      insured_activities TEXT NOT NULL DEFAULT '',
      agreement_signed TEXT,
      agreement_ends TEXT,
      CHECK (agreement_ends IS NULL OR agreement_signed IS NULL
        OR agreement_ends >= agreement_signed));
    -- The file's history reads the referrals to an association's activities.
    CREATE INDEX referrals_activity ON referrals(activity_id, referred_on);
    """
}

extension Schema {
  /// Version 17: an inquiry can name the association it concerns, so
  /// counselling an association leaves a trail on its file. Read newest
  /// first per association (the file's history and F2's list of them).
  static let v17 = """
    ALTER TABLE inquiries ADD COLUMN association_id INTEGER REFERENCES associations(id);
    CREATE INDEX inquiries_association ON inquiries(association_id, id)
      WHERE association_id IS NOT NULL;
    """

  /// The inquiries logged before version 17 by an association, named as
  /// in the register (folded), are on its file from the start, as a new
  /// one is (`InquiryStore.placeAssociation`); not on anyone's timeline.
  @Sendable static func placeAskingAssociations(_ db: Database) throws {
    let askers = try db.map(
      "SELECT DISTINCT asker_name FROM inquiries WHERE asker_kind = 'association' AND asker_name <> ''"
    ) { $0.text("asker_name") }
    for asker in askers {
      try db.run(
        """
        UPDATE inquiries SET association_id = (SELECT id FROM associations WHERE name_fold = ?)
        WHERE asker_kind = 'association' AND asker_name = ? AND association_id IS NULL
        """, [.text(DanishFolding.fold(asker).trimmed), .text(asker)])
    }
  }
}
