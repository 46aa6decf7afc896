/// An event as the public sees it: what, when, where, the price, the
/// deadline and the seats left. Never who signed up.
public struct PublicEvent: Equatable, Sendable {
  public let id: Int64
  public let title: String
  public let kind: EventKind
  public let place: String
  /// The room's address, when it is in one of the centre's rooms.
  public let address: String
  public let description: String
  public let sessions: [EventSession]
  public let price: Int
  public let deadline: Day?
  public let capacity: Int
  public let seatsLeft: Int
  public let isPublic: Bool
}

extension EventStore {
  /// Active events with a session from `from` up to and including `to`,
  /// soonest first: only public ones unless `all`.
  public func publicEvents(from: Day, to: Day, all: Bool = false) throws -> [PublicEvent] {
    let ids = try db.map(
      """
      SELECT e.id FROM events e
      WHERE e.status = 'active' \(all ? "" : "AND e.public = 1") AND EXISTS (
        SELECT 1 FROM event_sessions x WHERE x.event_id = e.id
          AND x.starts_at >= ? AND x.starts_at < ?)
      ORDER BY e.starts_at, e.id
      """, [.text(from.iso), .text(to.adding(1).iso)]
    ) { $0.int("id") }
    return try ids.compactMap { id in
      guard let event = try event(id: id) else { return nil }
      let address =
        try event.roomID.flatMap { try RoomStore(db: db).room(id: $0)?.address } ?? ""
      let counts = try counts(eventID: id, session: nil)
      return PublicEvent(
        id: id, title: event.title, kind: event.kind, place: event.place, address: address,
        description: event.description, sessions: event.sessions, price: event.price,
        deadline: event.deadline, capacity: event.capacity,
        seatsLeft: max(0, event.capacity - counts.signed), isPublic: event.isPublic)
    }
  }
}
