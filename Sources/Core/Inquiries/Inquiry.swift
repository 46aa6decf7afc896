/// A henvendelse: one person's question at the desk, owned by the staff
/// member who received it until it is closed with an outcome.
public struct Inquiry: Equatable, Sendable {
  public var id: Int64?
  /// `2026-11-23 10:41`, set when it is logged.
  public var receivedAt = ""
  public var channel: Channel = .walkIn
  public var askerKind: AskerKind = .citizen
  public var askerName = ""
  /// A phone number or an e-mail address.
  public var askerContact = ""
  public var categoryID: Int64 = 0
  public var text = ""
  /// The association the inquiry concerns, if any (from it or about it).
  public var associationID: Int64?
  /// Its name, read with the inquiry for showing (not saved from here).
  public var associationName = ""
  public var ownerID: Int64 = 0
  public var receivedByID: Int64 = 0
  public var status: InquiryStatus = .open
  /// Required unless closed.
  public var followUp: Day?
  public var closedAt: String?
  public var outcome: Outcome?
  /// Set when the inquiry was handed over to its owner by someone else.
  public var handedOverFromID: Int64?
  /// Grows with every change: a save that started from an older version is
  /// told what changed underneath it.
  public var version: Int64 = 0

  public init() {}

  public func isOverdue(today: Day) -> Bool {
    guard !status.isClosed, let followUp else { return false }
    return followUp < today
  }
}

/// The fields a worker edits in the inquiry form, and that a concurrent
/// save is checked against one by one.
public enum InquiryField: String, CaseIterable, Sendable {
  case channel
  case askerKind = "asker_kind"
  case askerName = "asker_name"
  case askerContact = "asker_contact"
  case category, text
  case followUp = "follow_up"
  case association

  public func label(_ lang: Language) -> String {
    switch self {
    case .channel: return lang.pick("Kanal", "Channel")
    case .askerKind: return lang.pick("Hvem spørger", "Who is asking")
    case .askerName: return lang.pick("Navn", "Name")
    case .askerContact: return lang.pick("Telefon/e-mail", "Phone/e-mail")
    case .category: return lang.pick("Kategori", "Category")
    case .text: return lang.pick("Tekst", "Text")
    case .followUp: return lang.pick("Opfølgning", "Follow-up")
    case .association: return lang.pick("Forening", "Association")
    }
  }

  /// The field's value as text, for comparing and for the timeline.
  public func value(of inquiry: Inquiry) -> String {
    switch self {
    case .channel: return inquiry.channel.rawValue
    case .askerKind: return inquiry.askerKind.rawValue
    case .askerName: return inquiry.askerName
    case .askerContact: return inquiry.askerContact
    case .category: return String(inquiry.categoryID)
    case .text: return inquiry.text
    case .followUp: return inquiry.followUp?.iso ?? ""
    case .association: return inquiry.associationID.map(String.init) ?? ""
    }
  }

  func copy(from source: Inquiry, to target: inout Inquiry) {
    switch self {
    case .channel: target.channel = source.channel
    case .askerKind: target.askerKind = source.askerKind
    case .askerName: target.askerName = source.askerName
    case .askerContact: target.askerContact = source.askerContact
    case .category: target.categoryID = source.categoryID
    case .text: target.text = source.text
    case .followUp: target.followUp = source.followUp
    case .association:
      target.associationID = source.associationID
      target.associationName = source.associationName
    }
  }
}
