/// What the room and booking rules refused, in words a worker can act on.
public enum RoomError: Error, Equatable {
  case invalid([RoomField: FieldError])
  case notFound
  case unknownRoom(String)
  case unknownAssociation(String)
  case endBeforeStart
  /// Outside the hours the room can be booked.
  case outsideHours(opens: ClockTime, closes: ClockTime)
  case overCapacity(capacity: Int)
  case roomInactive
  /// Someone holds the room then: the clashing bookings.
  case taken([Clash])
  case bookingNotFound

  public func message(_ lang: Language) -> String {
    switch self {
    case .invalid(let errors):
      return errors.sorted { $0.key.rawValue < $1.key.rawValue }
        .map { "\($0.key.rawValue): \($0.value.message(lang))" }.joined(separator: "; ")
    case .notFound: return lang.pick("Lokalet findes ikke.", "The room does not exist.")
    case .unknownRoom(let name):
      return lang.pick("ukendt lokale '\(name)'", "unknown room '\(name)'")
    case .unknownAssociation(let name):
      return lang.pick("ukendt forening '\(name)'", "unknown association '\(name)'")
    case .endBeforeStart:
      return lang.pick("sluttidspunktet ligger før starten", "the end is before the start")
    case .outsideHours(let opens, let closes):
      return lang.pick(
        "lokalet kan kun bookes \(opens.text)–\(closes.text)",
        "the room can only be booked \(opens.text)–\(closes.text)")
    case .overCapacity(let capacity):
      return lang.pick(
        "for mange deltagere: lokalet har plads til \(capacity)",
        "too many attendees: the room holds \(capacity)")
    case .roomInactive: return lang.pick("lokalet er ikke aktivt", "the room is not active")
    case .taken(let clashes):
      return lang.pick("allerede optaget: ", "already taken: ")
        + clashes.prefix(5).map { $0.label(lang) }.joined(separator: "; ")
        + (clashes.count > 5
          ? lang.pick(" og \(clashes.count - 5) mere", " and \(clashes.count - 5) more") : "")
    case .bookingNotFound: return lang.pick("Bookingen findes ikke.", "The booking does not exist.")
    }
  }
}

/// A booking in the way of a wanted slot.
public struct Clash: Equatable, Sendable {
  public let wanted: Slot
  public let bookingID: Int64
  public let taken: Slot
  public let associationName: String

  public func label(_ lang: Language) -> String {
    "\(taken.day.label(lang)) \(taken.start.text)–\(taken.end.text) \(associationName)"
  }
}
