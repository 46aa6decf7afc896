/// A borger at the desk: someone who wants to volunteer or needs an offer.
/// No CPR number is ever stored; the consent date says the person agreed to
/// having the rest stored.
public struct Citizen: Equatable, Sendable {
  public var id: Int64?
  public var name: String
  public var phone: String
  public var email: String
  public var seeking: Seeking
  /// Words from the interest vocabulary.
  public var interests: [String]
  /// Target group codes ("elderly", "children").
  public var targetGroups: [String]
  /// When the person can come: weekdays × morning/afternoon/evening.
  public var availability: Schedule
  public var area: String
  public var reach: Reach
  public var birthYear: Int?
  public var languages: [String]
  public var needsStepFree: Bool
  public var needsToilet: Bool
  /// Kun uden børneattest: roles that need a child certificate are left
  /// out of the suggestions (the person has none, or will not get one).
  public var withoutChildCertificate: Bool
  public var note: String
  /// The day consent to store the data was given; required to save.
  public var consentOn: Day?
  /// Counts saves, so a save made on an older copy is refused.
  public var version: Int

  public init(
    id: Int64? = nil, name: String = "", phone: String = "", email: String = "",
    seeking: Seeking = .volunteer, interests: [String] = [], targetGroups: [String] = [],
    availability: Schedule = Schedule(), area: String = "", reach: Reach = .near,
    birthYear: Int? = nil, languages: [String] = [], needsStepFree: Bool = false,
    needsToilet: Bool = false, withoutChildCertificate: Bool = false, note: String = "",
    consentOn: Day? = nil, version: Int = 0
  ) {
    self.id = id
    self.name = name
    self.phone = phone
    self.email = email
    self.seeking = seeking
    self.interests = interests
    self.targetGroups = targetGroups
    self.availability = availability
    self.area = area
    self.reach = reach
    self.birthYear = birthYear
    self.languages = languages
    self.needsStepFree = needsStepFree
    self.needsToilet = needsToilet
    self.withoutChildCertificate = withoutChildCertificate
    self.note = note
    self.consentOn = consentOn
    self.version = version
  }

  /// The age this year, when the birth year is known.
  public func age(on day: Day) -> Int? { birthYear.map { day.parts.year - $0 } }

  /// Reads "67" as an age and "1959" as a year of birth.
  public static func birthYear(from text: String, today: Day) -> Result<Int?, FieldError> {
    let trimmed = text.trimmingCharacters(in: " ")
    if trimmed.isEmpty { return .success(nil) }
    guard let number = Int(trimmed) else { return .failure(.invalidBirth) }
    let year = today.parts.year
    if (0...120).contains(number) { return .success(year - number) }
    if (year - 120...year).contains(number) { return .success(number) }
    return .failure(.invalidBirth)
  }
}

/// The fields of a citizen, named as in the export and the form.
public enum CitizenField: String, CaseIterable, Sendable {
  case name, phone, email, seeking, interests
  case targetGroups = "target_groups"
  case availability, area, reach
  case birthYear = "birth_year"
  case languages
  case needsStepFree = "needs_step_free"
  case needsToilet = "needs_toilet"
  case withoutChildCertificate = "without_child_certificate"
  case note
  case consentOn = "consent_on"
}
