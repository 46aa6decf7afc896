/// A sign-up to an event: a person (name, phone, e-mail, perhaps the
/// association they come from), or an association taking seats as a whole.
/// Past the event's capacity it waits, in the order it came.
public struct SignUp: Equatable, Sendable {
  public enum Status: String, Sendable { case signed, waiting, cancelled }

  public let id: Int64
  public let eventID: Int64
  public let name: String
  public let phone: String
  public let email: String
  public let associationID: Int64?
  public let associationName: String
  public let seats: Int
  public let status: Status
  /// Its place on the waiting list (1 is next), when waiting.
  public var waitingNumber: Int?
  /// Whether it is ticked as come, for the session asked about.
  public var attended: Bool

  /// Who it is, as a list and a message say it: the name, else the association.
  public var who: String {
    if !name.isEmpty { return name }
    return associationName
  }
}

/// What a sign-up is made from.
public struct SignUpRequest: Equatable, Sendable {
  public var eventID: Int64
  public var name: String
  public var phone: String
  public var email: String
  public var associationID: Int64?
  public var seats: Int

  public init(
    eventID: Int64, name: String, phone: String = "", email: String = "",
    associationID: Int64? = nil, seats: Int = 1
  ) {
    self.eventID = eventID
    self.name = name
    self.phone = phone
    self.email = email
    self.associationID = associationID
    self.seats = seats
  }

  public static let seatRange = 1...1000
}

/// What a sign-up asks the worker before it is made; the worker answers by
/// passing it back as allowed.
public enum SignUpQuestion: Hashable, Sendable {
  /// The deadline has passed.
  case pastDeadline(Day)
  /// No deadline, and the event began on that day.
  case began(Day)
  /// The same person is signed up already (by phone, e-mail, or name and
  /// association): their name and status.
  case alreadySigned(String, SignUp.Status)
}

/// What a sign-up did.
public enum SignUpOutcome: Equatable, Sendable {
  case signed(Int64)
  case waiting(Int64, number: Int)

  public var id: Int64 {
    switch self {
    case .signed(let id), .waiting(let id, _): id
    }
  }
}

/// The counts I dag and the list show: seats taken, sign-ups waiting, and
/// how many came to a session.
public struct EventCounts: Equatable, Sendable {
  public var signed: Int = 0
  public var waiting: Int = 0
  public var attended: Int = 0

  public init(signed: Int = 0, waiting: Int = 0, attended: Int = 0) {
    self.signed = signed
    self.waiting = waiting
    self.attended = attended
  }
}
