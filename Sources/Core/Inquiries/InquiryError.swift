/// What the inquiry rules refused, with the reason a worker can act on.
public enum InquiryError: UserFacingError, Equatable {
  case invalidInitials
  case invalidStaffName(FieldError)
  /// Field-level problems in the inquiry form (keyed by field).
  case invalid([InquiryField: FieldError])
  case missing(InquiryField)
  case outcomeRequired
  case closingNoteRequired
  case handoverReasonRequired
  case handoverToOwner
  case unknownStaff
  case alreadyClosed
  case notClosed
  case notFound
  /// Referrals on the inquiry still wait for an answer.
  case referralsPending(Int)
  /// A staff member still owns open inquiries: say whom they go to.
  case openInquiriesToHandOver(initials: String, count: Int)
  /// Someone saved the inquiry after it was loaded here: what they changed.
  /// Nothing was saved; the caller still holds its own edit.
  case changedMeanwhile([InquiryChange])

  public func message(_ lang: Language) -> String {
    switch self {
    case .invalidInitials:
      return lang.pick(
        "initialer: 1–6 bogstaver eller cifre (fx KM)", "initials: 1–6 letters or digits (e.g. KM)")
    case .invalidStaffName(let error): return lang.pick("navn: ", "name: ") + error.message(lang)
    case .invalid(let errors):
      return errors.sorted { $0.key.rawValue < $1.key.rawValue }
        .map { "\($0.key.label(lang)): \($0.value.message(lang))" }.joined(separator: "; ")
    case .missing(let field): return field.label(lang) + lang.pick(" skal udfyldes", " is required")
    case .outcomeRequired:
      return lang.pick("Vælg et udfald for at lukke.", "Choose an outcome to close.")
    case .closingNoteRequired:
      return lang.pick(
        "Skriv en kort note om, hvordan det endte.", "Write a short note on how it ended.")
    case .handoverReasonRequired:
      return lang.pick("Skriv hvorfor den overdrages.", "Write why it is handed over.")
    case .handoverToOwner:
      return lang.pick(
        "Vælg en anden medarbejder end den nuværende ejer.",
        "Choose a staff member other than the current owner.")
    case .unknownStaff: return lang.pick("ukendt medarbejder", "unknown staff member")
    case .alreadyClosed:
      return lang.pick("Henvendelsen er allerede lukket.", "The inquiry is already closed.")
    case .notClosed: return lang.pick("Henvendelsen er ikke lukket.", "The inquiry is not closed.")
    case .notFound: return lang.pick("Henvendelsen findes ikke.", "The inquiry does not exist.")
    case .openInquiriesToHandOver(let initials, let count):
      return lang.pick(
        "\(initials) ejer " + lang.count(count, "åben henvendelse", "åbne henvendelser", "", "")
          + ". Sig hvem de skal overdrages til, og hvorfor (én begrundelse for alle).",
        "\(initials) owns " + lang.count(count, "", "", "open inquiry", "open inquiries")
          + ". Say whom they go to, and why (one reason for all).")
    case .referralsPending(let count):
      return lang.count(count, "henvisning", "henvisninger", "referral", "referrals")
        + lang.pick(
          " venter stadig på svar. Angiv om borgeren startede, før henvendelsen lukkes.",
          (count == 1 ? " still waits" : " still wait")
            + " for an answer. Say whether the citizen started before closing.")
    case .changedMeanwhile(let changes):
      return lang.pick(
        "En anden har ændret henvendelsen imens: ", "Someone else changed the inquiry meanwhile: ")
        + changes.map { $0.label(lang) }.joined(separator: "; ")
        + lang.pick(". Intet er gemt endnu.", ". Nothing has been saved yet.")
    }
  }
}

/// One difference between two versions of an inquiry, in words.
public struct InquiryChange: Equatable, Sendable {
  public enum What: Equatable, Sendable {
    case field(InquiryField)
    case status
    case owner
  }

  public let what: What
  public let old: String
  public let new: String

  public init(what: What, old: String, new: String) {
    self.what = what
    self.old = old
    self.new = new
  }

  public func label(_ lang: Language) -> String {
    let name: String
    switch what {
    case .field(let field): name = field.label(lang)
    case .status: name = lang.pick("Status", "Status")
    case .owner: name = lang.pick("Ejer", "Owner")
    }
    let shorten = { (text: String) in text.count > 40 ? String(text.prefix(39)) + "…" : text }
    return "\(name) \(shorten(old.isEmpty ? "–" : old)) → \(shorten(new.isEmpty ? "–" : new))"
  }
}
