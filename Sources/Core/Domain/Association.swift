/// A forening: what the front desk passes on to a citizen.
public struct Association: Equatable, Sendable {
  public var id: Int64?
  public var name: String
  public var description: String
  /// The lokalområde's name ("" when unknown).
  public var area: String
  /// Target group codes (see `TargetGroup.code`).
  public var targetGroups: [String]
  public var contactPerson: String
  /// Normalised: eight digits for a Danish number (see `Validation.phone`).
  public var phone: String
  public var email: String
  public var website: String
  public var address: String
  public var active: Bool

  public init(
    id: Int64? = nil, name: String, description: String = "", area: String = "",
    targetGroups: [String] = [], contactPerson: String = "", phone: String = "",
    email: String = "", website: String = "", address: String = "", active: Bool = true
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.area = area
    self.targetGroups = targetGroups
    self.contactPerson = contactPerson
    self.phone = phone
    self.email = email
    self.website = website
    self.address = address
    self.active = active
  }
}
