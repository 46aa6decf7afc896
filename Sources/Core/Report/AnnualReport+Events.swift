extension AnnualReport {
  /// The centre's own events in the year (those with a session in it): by
  /// kind, the sessions held, sign-ups and seats taken, who came (seats
  /// ticked at the year's sessions), the waiting lists, and the
  /// associations reached (distinct, by the sign-ups that name one); the
  /// same by target group; and the year's prizes. People are counted,
  /// never named: the volunteer prize says whether one was chosen.
  mutating func addEvents(db: Database, lang: Language, groups: [TargetGroup]) throws {
    let span: [SQLValue] = [.text(from), .text(until)]
    // The events of the year, and per event what the tables sum.
    let perEvent = """
      WITH year_events AS (
        SELECT DISTINCT event_id AS id FROM event_sessions WHERE starts_at >= ?1 AND starts_at < ?2)
      SELECT e.id, e.kind_id,
        (SELECT count(*) FROM event_sessions x WHERE x.event_id = e.id
          AND x.starts_at >= ?1 AND x.starts_at < ?2) AS sessions,
        (SELECT count(*) FROM event_signups s WHERE s.event_id = e.id AND s.status = 'signed')
          AS signups,
        (SELECT coalesce(sum(s.seats), 0) FROM event_signups s
          WHERE s.event_id = e.id AND s.status = 'signed') AS seats,
        (SELECT count(*) FROM event_signups s WHERE s.event_id = e.id AND s.status = 'waiting')
          AS waiting,
        (SELECT coalesce(sum(s.seats), 0) FROM event_attendance t
          JOIN event_signups s ON s.id = t.signup_id
          JOIN event_sessions x ON x.id = t.session_id
          WHERE s.event_id = e.id AND s.status = 'signed'
            AND x.starts_at >= ?1 AND x.starts_at < ?2) AS came
      FROM year_events y JOIN events e ON e.id = y.id WHERE e.status = 'active'
      """
    struct Sum {
      var events = 0
      var sessions = 0
      var signups = 0
      var seats = 0
      var came = 0
      var waiting = 0
      var values: [ReportValue] {
        [
          .count(events), .count(sessions), .count(signups), .count(seats), .count(came),
          .count(waiting),
        ]
      }
      mutating func add(_ row: Statement) {
        events += 1
        sessions += Int(row.int("sessions"))
        signups += Int(row.int("signups"))
        seats += Int(row.int("seats"))
        came += Int(row.int("came"))
        waiting += Int(row.int("waiting"))
      }
    }
    var byKind: [Int64: Sum] = [:]
    var total = Sum()
    try db.forEach(perEvent, span) { row in
      byKind[row.int("kind_id"), default: Sum()].add(row)
      total.add(row)
    }
    let kinds = try EventStore(db: db).kinds()
    let columns = [
      lang.pick("Arrangementer", "Events"), lang.pick("Gange", "Sessions"),
      lang.pick("Tilmeldinger", "Sign-ups"), lang.pick("Pladser", "Seats"),
      lang.pick("Mødt", "Came"), lang.pick("Venteliste", "Waiting"),
    ]
    let all = lang.pick("I alt", "In all")
    let reached = try db.scalarInt(
      """
      SELECT count(DISTINCT s.association_id) FROM event_signups s
      WHERE s.status = 'signed' AND s.association_id IS NOT NULL AND s.event_id IN (
        SELECT x.event_id FROM event_sessions x JOIN events e ON e.id = x.event_id
        WHERE e.status = 'active' AND x.starts_at >= ? AND x.starts_at < ?)
      """, span)
    tables.append(
      ReportTable(
        file: "events_by_kind",
        title: lang.pick("Centrets arrangementer, efter slags", "The centre's events, by kind"),
        columns: [lang.pick("Slags", "Kind")] + columns,
        rows: kinds.compactMap { kind in byKind[kind.id].map { .init(kind.name(lang), $0.values) } }
          + [.init(all, total.values)],
        note: lang.pick(
          "Mødt: pladser krydset af ved årets gange. Foreninger nået (forskellige): \(reached).",
          "Came: seats ticked at the year's sessions. Associations reached (distinct): \(reached).")
      ))
    // By target group: an event counts under each group it is for.
    var byGroup: [Int64: Sum] = [:]
    var groupsOf: [Int64: [Int64]] = [:]
    try db.forEach(
      "SELECT event_id, target_group_id FROM event_target_groups", [],
      columns: ["event_id", "target_group_id"]
    ) { row, c in groupsOf[row.int(c[0]), default: []].append(row.int(c[1])) }
    try db.forEach(perEvent, span) { row in
      for group in groupsOf[row.int("id")] ?? [] { byGroup[group, default: Sum()].add(row) }
    }
    tables.append(
      ReportTable(
        file: "events_by_target_group",
        title: lang.pick(
          "Centrets arrangementer, efter målgruppe", "The centre's events, by target group"),
        columns: [lang.pick("Målgruppe", "Target group")] + columns,
        rows: groups.compactMap { group in
          byGroup[group.id].map { .init(group.name(lang), $0.values) }
        },
        note: lang.pick(
          "Et arrangement for flere målgrupper tælles under hver.",
          "An event for several target groups counts under each.")))
    try addPrizes(db: db, lang: lang)
  }

  /// The year's prizes: nominations, and who was chosen (an association by
  /// name; a person only as chosen or not).
  private mutating func addPrizes(db: Database, lang: Language) throws {
    let nominations = try PrizeStore(db: db).nominations(year: year)
    tables.append(
      ReportTable(
        file: "prizes",
        title: lang.pick("Årets priser", "The year's prizes"),
        columns: [
          lang.pick("Pris", "Prize"), lang.pick("Indstillinger", "Nominations"),
          lang.pick("Valgt", "Chosen"),
        ],
        rows: Prize.allCases.map { prize in
          let of = nominations.filter { $0.prize == prize }
          let chosen = of.first(where: \.chosen)
          let said =
            chosen.map {
              prize == .association
                ? $0.nominee : lang.pick("ja (en frivillig)", "yes (a volunteer)")
            } ?? lang.pick("ingen endnu", "none yet")
          return .init(prize.name(lang), [.count(of.count), .text(said)])
        }))
  }
}
