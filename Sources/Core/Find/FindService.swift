/// Find (Ctrl-F): one search line over associations and their activities
/// (F1's search), inquiries open and closed (name, phone or e-mail, text,
/// `#123`), citizens (name, phone), rooms, and bookings of the associations
/// found (upcoming first). Each kind shows its best few and how many; the
/// FTS indexes of `Schema.v9` give candidates, newest first and capped, and
/// the exact test keeps the true ones. Every statement is a `SearchStep`,
/// so the benchmark can time the same SQL raw.
public final class FindService {
  let db: Database
  let clock: Clock
  let associations: SearchService
  /// Shown per kind; the count goes on to `cap`.
  public static let shown = 5
  /// Shown when one kind is asked for alone (Tab in Find).
  public static let shownAlone = 50
  static let cap = 200

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
    associations = SearchService(db: db)
  }

  /// `only`: that kind alone, with up to `shownAlone` of its hits.
  public func find(
    _ text: String, lang: Language, only: FindKind? = nil,
    trace: ((SearchStep) -> Void)? = nil
  ) throws -> FindResult {
    let query = FindQuery(text)
    let shown = only == nil ? Self.shown : Self.shownAlone
    func wanted(_ kind: FindKind) -> Bool { only == nil || only == kind }
    var result = FindResult()
    guard !query.isEmpty else { return result }
    let today = clock.now().day
    /// The first rows made into hits (only those are shown), the rest counted.
    func run(_ step: SearchStep, _ row: (Statement) throws -> FindHit) throws -> (
      hits: [FindHit], total: Int
    ) {
      trace?(step)
      var hits: [FindHit] = []
      var total = 0
      try db.forEach(step.sql, step.values) {
        if total < shown { hits.append(try row($0)) }
        total += 1
      }
      return (hits, total)
    }
    func add(
      _ kind: FindKind, _ found: (hits: [FindHit], total: Int), capped: Bool = false,
      more: Bool = false
    ) {
      guard !found.hits.isEmpty else { return }
      result.groups.append(
        FindGroup(
          kind: kind, hits: found.hits, total: found.total,
          more: more || (capped && found.total >= Self.cap)))
    }
    return try db.read {
      let steps = FindSteps(query: query, today: today, cap: Self.cap, shown: shown)
      let found =
        query.number == nil && (wanted(.associations) || wanted(.bookings))
        ? try associations.search(
          SearchQuery(text: query.digits ?? text, active: .all), limit: shown + 1,
          trace: trace) : []
      if !found.isEmpty && wanted(.associations) {
        // F1's search reads one more than shown: "5+" says there are more (F1 lists them).
        result.groups.append(
          FindGroup(
            kind: .associations,
            hits: found.prefix(shown).map {
              FindHit(
                target: .association($0.id), title: $0.name, detail: $0.area, past: !$0.active)
            }, total: min(found.count, shown), more: found.count > shown))
      }
      func inquiry(_ row: Statement) -> FindHit {
        let inquiry = InquiryQueries.row(row)
        let closed = inquiry.status.isClosed
        let overdue = inquiry.isOverdue(today: today)
        let late = inquiry.followUp.map { today.ordinal - $0.ordinal } ?? 0
        let when =
          overdue
          ? lang.pick("! forfalden \(late) d.", "! overdue \(late) d.")
          : closed
            ? lang.pick("lukket ", "closed ")
              + (Day(iso: String((inquiry.closedAt ?? "").prefix(10)))?.label(lang, today: today)
                ?? "")
            : (inquiry.followUp.map {
              lang.pick("opfølgning ", "follow-up ") + $0.label(lang, today: today)
            } ?? "")
        return FindHit(
          target: .inquiry(inquiry.id),
          title: "#\(inquiry.id) "
            + (inquiry.askerName.isEmpty ? inquiry.summary : inquiry.askerName),
          detail: [inquiry.ownerInitials, when, inquiry.askerName.isEmpty ? "" : inquiry.summary]
            .filter { !$0.isEmpty }.joined(separator: " · "),
          past: closed, overdue: overdue)
      }
      /// Word starts first; inside words (compounds) only when few start one.
      func twice(_ step: (Bool) -> SearchStep, _ row: (Statement) -> FindHit) throws -> (
        hits: [FindHit], total: Int
      ) {
        var found = try run(step(false), row)
        if found.total < shown && query.hasLong {
          let seen = found.hits.map(\.target)
          let inside = try run(step(true), row)
          let new = inside.hits.filter { !seen.contains($0.target) }
          found.hits = Array((found.hits + new).prefix(shown))
          found.total += inside.total - (inside.hits.count - new.count)
        }
        return found
      }
      if wanted(.inquiries) {
        add(
          .inquiries, try twice({ steps.inquiries(inside: $0) }, inquiry),
          capped: query.number == nil)
      }
      if query.number == nil && wanted(.citizens) {
        add(
          .citizens,
          try twice({ steps.citizens(inside: $0) }) {
            FindHit(
              target: .citizen($0.int("id")), title: $0.text("name"),
              detail: [Validation.formatPhone($0.text("phone")), $0.text("email")]
                .filter { !$0.isEmpty }.joined(separator: " · "), past: false)
          }, capped: true)
      }
      if query.number == nil && wanted(.rooms) {
        add(
          .rooms,
          try run(steps.rooms()) {
            FindHit(
              target: .room($0.int("id")), title: $0.text("name"), detail: $0.text("area_name"),
              past: false)
          })
      }
      if query.number == nil && wanted(.bookings) {
        let booked = try bookings(
          steps, found.prefix(3).map(\.id), today: today, lang: lang, trace: trace)
        add(.bookings, (booked.hits, booked.total), more: booked.more)
      }
      if query.number == nil && wanted(.events) {
        add(.events, try run(steps.events()) { Self.event($0, today: today, lang: lang) })
      }
      if query.number == nil && wanted(.signups) {
        add(
          .signups,
          try twice({ steps.signups(inside: $0) }) { Self.signup($0, today: today, lang: lang) },
          capped: true)
      }
      result.groups = Self.bestFirst(result.groups, query)
      return result
    }
  }

  /// Kinds whose hits are *named* by the first word ("jens": Jens Hansen's
  /// inquiry, not an association that mentions a Jens) come first, so the
  /// marked hit Enter opens is the one meant; otherwise the usual order.
  static func bestFirst(_ groups: [FindGroup], _ query: FindQuery) -> [FindGroup] {
    guard let first = query.words.first, query.digits == nil else { return groups }
    func named(_ group: FindGroup) -> Bool {
      group.hits.contains { hit in
        DanishFolding.words(hit.title).contains { $0.hasPrefix(first) }
      }
    }
    return groups.enumerated().sorted {
      (named($0.element) ? 0 : 1, $0.offset) < (named($1.element) ? 0 : 1, $1.offset)
    }.map(\.element)
  }

  /// The found associations' bookings and those whose purpose holds the
  /// words, each booking once: upcoming first (soonest first), then past
  /// (latest first). Each source reads a few each way, so the count is
  /// "at least" (`+`) when a source had more.
  private func bookings(
    _ steps: FindSteps, _ associations: [Int64], today: Day, lang: Language,
    trace: ((SearchStep) -> Void)?
  ) throws -> (hits: [FindHit], total: Int, more: Bool) {
    var sources: [SearchStep] = associations.isEmpty ? [] : [steps.bookings(of: associations)]
    if steps.query.digits == nil {
      let purposes = steps.purposes()
      trace?(purposes)
      sources += try db.map(purposes.sql, purposes.values) { $0.text("purpose") }
        .map { steps.bookings(purpose: $0) }
    }
    var rows: [Int64: (startsAt: String, hit: FindHit)] = [:]
    var more = false
    let now = today.iso
    for step in sources {
      trace?(step)
      var (ahead, back) = (0, 0)
      try db.forEach(step.sql, step.values, columns: ["starts_at", "id"]) { row, column in
        let startsAt = row.text(column[0])
        rows[row.int(column[1])] = (startsAt, Self.booking(row, today: today, lang: lang))
        if startsAt >= now { ahead += 1 } else { back += 1 }
      }
      // Either half full: there may be more that way.
      more = more || ahead >= steps.shown || back >= steps.shown
    }
    // Soonest first, then the latest past; at one time, by booking.
    let ordered = rows.sorted {
      let (a, b) = ($0.value.startsAt >= now, $1.value.startsAt >= now)
      if a != b { return a }
      if $0.value.startsAt != $1.value.startsAt {
        return a ? $0.value.startsAt < $1.value.startsAt : $0.value.startsAt > $1.value.startsAt
      }
      return $0.key < $1.key
    }.map(\.value)
    return (ordered.prefix(steps.shown).map(\.hit), rows.count, more)
  }

  static func booking(_ row: Statement, today: Day, lang: Language) -> FindHit {
    let slot = Slot(startsAt: row.text("starts_at"), endsAt: row.text("ends_at"))
    let day = slot?.day ?? today
    return FindHit(
      target: .booking(roomID: row.int("room_id"), day: day, hour: (slot?.start.minutes ?? 0) / 60),
      title: row.text("association_name") + " · " + row.text("room_name"),
      detail: day.label(lang, today: today) + " "
        + (slot.map { $0.start.text + "–" + $0.end.text } ?? "")
        + (row.text("purpose").isEmpty ? "" : " · " + row.text("purpose")),
      past: day < today)
  }

  static func event(_ row: Statement, today: Day, lang: Language) -> FindHit {
    let day = Day(iso: String(row.text("starts_at").prefix(10))) ?? today
    return FindHit(
      target: .event(row.int("id")), title: SafeText.oneLine(row.text("title")),
      detail: day.label(lang, today: today) + " · " + SafeText.oneLine(row.text("place_name"))
        + (row.text("status") == "cancelled" ? lang.pick(" · aflyst", " · cancelled") : ""),
      past: day < today)
  }

  static func signup(_ row: Statement, today: Day, lang: Language) -> FindHit {
    let day = Day(iso: String(row.text("starts_at").prefix(10))) ?? today
    let status =
      row.text("status") == "waiting"
      ? lang.pick("venteliste", "waiting list") : lang.pick("tilmeldt", "signed up")
    return FindHit(
      target: .signUp(event: row.int("event_id"), id: row.int("id")),
      title: SafeText.oneLine(row.text("name")),
      detail: [
        Validation.formatPhone(row.text("phone")), SafeText.oneLine(row.text("title")),
        day.label(lang, today: today), status,
      ].filter { !$0.isEmpty }.joined(separator: " · "), past: day < today)
  }
}
