/// A booking of one room for one association on one day (one date of a
/// series is one booking).
public struct Booking: Equatable, Sendable {
  public enum Status: String, Sendable {
    case active, cancelled, skipped
  }

  public let id: Int64
  public let roomID: Int64
  /// The association's, or (for a session of the centre's own event) nil
  /// and `eventID` set; `associationName` is then the event's title.
  public let associationID: Int64?
  public let eventID: Int64?
  public let associationName: String
  public let seriesID: Int64?
  public let slot: Slot
  public let purpose: String
  public let attendees: Int?
  public let contact: String
  public let fee: Int
  public let status: Status
  public let cancelNote: String
}

/// What to book: one slot, or the same slot every week or every other week
/// until a date.
public struct BookingRequest: Equatable, Sendable {
  public var roomID: Int64
  public var associationID: Int64
  public var slot: Slot
  public var purpose: String
  public var attendees: Int?
  public var contact: String
  /// The last day a weekly series may fall on; nil for a single booking.
  public var repeatUntil: Day?
  /// 1: every week; 2: every other week.
  public var everyWeeks: Int

  public init(
    roomID: Int64, associationID: Int64, slot: Slot, purpose: String = "", attendees: Int? = nil,
    contact: String = "", repeatUntil: Day? = nil, everyWeeks: Int = 1
  ) {
    self.roomID = roomID
    self.associationID = associationID
    self.slot = slot
    self.purpose = purpose
    self.attendees = attendees
    self.contact = contact
    self.repeatUntil = repeatUntil
    self.everyWeeks = everyWeeks
  }

  /// Every date the request asks for, first to last; never more than one
  /// past what `BookingLimits` allows (so a cut can be seen), however far
  /// away the last date was typed.
  public var slots: [Slot] {
    guard let until = repeatUntil else { return [slot] }
    let step = 7 * max(1, everyWeeks)
    let last = min(until.ordinal, slot.day.ordinal + 366 * (BookingLimits.yearsAhead + 1))
    return stride(from: slot.day.ordinal, through: last, by: step)
      .prefix(BookingLimits.seriesDates + 1).map {
        Slot(day: Day(ordinal: $0), start: slot.start, end: slot.end)
      }
  }
}

/// What a booking did: the dates booked and the dates left out because
/// they were taken.
public struct BookingOutcome: Equatable, Sendable {
  public let seriesID: Int64?
  public let booked: [Slot]
  public let skipped: [Clash]
  public let fee: Int
  /// Set when the series asked for more than `BookingLimits` allows: its
  /// last date.
  public var cutAfter: Day?
}

/// How far ahead and how long a booking may be: a series is cut at 200
/// dates or two years from today, whichever comes first.
public enum BookingLimits {
  public static let seriesDates = 200
  public static let yearsAhead = 2

  /// The last date a series from `first` may reach: two years from today,
  /// and at most `seriesDates` dates.
  public static func lastDate(first: Day, everyWeeks: Int, today: Day) -> Day {
    min(lastDay(from: today), first.adding(7 * max(1, everyWeeks) * (seriesDates - 1)))
  }

  /// The last day that can be booked from `today` (the same date two years on).
  public static func lastDay(from today: Day) -> Day {
    let (y, m, d) = today.parts
    return Day(year: y + yearsAhead, month: m, day: min(d, Day.length(of: m, in: y + yearsAhead)))
      ?? today.adding(365 * yearsAhead)
  }
}

/// Which dates of a series a change or cancellation applies to.
public enum SeriesScope: String, CaseIterable, Sendable {
  case one, following, all
}
