import Testing

@testable import Core

/// The per-day counts behind "overdue" (`Schema.v14`) are kept by triggers;
/// whatever happens to inquiries, they must equal a count of the rows.
@Suite struct OverdueCountTests {
  let database = TestDatabase()

  @Test func theKeptCountsEqualACountAfterEveryKindOfChange() throws {
    let db = try database.open()
    let monday = Day(year: 2026, month: 11, day: 23)!
    let store = InquiryStore(db: db, clock: .fixed(monday))
    let owners = [
      try store.directory.add(initials: "KM", name: "Karen Madsen").id,
      try store.directory.add(initials: "LS", name: "Lars Søgaard").id,
      try store.directory.add(initials: "PJ", name: "Pia Juhl").id,
    ]
    let category = try store.directory.categories()[0].id
    for number in 0..<30 {
      var inquiry = Inquiry()
      inquiry.text = "Sag \(number)"
      inquiry.categoryID = category
      inquiry.followUp = monday.adding(number % 11 - 5)
      _ = try store.create(inquiry, by: owners[number % 3])
    }
    // Ten more written directly, without a timeline, so some can be deleted.
    for number in 30..<40 {
      try db.write {
        try db.run(
          """
          INSERT INTO inquiries(received_at, channel, asker_kind, category_id, text, owner_id,
            received_by, status, follow_up)
          VALUES ('2026-11-20 09:00', 'phone', 'citizen', ?, 'Sag', ?, ?, 'open', ?)
          """,
          [
            .integer(category), .integer(owners[number % 3]), .integer(owners[0]),
            .text(monday.adding(number % 7 - 3).iso),
          ])
      }
    }
    var seed: UInt64 = 7
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let changes = [
      """
      UPDATE inquiries SET status = 'closed', outcome = 'helped', closed_at = '2026-11-23 10:00',
        waiting_on = NULL WHERE id = ?
      """,
      """
      UPDATE inquiries SET status = 'open', outcome = NULL, closed_at = NULL, waiting_on = NULL,
        follow_up = coalesce(follow_up, '2026-11-20') WHERE id = ?
      """,
      "UPDATE inquiries SET status = 'waiting', waiting_on = 'citizen' WHERE id = ? AND status <> 'closed'",
      "UPDATE inquiries SET follow_up = NULL WHERE id = ? AND status = 'closed'",
      "UPDATE inquiries SET follow_up = date('2026-11-23', (id % 9 - 4) || ' days') WHERE id = ?",
      "UPDATE inquiries SET owner_id = (SELECT min(id) FROM staff) WHERE id = ?",
      "UPDATE inquiries SET owner_id = (SELECT max(id) FROM staff) WHERE id = ?",
      // Only rows without a timeline can go (timelines are never deleted).
      "DELETE FROM inquiries WHERE id = ? AND id NOT IN (SELECT inquiry_id FROM inquiry_events)",
    ]
    let kept = "SELECT owner_id, day, n FROM open_follow_ups ORDER BY 1, 2"
    let counted = """
      SELECT owner_id, follow_up, count(*) FROM inquiries
      WHERE status <> 'closed' AND follow_up IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
      """
    func rows(_ sql: String) throws -> [String] {
      try db.map(sql) { "\($0.int(0)) \($0.text(1)) \($0.int(2))" }
    }
    #expect(try rows(kept) == rows(counted) && !rows(kept).isEmpty)
    for _ in 0..<200 {
      let sql = changes[next(changes.count)]
      let id = SQLValue.integer(Int64(1 + next(40)))
      try db.write { try db.run(sql, [id]) }
      #expect(try rows(kept) == rows(counted), "after \(sql)")
    }
    // What the desk reads from them: overdue means before today.
    for owner in owners {
      let direct = try db.scalarInt(
        """
        SELECT count(*) FROM inquiries
        WHERE status <> 'closed' AND owner_id = ? AND follow_up < '2026-11-23'
        """, [.integer(owner)])
      #expect(try store.overdueCount(ownerID: owner) == Int(direct))
    }
  }
}
