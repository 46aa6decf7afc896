extension AnnualReport {
  /// Rooms lent in the year (active bookings starting in it, as `skranke
  /// export bookings --from --to` lists them): bookings, hours and cleaning
  /// fees per association and per room, and per room the share of its
  /// bookable hours used (its opening hours on every day of the year).
  mutating func addRooms(db: Database, lang: Language) throws {
    struct Sum {
      var bookings = 0
      var minutes = 0
      var fees = 0
    }
    let perBooking = """
      count(*) AS booking_count,
      coalesce(sum(CAST(round((julianday(b.ends_at) - julianday(b.starts_at)) * 1440)
        AS INTEGER)), 0) AS minutes,
      coalesce(sum(b.fee), 0) AS fees
      """
    let inYear = "b.status = 'active' AND b.starts_at >= ? AND b.starts_at < ?"
    let span: [SQLValue] = [.text(from), .text(until)]
    func sum(_ row: Statement) -> Sum {
      Sum(
        bookings: Int(row.int("booking_count")), minutes: Int(row.int("minutes")),
        fees: Int(row.int("fees")))
    }
    let columns = [
      lang.pick("Bookinger", "Bookings"), lang.pick("Timer", "Hours"),
      lang.pick("Rengøring", "Cleaning fees"),
    ]
    func values(_ s: Sum) -> [ReportValue] {
      [.count(s.bookings), .minutes(s.minutes), .kroner(s.fees)]
    }
    let byAssociation = try db.map(
      """
      SELECT a.name, \(perBooking) FROM bookings b JOIN associations a ON a.id = b.association_id
      WHERE \(inYear) GROUP BY a.id ORDER BY a.sort_key, a.id
      """, span
    ) { ($0.text("name"), sum($0)) }
    var total = Sum()
    for (_, s) in byAssociation {
      total.bookings += s.bookings
      total.minutes += s.minutes
      total.fees += s.fees
    }
    let all = lang.pick("I alt", "In all")
    tables.append(
      ReportTable(
        file: "rooms_by_association",
        title: lang.pick("Lokaler lånt ud, efter forening", "Rooms lent, by association"),
        columns: [lang.pick("Forening", "Association")] + columns,
        rows: byAssociation.map { .init($0.0, values($0.1)) } + [.init(all, values(total))]))
    // Every room open in the year or booked in it, with its daily hours.
    let days = yearEnd.ordinal - Day(year: year, month: 1, day: 1)!.ordinal + 1
    let byRoom = try db.map(
      """
      SELECT r.id, r.name, r.opens, r.closes FROM rooms r WHERE r.active = 1
        OR EXISTS (SELECT 1 FROM bookings b WHERE b.room_id = r.id AND \(inYear))
      ORDER BY r.sort_key, r.id
      """, span
    ) { row -> (id: Int64, name: String, open: Int) in
      let open =
        (ClockTime(row.text("closes"))?.minutes ?? 0) - (ClockTime(row.text("opens"))?.minutes ?? 0)
      return (row.int("id"), row.text("name"), max(0, open) * days)
    }
    let sums = try db.map(
      "SELECT b.room_id, \(perBooking) FROM bookings b WHERE \(inYear) GROUP BY b.room_id", span
    ) { ($0.int("room_id"), sum($0)) }
    let sumByRoom = Dictionary(sums, uniquingKeysWith: { a, _ in a })
    var bookable = 0
    let roomRows = byRoom.map { room -> ReportTable.Row in
      let s = sumByRoom[room.id] ?? Sum()
      bookable += room.open
      return .init(
        room.name,
        values(s) + [.minutes(room.open), .permille(Self.share(s.minutes, of: room.open))])
    }
    tables.append(
      ReportTable(
        file: "rooms_by_room",
        title: lang.pick("Lokaler lånt ud, efter lokale", "Rooms lent, by room"),
        columns: [lang.pick("Lokale", "Room")] + columns
          + [lang.pick("Timer til rådighed", "Bookable hours"), lang.pick("Brugt", "Used")],
        rows: roomRows + [
          .init(
            all,
            values(total) + [
              .minutes(bookable), .permille(Self.share(total.minutes, of: bookable)),
            ])
        ],
        note: lang.pick(
          "Til rådighed: lokalets åbningstid hver dag i året.",
          "Bookable: the room's opening hours on every day of the year.")))
  }

  /// `part` of `whole` in tenths of a per cent, rounded; nil for nothing.
  static func share(_ part: Int, of whole: Int) -> Int? {
    whole > 0 ? (part * 1000 + whole / 2) / whole : nil
  }
}
