/// What I dag shows: the desk's day for the one at the keyboard.
public struct TodayPlan: Equatable, Sendable {
  public var followUps: [TodayFollowUp] = []
  public var referrals: [TodayReferral] = []
  public var bookings: [TodayBooking] = []
  /// The centre's own events meeting today, with their counts.
  public var events: [EventLine] = []
  public var endingSeries: [EndingSeries] = []
  public var colleagues: [OwnerCount] = []
  /// Fund rounds whose deadline is within four weeks.
  public var deadlines: [DueRound] = []
  /// My follow-ups due this week and today's bookings not read, when a
  /// section filled `TodayStore.limit` (F2 and the day sheet have them).
  public var followUpsMore = 0
  public var bookingsMore = 0
  /// Colleagues marked away today, to and including their day.
  public var away: [Staff] = []
  /// My inquiries a colleague closed since I dag last showed them.
  public var closedByOthers: [ClosedByOther] = []
  /// The newest handover event read, for `TodayStore.markSeen`.
  public var newestHandover: Int64 = 0

  public init() {}
}

/// One of my inquiries a colleague closed: "#12 lukket af LS: Hjulpet".
public struct ClosedByOther: Equatable, Sendable {
  public let inquiryID: Int64
  public let by: String
  public let outcome: Outcome?
  public let askerName: String
  public let text: String
}

/// One of my open inquiries due this week, or handed to me since I looked.
public struct TodayFollowUp: Equatable, Sendable {
  public enum When: Int, Sendable {
    case overdue, today, thisWeek, later
  }

  public let inquiry: InquiryRow
  public let when: When
  /// Handed over to me since I last looked at I dag (by whom).
  public let handedOverBy: String?
}

/// A referral still waiting for its answer whose follow-up date has come.
public struct TodayReferral: Equatable, Sendable {
  public let id: Int64
  public let inquiryID: Int64?
  public let citizenID: Int64?
  public let citizenName: String
  public let activityTitle: String
  public let associationName: String
  public let status: ReferralStatus
  public let followUp: Day
}

/// A booking today, with what the door and the caretaker need.
public struct TodayBooking: Equatable, Sendable {
  public let booking: Booking
  public let roomName: String
  public let roomNotes: String
  public let address: String
  public let contactPerson: String
  public let phone: String
  /// The first date of a series (a new association in the house).
  public let firstOfSeries: Bool

  /// Whom to call: the booking's own contact, else the association's.
  public var contactText: String {
    booking.contact.isEmpty
      ? [contactPerson, phone].filter { !$0.isEmpty }.joined(separator: " ") : booking.contact
  }
}

/// A booking series whose last date is within four weeks.
public struct EndingSeries: Equatable, Sendable {
  public let seriesID: Int64
  public let roomID: Int64
  public let roomName: String
  public let associationName: String
  public let lastDay: Day
  public let starts: ClockTime
  public let ends: ClockTime
}
