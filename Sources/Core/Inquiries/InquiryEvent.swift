/// One entry of an inquiry's timeline. Entries are only ever added.
public struct InquiryEvent: Equatable, Sendable {
  public enum Kind: String, CaseIterable, Sendable {
    case created, note, call, status
    case followUp = "follow_up"
    case handover, closed, reopened, edited, referral
    /// A change to an application the centre helps with (`ApplicationStore`).
    case grant
  }

  public let id: Int64
  /// `2026-11-23 10:41`.
  public let at: String
  public let staffInitials: String
  public let kind: Kind
  /// For `edited`: which field.
  public let field: InquiryField?
  public let oldValue: String
  public let newValue: String
  public let text: String
  /// For `grant`: which of the application's fields changed (nil: its status).
  public var grantField: ApplicationStore.Field? = nil
  /// The line an erasure leaves: personal data erased on the day in
  /// `newValue` (`edited`, field `erased`).
  public var isErasure = false
  /// For `closed` by a colleague: the owner's initials (field `for:KM`).
  public var closedFor: String? = nil
}

/// An entry about to be written.
struct EventDraft {
  var kind: InquiryEvent.Kind
  var field: InquiryField? = nil
  /// For `grant`: the application's field, written to the same column.
  var grantField: ApplicationStore.Field? = nil
  /// For `closed` by someone else than the owner: the owner's initials.
  var closedFor: String? = nil
  var old = ""
  var new = ""
  var text = ""
}

/// Which list of inquiries, and in what order.
public enum InquiryView: Equatable, Sendable {
  /// One owner's unclosed inquiries, earliest follow-up (so overdue) first.
  case mine(ownerID: Int64)
  /// Every unclosed inquiry, by owner's initials, then follow-up date.
  case allOpenByOwner
  /// Every unclosed inquiry by follow-up date.
  case allOpenByDate
  /// Closed inquiries, newest first, optionally matching typed words.
  case closed(search: String)
  /// Every inquiry naming the association, open or closed, newest first.
  case association(id: Int64)
}

/// One row of an inquiry list.
public struct InquiryRow: Equatable, Sendable {
  public let id: Int64
  public let receivedAt: String
  public let channel: Channel
  public let askerName: String
  public let categoryID: Int64
  /// The start of the text, for the list.
  public let summary: String
  public let ownerID: Int64
  public let ownerInitials: String
  public let status: InquiryStatus
  public let followUp: Day?
  public let closedAt: String?
  public let outcome: Outcome?
  public let handedOver: Bool

  public func isOverdue(today: Day) -> Bool {
    guard !status.isClosed, let followUp else { return false }
    return followUp < today
  }
}

/// Open and overdue counts for one owner ("Alle åbne" header).
public struct OwnerCount: Equatable, Sendable {
  public let ownerID: Int64
  public let initials: String
  public let open: Int
  public let overdue: Int
}
