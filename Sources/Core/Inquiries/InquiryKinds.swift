/// How an inquiry reached the desk.
public enum Channel: String, CaseIterable, Sendable {
  case walkIn = "walk_in"
  case phone
  case email
  case other

  public func label(_ lang: Language) -> String {
    switch self {
    case .walkIn: return lang.pick("Fremmøde", "Walk-in")
    case .phone: return lang.pick("Telefon", "Phone")
    case .email: return lang.pick("E-mail", "E-mail")
    case .other: return lang.pick("Andet", "Other")
    }
  }
}

/// Who is asking.
public enum AskerKind: String, CaseIterable, Sendable {
  case citizen
  case association
  case municipal
  case other

  public func label(_ lang: Language) -> String {
    switch self {
    case .citizen: return lang.pick("Borger", "Citizen")
    case .association: return lang.pick("Forening", "Association")
    case .municipal: return lang.pick("Kommunal medarbejder", "Municipal employee")
    case .other: return lang.pick("Andet", "Other")
    }
  }
}

/// Where an inquiry stands. Waiting always says on whom.
public enum InquiryStatus: Equatable, Sendable {
  case open
  case waiting(WaitingOn)
  case closed

  public var isClosed: Bool { self == .closed }

  /// The stored pair: `status` and `waiting_on`.
  var columns: (String, String?) {
    switch self {
    case .open: return ("open", nil)
    case .waiting(let on): return ("waiting", on.rawValue)
    case .closed: return ("closed", nil)
    }
  }

  init(status: String, waitingOn: String?) {
    switch status {
    case "waiting": self = .waiting(WaitingOn(rawValue: waitingOn ?? "") ?? .citizen)
    case "closed": self = .closed
    default: self = .open
    }
  }

  /// The choices a worker has for an unclosed inquiry, in order.
  public static let unclosed: [InquiryStatus] =
    [.open] + WaitingOn.allCases.map { .waiting($0) }

  public func label(_ lang: Language) -> String {
    switch self {
    case .open: return lang.pick("Åben", "Open")
    case .waiting(let on): return lang.pick("Venter på ", "Waiting on ") + on.label(lang)
    case .closed: return lang.pick("Lukket", "Closed")
    }
  }
}

public enum WaitingOn: String, CaseIterable, Sendable {
  case citizen
  case association
  case municipality

  public func label(_ lang: Language) -> String {
    switch self {
    case .citizen: return lang.pick("borgeren", "the citizen")
    case .association: return lang.pick("foreningen", "the association")
    case .municipality: return lang.pick("kommunen", "the municipality")
    }
  }
}

/// How a closed inquiry ended.
public enum Outcome: String, CaseIterable, Sendable {
  case helped
  case referredAssociation = "referred_association"
  case referredMunicipality = "referred_municipality"
  case notRelevant = "not_relevant"
  case other

  public func label(_ lang: Language) -> String {
    switch self {
    case .helped: return lang.pick("Hjulpet", "Helped")
    case .referredAssociation:
      return lang.pick("Henvist til forening/aktivitet", "Referred to an association or activity")
    case .referredMunicipality:
      return lang.pick("Henvist til kommunen", "Referred to the municipality")
    case .notRelevant: return lang.pick("Ikke længere relevant", "No longer relevant")
    case .other: return lang.pick("Andet", "Other")
    }
  }
}
