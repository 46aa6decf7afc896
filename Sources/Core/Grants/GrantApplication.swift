/// Where an application stands: being written → sent → in the council's
/// review → granted, partly granted or refused → the use reported back.
public enum ApplicationStatus: String, CaseIterable, Sendable {
  case writing, sent, review, granted
  case partlyGranted = "partly_granted"
  case refused, reported
  /// The association gave up on it (or it was made by mistake): kept, and
  /// counted under its own status, never as pending.
  case withdrawn

  public func label(_ lang: Language) -> String {
    switch self {
    case .writing: return lang.pick("skrives", "being written")
    case .sent: return lang.pick("sendt", "sent")
    case .review: return lang.pick("i rådets høring", "in the council's review")
    case .granted: return lang.pick("bevilget", "granted")
    case .partlyGranted: return lang.pick("delvist bevilget", "partly granted")
    case .refused: return lang.pick("afslået", "refused")
    case .reported: return lang.pick("afrapporteret", "reported back")
    case .withdrawn: return lang.pick("trukket tilbage", "withdrawn")
    }
  }

  /// The usual next step, offered first when a worker moves it on.
  public var next: ApplicationStatus? {
    switch self {
    case .writing: return .sent
    case .sent: return .review
    case .review: return .granted
    case .granted, .partlyGranted: return .reported
    case .refused, .reported, .withdrawn: return nil
    }
  }

  /// Money was granted (and so must have an amount).
  public var isGranted: Bool { self == .granted || self == .partlyGranted || self == .reported }
  /// The centre is still helping: the application has not been decided.
  public var isPending: Bool { self == .writing || self == .sent || self == .review }
  /// Decided: the decision date belongs to it (a withdrawn one may have it).
  public var isDecided: Bool { !isPending }
}

/// An application the centre helps an association write for one round of a
/// fund. Amounts are whole kroner.
public struct GrantApplication: Equatable, Sendable {
  public var id: Int64?
  public var roundID: Int64
  public var associationID: Int64
  /// The inquiry it came in as, whose timeline gets each change.
  public var inquiryID: Int64?
  public var purpose: String
  public var amountApplied: Int
  /// Who at the centre helps.
  public var helperID: Int64
  public var status: ApplicationStatus = .writing
  public var amountGranted: Int?
  public var decidedOn: Day?
  /// When the use of the money must be reported back.
  public var reportDue: Day?
  public var version = 1

  /// For showing: the association, the fund and the round's deadline, the helper.
  public var associationName = ""
  public var fundName = ""
  public var deadline = Day(ordinal: 0)
  public var helperInitials = ""

  /// Whole kroner one can apply for: 1 kr. to 100 million.
  public static let amountRange = 1...100_000_000

  public init(
    id: Int64? = nil, roundID: Int64, associationID: Int64, inquiryID: Int64? = nil,
    purpose: String, amountApplied: Int, helperID: Int64, status: ApplicationStatus = .writing,
    amountGranted: Int? = nil, decidedOn: Day? = nil, reportDue: Day? = nil
  ) {
    self.id = id
    self.roundID = roundID
    self.associationID = associationID
    self.inquiryID = inquiryID
    self.purpose = purpose
    self.amountApplied = amountApplied
    self.helperID = helperID
    self.status = status
    self.amountGranted = amountGranted
    self.decidedOn = decidedOn
    self.reportDue = reportDue
  }
}

/// One change on an application, for the association's file.
public struct GrantEvent: Equatable, Sendable {
  public enum Kind: String, Sendable { case created, status, edited }
  public let applicationID: Int64
  /// `2027-04-02 10:41`.
  public let at: String
  public let staffInitials: String
  public let kind: Kind
  /// For `edited`: which field.
  public let field: ApplicationStore.Field?
  public let oldValue: String
  public let newValue: String
  public let fundName: String
  public let deadline: Day
  /// Which application: its purpose (two may share a round).
  public let purpose: String
}
