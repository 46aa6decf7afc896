/// One of the centre's own events (arrangement): a course, a theme day, a
/// network or dialogue meeting, a party. It has one session or a weekly
/// series of them, in one of the centre's rooms (each session a booking of
/// it) or at an outside address.
public struct Event: Equatable, Sendable {
  public enum Status: String, Sendable { case active, cancelled }

  public let id: Int64
  public var title: String
  public var kind: EventKind
  public var description: String
  public var roomID: Int64?
  /// The room's name, or the outside address.
  public var place: String
  public var capacity: Int
  /// The last day to sign up; nil: until it starts.
  public var deadline: Day?
  public var price: Int
  public var targetGroupIDs: [Int64]
  /// The colleague who runs it.
  public var staffID: Int64?
  public var staffInitials: String
  public var isPublic: Bool
  public var status: Status
  public var sessions: [EventSession]

  /// The first session's time (every event has one).
  public var first: Slot? { sessions.first?.slot }

  /// The session on `day`, if it meets then.
  public func session(on day: Day) -> EventSession? {
    sessions.first { $0.slot.day == day }
  }

  /// The session a sheet ticks and counts attendance for on `day`: that
  /// day's, else the latest before it, else the first.
  public func sessionShown(on day: Day) -> EventSession? {
    session(on: day) ?? sessions.last { $0.slot.day < day } ?? sessions.first
  }

  /// The last day to sign up without being asked: the deadline, else the
  /// first session's day (a walk-in on the day is still welcome).
  public var lastSignUpDay: Day? { deadline ?? first?.day }

  /// Whether signing up on `day` is after the deadline (or, with none,
  /// after the event began).
  public func pastDeadline(on day: Day) -> Bool {
    guard let last = lastSignUpDay else { return false }
    return day > last
  }
}

/// One meeting of an event.
public struct EventSession: Equatable, Sendable {
  public let id: Int64
  public let slot: Slot
  /// The room's booking, for a session in one of the centre's rooms.
  public let bookingID: Int64?
}

/// A kind of event: the centre's list, which it can add to.
public struct EventKind: Equatable, Sendable {
  public let id: Int64
  public let danish: String
  public let english: String

  public func name(_ lang: Language) -> String { lang.pick(danish, english) }
}

/// What a new event is made from. `weeklyUntil` makes a weekly series of
/// sessions at the same time, as a room's booking series is made.
public struct EventPlan: Equatable, Sendable {
  public var title: String
  public var kindID: Int64
  public var description: String = ""
  public var roomID: Int64?
  public var place: String = ""
  public var slot: Slot
  public var weeklyUntil: Day?
  /// 1: every week; 2: every other week.
  public var everyWeeks = 1
  public var capacity: Int
  public var deadline: Day?
  public var price: Int = 0
  public var targetGroupIDs: [Int64] = []
  public var staffID: Int64?
  public var isPublic: Bool = false

  public init(
    title: String, kindID: Int64, roomID: Int64? = nil, place: String = "", slot: Slot,
    weeklyUntil: Day? = nil, capacity: Int, deadline: Day? = nil
  ) {
    self.title = title
    self.kindID = kindID
    self.roomID = roomID
    self.place = place
    self.slot = slot
    self.weeklyUntil = weeklyUntil
    self.capacity = capacity
    self.deadline = deadline
  }

  /// Every session's time: as a booking series' dates, weekly, and never
  /// more than `BookingLimits` allows a series.
  public var slots: [Slot] {
    Array(
      BookingRequest(
        roomID: 0, associationID: 0, slot: slot, repeatUntil: weeklyUntil, everyWeeks: everyWeeks
      ).slots.prefix(BookingLimits.seriesDates))
  }

  /// Ranges a worker can type: seats, kroner, a title's length.
  public static let capacities = 1...10_000
  public static let prices = 0...100_000
}
