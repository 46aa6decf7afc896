/// What a citizen came for: to volunteer, or an offer for themselves or for
/// someone close (then the profile describes that person: "my son is 16").
public enum Seeking: String, CaseIterable, Sendable {
  case volunteer
  case offerSelf = "offer_self"
  case offerRelative = "offer_relative"

  /// The kind of activity that can match.
  public var activityKind: ActivityKind { self == .volunteer ? .role : .offer }

  public func label(_ lang: Language) -> String {
    switch self {
    case .volunteer: return lang.pick("Vil være frivillig", "Wants to volunteer")
    case .offerSelf: return lang.pick("Søger tilbud til sig selv", "Needs an offer for themselves")
    case .offerRelative:
      return lang.pick("Søger tilbud til en pårørende", "Needs an offer for someone close")
    }
  }
}

/// How far a citizen can get: their own area only, neighbouring areas too
/// (a short bus ride), or anywhere.
public enum Reach: String, CaseIterable, Sendable {
  case own
  case near
  case any

  public func label(_ lang: Language) -> String {
    switch self {
    case .own: return lang.pick("Kun eget område", "Own area only")
    case .near: return lang.pick("Også naboområder", "Neighbouring areas too")
    case .any: return lang.pick("Hele kommunen", "Anywhere")
    }
  }
}
