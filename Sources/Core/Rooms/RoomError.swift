/// What the room and booking rules refused, in words a worker can act on.
public enum RoomError: UserFacingError, Equatable {
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
  /// The time has passed (a late booking must say so).
  case inPast(Slot)
  /// Beyond the last day that can be booked.
  case tooFarAhead(Day)
  case associationInactive(String)
  /// A purpose, contact or note that is too long or holds a control character.
  case invalidText(String, FieldError)

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
      return lang.pick(
        "sluttidspunktet skal ligge efter starten (en booking varer mindst et minut)",
        "the end must be after the start (a booking lasts at least a minute)")
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
    case .inPast(let slot):
      return lang.pick(
        "dagen er allerede gået (\(slot.day.label(lang)))",
        "that day has already passed (\(slot.day.label(lang)))")
    case .tooFarAhead(let last):
      return lang.pick(
        "der kan højst bookes \(BookingLimits.yearsAhead) år frem (til \(last.label(lang)))",
        "bookings can be made at most \(BookingLimits.yearsAhead) years ahead (until \(last.label(lang)))"
      )
    case .associationInactive(let name):
      return lang.pick(
        "foreningen '\(name)' er ikke aktiv; genaktivér den først",
        "the association '\(name)' is not active; reactivate it first")
    case .invalidText(let field, let error):
      let label: String
      switch field {
      case "purpose": label = lang.pick("formål", "purpose")
      case "contact": label = lang.pick("kontakt", "contact")
      default: label = lang.pick("note", "note")
      }
      return label + ": " + error.message(lang)
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
