/// What Find (Ctrl-F) found, by kind, best first within each kind.
public struct FindResult: Equatable, Sendable {
  public var groups: [FindGroup] = []

  public init() {}

  /// Every hit in the order shown, for moving the cursor through them.
  public var hits: [FindHit] { groups.flatMap(\.hits) }
}

public enum FindKind: Int, CaseIterable, Sendable {
  case associations, inquiries, citizens, rooms, bookings, events, signups

  public func label(_ lang: Language) -> String {
    switch self {
    case .associations: return lang.pick("Foreninger", "Associations")
    case .inquiries: return lang.pick("Henvendelser", "Inquiries")
    case .citizens: return lang.pick("Borgere", "Citizens")
    case .rooms: return lang.pick("Lokaler", "Rooms")
    case .bookings: return lang.pick("Bookinger", "Bookings")
    case .events: return lang.pick("Arrangementer", "Events")
    case .signups: return lang.pick("Tilmeldinger", "Sign-ups")
    }
  }
}

/// One kind's hits: the best few, and how many there are (`more` when the
/// count stopped at its cap).
public struct FindGroup: Equatable, Sendable {
  public let kind: FindKind
  public let hits: [FindHit]
  public let total: Int
  public let more: Bool
}

/// One thing found: what Enter opens, and two short texts to show.
public struct FindHit: Equatable, Sendable {
  public enum Target: Equatable, Sendable {
    case association(Int64)
    case inquiry(Int64)
    case citizen(Int64)
    case room(Int64)
    case booking(roomID: Int64, day: Day, hour: Int)
    /// One of the centre's own events, with its participants.
    case event(Int64)
    /// One sign-up, marked among its event's participants.
    case signUp(event: Int64, id: Int64)
  }

  public let target: Target
  public let title: String
  public let detail: String
  /// Closed, past or inactive: shown after the rest, quieter.
  public let past: Bool
  /// An open inquiry past its follow-up date: marked as F2 marks it.
  public var overdue = false
}
