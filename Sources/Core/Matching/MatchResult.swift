/// One reason an activity fits, does not fit, or something to know about it.
public struct MatchReason: Equatable, Sendable {
  public enum Kind: String, Sendable {
    case fits
    case misfit
    case note
  }

  public let kind: Kind
  public let text: String
}

/// One ranked activity, with what the worker reads out at the desk.
public struct MatchRow: Equatable, Sendable {
  public let activityID: Int64
  public let title: String
  public let associationID: Int64
  public let associationName: String
  public let area: String
  public let score: Int
  public let reasons: [MatchReason]
  public let contactPerson: String
  public let phone: String
  public let email: String

  public func reasons(_ kind: MatchReason.Kind) -> [String] {
    reasons.filter { $0.kind == kind }.map(\.text)
  }
}

/// The ranked list: the best rows, and how many activities passed the hard
/// conditions out of how many were weighed; `needingCertificate` says how
/// many roles fitted in every other way but were left out because the
/// citizen takes only roles without a child certificate (the reason shown).
public struct MatchList: Equatable, Sendable {
  public let rows: [MatchRow]
  public let passed: Int
  public let weighed: Int
  public var needingCertificate = 0
}
