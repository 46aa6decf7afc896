/// Whether an activity is a job for a volunteer or an offer for a citizen.
public enum ActivityKind: String, Sendable, CaseIterable {
  case role
  case offer

  public func label(_ lang: Language) -> String {
    switch self {
    case .role: return lang.pick("frivilligjob", "volunteer role")
    case .offer: return lang.pick("tilbud", "offer")
    }
  }

  /// Accepts the stored code and the Danish and English words.
  public static func parse(_ text: String) -> ActivityKind? {
    switch DanishFolding.fold(text) {
    case "role", "frivilligjob", "frivillig", "volunteer role", "job": return .role
    case "offer", "tilbud": return .offer
    default: return nil
    }
  }
}

/// An aktivitet: a volunteer role or an offer, belonging to one association.
public struct Activity: Equatable, Sendable {
  public var id: Int64?
  public var associationID: Int64
  public var title: String
  public var kind: ActivityKind
  public var description: String
  public var area: String
  public var schedule: Schedule
  public var ageMin: Int?
  public var ageMax: Int?
  public var targetGroups: [String]
  public var interests: [String]
  /// Step-free access (no steps, or a ramp or lift).
  public var stepFree: Bool
  public var accessibleToilet: Bool
  public var languages: [String]
  /// Børneattest: needed for volunteers in direct contact with children under 15.
  public var childCertificate: Bool
  /// Places still open; nil when the association has not said (no limit known).
  public var openPlaces: Int?
  public var active: Bool

  public init(
    id: Int64? = nil, associationID: Int64, title: String, kind: ActivityKind = .offer,
    description: String = "", area: String = "", schedule: Schedule = Schedule(),
    ageMin: Int? = nil, ageMax: Int? = nil, targetGroups: [String] = [],
    interests: [String] = [], stepFree: Bool = false, accessibleToilet: Bool = false,
    languages: [String] = [], childCertificate: Bool = false, openPlaces: Int? = nil,
    active: Bool = true
  ) {
    self.id = id
    self.associationID = associationID
    self.title = title
    self.kind = kind
    self.description = description
    self.area = area
    self.schedule = schedule
    self.ageMin = ageMin
    self.ageMax = ageMax
    self.targetGroups = targetGroups
    self.interests = interests
    self.stepFree = stepFree
    self.accessibleToilet = accessibleToilet
    self.languages = languages
    self.childCertificate = childCertificate
    self.openPlaces = openPlaces
    self.active = active
  }
}
