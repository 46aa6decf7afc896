/// What the centre keeps about one association (`Schema.v16`): not
/// published, never in the overview.
public struct RegisterEntry: Equatable, Sendable {
  /// The day the association last confirmed its details (nil: never).
  public var confirmedOn: Day?
  /// The centre's contact person for the association (a staff member).
  public var centreContactID: Int64?
  /// On the municipality's insurance list since (nil: not on it).
  public var insuredSince: Day?
  /// Which of its activities the insurance covers ("" : all of them).
  public var insuredActivities: String
  /// The cooperation agreement (samarbejdsaftale): signed, and when it ends.
  public var agreementSigned: Day?
  public var agreementEnds: Day?

  public init(
    confirmedOn: Day? = nil, centreContactID: Int64? = nil, insuredSince: Day? = nil,
    insuredActivities: String = "", agreementSigned: Day? = nil, agreementEnds: Day? = nil
  ) {
    self.confirmedOn = confirmedOn
    self.centreContactID = centreContactID
    self.insuredSince = insuredSince
    self.insuredActivities = insuredActivities
    self.agreementSigned = agreementSigned
    self.agreementEnds = agreementEnds
  }
}

/// An active association whose details were not confirmed for a while,
/// with whom to call.
public struct StaleAssociation: Equatable, Sendable {
  public let id: Int64
  public let name: String
  public let confirmedOn: Day?
  public let contactPerson: String
  public let phone: String
  public let email: String
  /// The centre's contact person's initials ("" : none named).
  public let centreContact: String
}
