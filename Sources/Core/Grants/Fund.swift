/// A pulje: a pool of § 18 money (or a foundation's) that associations
/// apply to, with who grants it, its criteria as text and its web address.
public struct Fund: Equatable, Sendable {
  public var id: Int64?
  public var name: String
  public var grantor = ""
  public var criteria = ""
  public var url = ""
  public var active = true

  public init(
    id: Int64? = nil, name: String, grantor: String = "", criteria: String = "",
    url: String = "", active: Bool = true
  ) {
    self.id = id
    self.name = name
    self.grantor = grantor
    self.criteria = criteria
    self.url = url
    self.active = active
  }
}

/// One round of a fund: the application deadline, the council's review
/// window and the decision date, all Copenhagen calendar days. A deadline
/// on a Saturday stays that Saturday: nothing is moved to a working day.
public struct FundRound: Equatable, Sendable {
  public var id: Int64?
  public var fundID: Int64
  public var deadline: Day
  /// When the administration's recommendation goes to the council
  /// (Frivilligrådet) for comment; the window is `reviewDays` long unless
  /// its end is given.
  public var reviewFrom: Day?
  public var reviewUntil: Day?
  public var decisionOn: Day?
  public var note = ""

  /// The council's window when only its start is given: 14 calendar days
  /// (Aalborg's two weeks), ending on the 14th day after the start.
  public static let reviewDays = 14

  public init(
    id: Int64? = nil, fundID: Int64, deadline: Day, reviewFrom: Day? = nil,
    reviewUntil: Day? = nil, decisionOn: Day? = nil, note: String = ""
  ) {
    self.id = id
    self.fundID = fundID
    self.deadline = deadline
    self.reviewFrom = reviewFrom
    self.reviewUntil = reviewUntil
    self.decisionOn = decisionOn
    self.note = note
  }

  /// The window's last day: as given, or 14 days after its start.
  public var reviewEnds: Day? { reviewUntil ?? reviewFrom?.adding(Self.reviewDays) }
}

extension Day {
  /// `lør 15-04-2028, uge 15`: a deadline as a person checks it against a
  /// wall calendar (English: `Sat 15-04-2028, week 15`).
  public func withWeek(_ lang: Language) -> String {
    label(lang) + lang.pick(", uge ", ", week ") + String(isoWeek.week)
  }
}
