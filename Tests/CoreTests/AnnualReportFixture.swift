@testable import Core

/// The small year the annual report's tests count, written out here so the
/// expected figures can be worked by hand (see `AnnualReportTests`). Rows
/// go in as SQL where a date must be exact (a referral on 1 February, an
/// association created on 10 February); applications through their store.
enum AnnualReportFixture {
  static func make(_ database: TestDatabase) throws -> Database {
    let associations = try database.store()
    _ = try Importer(store: associations).importAssociations(
      bytes: Array(
        """
        name,area,target_groups,active
        A Røde Kors,Hjørring,Ældre og ensomhed|Etniske minoriteter og integration,ja
        B Ældre Sagen,Sindal,Ældre og ensomhed,ja
        C Strikkeklubben,Hjørring,,nej
        D Café Hjertetræ,Sindal,Psykisk sårbarhed,ja
        E Nystartet,Hjørring,,ja
        F Gammel Forening,Hjørring,,ja
        """.utf8))
    _ = try Importer(store: associations).importActivities(
      bytes: Array(
        """
        association,title,kind,area,target_groups
        A Røde Kors,X Besøgsven,frivilligjob,Hjørring,Ældre og ensomhed|Etniske minoriteter og integration
        B Ældre Sagen,Y Gåtur,tilbud,Sindal,
        """.utf8))
    let db = associations.db
    func id(_ sql: String) throws -> Int64 { try db.scalarInt(sql) }
    let a = try id("SELECT id FROM associations WHERE name = 'A Røde Kors'")
    let b = try id("SELECT id FROM associations WHERE name = 'B Ældre Sagen'")
    let d = try id("SELECT id FROM associations WHERE name = 'D Café Hjertetræ'")
    try db.execute(
      """
      DELETE FROM association_log;
      INSERT INTO association_log(association_id, day, change)
      SELECT id, '2026-05-01', 'created' FROM associations WHERE name = 'A Røde Kors'
      UNION ALL SELECT id, '2027-02-10', 'created' FROM associations WHERE name = 'B Ældre Sagen'
      UNION ALL SELECT id, '2025-01-01', 'created' FROM associations WHERE name = 'C Strikkeklubben'
      UNION ALL SELECT id, '2027-06-01', 'deactivated' FROM associations WHERE name = 'C Strikkeklubben'
      UNION ALL SELECT id, '2027-03-01', 'created' FROM associations WHERE name = 'D Café Hjertetræ'
      UNION ALL SELECT id, '2027-04-01', 'deactivated' FROM associations WHERE name = 'D Café Hjertetræ'
      UNION ALL SELECT id, '2027-08-01', 'reactivated' FROM associations WHERE name = 'D Café Hjertetræ'
      UNION ALL SELECT id, '2028-01-10', 'created' FROM associations WHERE name = 'E Nystartet';
      INSERT INTO association_register(association_id, insured_since)
      SELECT id, '2027-03-01' FROM associations WHERE name = 'A Røde Kors'
      UNION ALL SELECT id, '2028-01-05' FROM associations WHERE name = 'B Ældre Sagen';

      INSERT INTO staff(initials, name) VALUES ('KM', 'Karen Madsen');
      INSERT INTO inquiries(received_at, channel, asker_kind, asker_name, category_id, text,
        owner_id, received_by, status, follow_up, closed_at, outcome) VALUES
        ('2027-01-10 09:00', 'phone', 'citizen', 'Poul Pedersen', 1, 'a', 1, 1, 'closed', NULL,
          '2027-01-14 10:00', 'helped'),
        ('2027-03-01 09:00', 'walk_in', 'association', 'A Røde Kors', 1, 'b', 1, 1, 'closed',
          NULL, '2027-03-11 10:00', 'referred_association'),
        ('2027-06-05 09:00', 'email', 'citizen', 'Rita Rasmussen', 2, 'c', 1, 1, 'open',
          '2027-06-12', NULL, NULL),
        ('2026-12-30 09:00', 'phone', 'citizen', 'Søren Sørensen', 1, 'd', 1, 1, 'closed', NULL,
          '2027-01-02 10:00', 'helped'),
        ('2027-12-31 23:59', 'phone', 'municipal', 'Kommunen', 2, 'e', 1, 1, 'closed', NULL,
          '2028-01-03 10:00', 'helped');

      INSERT INTO citizens(name, name_fold, seeking, birth_year, consent_on, created_at, updated_at)
      VALUES ('Poul Pedersen', 'poul pedersen', 'volunteer', 1950, '2027-01-01', '2027-01-01', '2027-01-01'),
        ('Quinn Quist', 'quinn quist', 'offer_self', 2010, '2027-01-01', '2027-01-01', '2027-01-01'),
        ('Rita Rasmussen', 'rita rasmussen', 'offer_self', NULL, '2027-01-01', '2027-01-01', '2027-01-01');
      INSERT INTO referrals(citizen_id, activity_id, referred_on, staff_id, status, follow_up,
        updated_at)
      SELECT 1, v.id, '2027-02-01', 1, 'started', NULL, 'x' FROM activities v WHERE v.title = 'X Besøgsven'
      UNION ALL SELECT 2, v.id, '2027-05-01', 1, 'suggested', '2027-05-08', 'x' FROM activities v
        WHERE v.title = 'X Besøgsven'
      UNION ALL SELECT 3, v.id, '2027-09-01', 1, 'not_started', NULL, 'x' FROM activities v
        WHERE v.title = 'Y Gåtur'
      UNION ALL SELECT 1, v.id, '2027-11-01', 1, 'contacted', '2027-11-08', 'x' FROM activities v
        WHERE v.title = 'Y Gåtur'
      UNION ALL SELECT 1, v.id, '2026-11-01', 1, 'started', NULL, 'x' FROM activities v
        WHERE v.title = 'X Besøgsven';

      INSERT INTO rooms(name, name_fold, sort_key, capacity, opens, closes, cleaning_fee) VALUES
        ('M Mødelokale', 'm modelokale', 'm', 10, '08:00', '22:00', 100),
        ('S Salen', 's salen', 's', 80, '10:00', '20:00', 0);
      """)
    try db.run(
      """
      INSERT INTO bookings(room_id, association_id, starts_at, ends_at, fee, status, booked_at,
        cancelled_at) VALUES
        (1, ?1, '2027-03-02 19:00', '2027-03-02 21:00', 100, 'active', 'x', NULL),
        (1, ?2, '2027-03-03 10:00', '2027-03-03 11:30', 100, 'active', 'x', NULL),
        (2, ?1, '2027-04-01 10:00', '2027-04-01 13:00', 0, 'active', 'x', NULL),
        (1, ?1, '2027-05-01 10:00', '2027-05-01 12:00', 100, 'cancelled', 'x', 'x'),
        (1, ?1, '2026-12-31 10:00', '2026-12-31 12:00', 100, 'active', 'x', NULL)
      """, [.integer(a), .integer(b)])
    let funds = FundStore(db: db)
    let fund = try funds.save(Fund(name: "§ 18-puljen"))
    var rounds: [Int64] = []
    for (y, m) in [(2027, 4), (2027, 10), (2028, 4)] {
      rounds.append(
        try funds.save(FundRound(fundID: fund, deadline: Day(year: y, month: m, day: 15)!)))
    }
    let grants = ApplicationStore(db: db, clock: .fixed(Day(year: 2027, month: 12, day: 1)!))
    let decided = Day(year: 2027, month: 6, day: 1)!
    for (round, association, amount, status, granted) in [
      (rounds[0], a, 20_000, ApplicationStatus.granted, 20_000 as Int?),
      (rounds[0], b, 10_000, .refused, nil), (rounds[1], d, 30_000, .partlyGranted, 12_000),
      (rounds[1], a, 5_000, .writing, nil), (rounds[2], b, 8_000, .sent, nil),
    ] {
      try grants.save(
        GrantApplication(
          roundID: round, associationID: association, purpose: "Formål", amountApplied: amount,
          helperID: 1, status: status, amountGranted: granted,
          decidedOn: status.isDecided ? decided : nil), by: 1)
    }
    return db
  }
}
