/// Inquiry values in words: timeline entries and "what changed" lists store
/// codes (so they read the same in Danish and English); this says them.
public struct InquiryWords {
  public let lang: Language
  public let categories: [InquiryCategory]
  public let staff: [Staff]
  /// An association's name from its id, for the timeline's "Rettet forening".
  public var associationName: (Int64) -> String? = { _ in nil }

  public init(
    lang: Language, categories: [InquiryCategory], staff: [Staff],
    associationName: @escaping (Int64) -> String? = { _ in nil }
  ) {
    self.lang = lang
    self.categories = categories
    self.staff = staff
    self.associationName = associationName
  }

  public func initials(_ id: Int64) -> String { staff.first { $0.id == id }?.initials ?? "?" }

  /// `2026-11-23 10:41` as `23-11 10:41`.
  public func moment(_ stamp: String) -> String {
    let date = stamp.prefix(10).split(separator: "-")
    guard date.count == 3 else { return stamp }
    return "\(date[2])-\(date[1])" + stamp.dropFirst(10)
  }

  public func category(_ id: Int64) -> String {
    categories.first { $0.id == id }?.name(lang) ?? "#\(id)"
  }

  /// A stored status: `open`, `waiting:citizen`, `closed`.
  public func status(_ code: String) -> String {
    let parts = code.split(separator: ":").map(String.init)
    switch parts.first {
    case "waiting":
      return InquiryStatus.waiting(WaitingOn(rawValue: parts.last ?? "") ?? .citizen).label(lang)
    case "closed": return InquiryStatus.closed.label(lang)
    default: return InquiryStatus.open.label(lang)
    }
  }

  public func date(_ iso: String) -> String { Day(iso: iso)?.label(lang) ?? iso }

  /// `2026-11-23 10:41` as `man 23-11-2026 10:41`.
  public func stamp(_ stamp: String) -> String {
    guard let day = Day(iso: String(stamp.prefix(10))) else { return stamp }
    return day.label(lang) + stamp.dropFirst(10)
  }

  public func value(_ field: InquiryField, _ raw: String) -> String {
    switch field {
    case .category: return Int64(raw).map(category) ?? raw
    case .channel: return Channel(rawValue: raw)?.label(lang) ?? raw
    case .askerKind: return AskerKind(rawValue: raw)?.label(lang) ?? raw
    case .followUp: return date(raw)
    case .askerName, .askerContact, .text: return raw
    case .association:
      guard let id = Int64(raw) else { return "–" }
      return associationName(id) ?? "#\(id)"
    }
  }

  /// One change another desk made, for the "changed meanwhile" message.
  public func change(_ change: InquiryChange) -> String {
    switch change.what {
    case .field(let field):
      return InquiryChange(
        what: change.what, old: value(field, change.old), new: value(field, change.new)
      )
      .label(lang)
    case .status:
      return InquiryChange(what: .status, old: status(change.old), new: status(change.new)).label(
        lang)
    case .owner: return change.label(lang)
    }
  }

  /// What a timeline entry says, after its time and initials.
  public func event(_ event: InquiryEvent) -> String {
    switch event.kind {
    case .created:
      let channel = Channel(rawValue: event.newValue)?.label(lang).lowercased() ?? ""
      return lang.pick("Modtaget", "Received") + (channel.isEmpty ? "" : " (\(channel))")
    case .note: return lang.pick("Note: ", "Note: ") + event.text
    case .call: return lang.pick("Opkald: ", "Call: ") + event.text
    case .status: return "Status: \(status(event.oldValue)) → \(status(event.newValue))"
    case .followUp:
      return lang.pick("Opfølgning: ", "Follow-up: ")
        + "\(event.oldValue.isEmpty ? "–" : date(event.oldValue)) → \(date(event.newValue))"
    case .handover:
      return lang.pick("Overdraget ", "Handed over ") + "\(event.oldValue) → \(event.newValue): "
        + event.text
    case .closed:
      let outcome = Outcome(rawValue: event.newValue)?.label(lang) ?? event.newValue
      let whose = event.closedFor.map { lang.pick(" for \($0)", " for \($0)") } ?? ""
      return lang.pick("Lukket", "Closed") + whose + ": " + outcome + ". " + event.text
    case .reopened:
      return lang.pick("Genåbnet", "Reopened") + " (\(date(event.newValue))): " + event.text
    case .edited:
      if event.isErasure {
        let day = Day(iso: event.newValue)?.numeric ?? event.newValue
        return lang.pick("Personoplysninger slettet ", "Personal data erased ") + day
      }
      guard let field = event.field else { return lang.pick("Rettet", "Edited") }
      return lang.pick("Rettet ", "Edited ") + field.label(lang).lowercased() + ": "
        + "\(value(field, event.oldValue)) → \(value(field, event.newValue))"
    case .referral:
      let status = { (code: String) in ReferralStatus(rawValue: code)?.label(lang) ?? code }
      if event.oldValue.isEmpty {
        return lang.pick("Henvist: ", "Referred: ") + event.text + " — " + status(event.newValue)
      }
      return lang.pick("Henvisning: ", "Referral: ") + event.text + ": "
        + "\(status(event.oldValue)) → \(status(event.newValue))"
    case .grant:
      return lang.pick("Ansøgning ", "Application ") + event.text + ": "
        + GrantChangeText.describe(
          field: event.grantField, old: event.oldValue, new: event.newValue, lang: lang)
    }
  }
}
