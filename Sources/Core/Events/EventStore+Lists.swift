/// An event as a list shows it: the session in question, where, and the
/// counts.
public struct EventLine: Equatable, Sendable {
  public let id: Int64
  public let title: String
  public let kind: EventKind
  public let place: String
  /// The session the line is about: the first in the stretch asked for.
  public let session: Slot
  public let sessionID: Int64
  public let sessions: Int
  public let capacity: Int
  public let counts: EventCounts
  public let isPublic: Bool
  public let cancelled: Bool
}

extension EventStore {
  /// Events meeting from `from` up to and including `to`, each once, by its
  /// first session in that stretch; the counts' `attended` is that
  /// session's. At most `limit`.
  public func lines(from: Day, to: Day, limit: Int = 500, trace: ((SearchStep) -> Void)? = nil)
    throws -> [EventLine]
  {
    let step = Self.linesStep(from: from, to: to, limit: limit)
    trace?(step)
    return try db.map(step.sql, step.values, Self.line)
  }

  static func line(_ row: Statement) -> EventLine {
    EventLine(
      id: row.int("id"), title: row.text("title"),
      kind: EventKind(
        id: row.int("kind_id"), danish: row.text("name_da"), english: row.text("name_en")),
      place: row.text("place_name"),
      session: Slot(startsAt: row.text("starts_at"), endsAt: row.text("ends_at"))
        ?? Slot(day: Day(ordinal: 0), start: ClockTime(hour: 0)!, end: ClockTime(hour: 0)!),
      sessionID: row.int("session_id"), sessions: Int(row.int("session_count")),
      capacity: Int(row.int("capacity")),
      counts: EventCounts(
        signed: Int(row.int("signed")), waiting: Int(row.int("waiting")),
        attended: Int(row.int("attended"))),
      isPublic: row.bool("public"), cancelled: row.text("status") == "cancelled")
  }

  /// The statement behind `lines`, for the benchmark to run raw.
  public static func linesStep(from: Day, to: Day, limit: Int) -> SearchStep {
    SearchStep(
      sql: """
        SELECT e.id, e.title, e.kind_id, k.name_da, k.name_en,
          coalesce(r.name, e.place) AS place_name, x.id AS session_id, x.starts_at, x.ends_at,
          (SELECT count(*) FROM event_sessions n WHERE n.event_id = e.id) AS session_count,
          e.capacity, e.public, e.status,
          (SELECT coalesce(sum(s.seats), 0) FROM event_signups s
            WHERE s.event_id = e.id AND s.status = 'signed') AS signed,
          (SELECT count(*) FROM event_signups s
            WHERE s.event_id = e.id AND s.status = 'waiting') AS waiting,
          (SELECT coalesce(sum(s.seats), 0) FROM event_attendance t
            JOIN event_signups s ON s.id = t.signup_id
            WHERE t.session_id = x.id AND s.status = 'signed') AS attended
        FROM (SELECT event_id, min(starts_at) AS first FROM event_sessions
            WHERE starts_at >= ?1 AND starts_at < ?2 GROUP BY event_id) f
          JOIN event_sessions x ON x.event_id = f.event_id AND x.starts_at = f.first
          JOIN events e ON e.id = f.event_id JOIN event_kinds k ON k.id = e.kind_id
          LEFT JOIN rooms r ON r.id = e.room_id
        ORDER BY x.starts_at, e.title_fold, e.id LIMIT ?3
        """, values: [.text(from.iso), .text(to.adding(1).iso), .int(limit)])
  }
}
