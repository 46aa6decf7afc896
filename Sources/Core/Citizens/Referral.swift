/// Where a referral stands. Suggested and contacted are still waiting for an
/// answer, so the linked inquiry cannot be closed yet.
public enum ReferralStatus: String, CaseIterable, Sendable {
  case suggested
  case contacted
  case started
  case notStarted = "not_started"

  public var isPending: Bool { self == .suggested || self == .contacted }

  public func label(_ lang: Language) -> String {
    switch self {
    case .suggested: return lang.pick("foreslået", "suggested")
    case .contacted: return lang.pick("forening kontaktet", "association contacted")
    case .started: return lang.pick("startet", "started")
    case .notStarted: return lang.pick("startede ikke", "did not start")
    }
  }
}

/// A henvisning: a citizen sent on to an activity, by a staff member, on a
/// day, followed up until the outcome is known.
public struct Referral: Equatable, Sendable {
  public var id: Int64
  public var citizenID: Int64?
  public var activityID: Int64
  public var inquiryID: Int64?
  public var referredOn: Day
  public var staffInitials: String
  public var status: ReferralStatus
  public var followUp: Day?
  /// For showing: the activity and its association.
  public var activityTitle: String
  public var associationName: String
}
