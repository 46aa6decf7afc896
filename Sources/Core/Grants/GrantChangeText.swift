extension ApplicationStore.Field {
  public func label(_ lang: Language) -> String {
    switch self {
    case .round: return lang.pick("Pulje og frist", "Fund and deadline")
    case .association: return lang.pick("Forening", "Association")
    case .inquiry: return lang.pick("Henvendelse", "Inquiry")
    case .purpose: return lang.pick("Formål", "Purpose")
    case .amountApplied: return lang.pick("Ansøgt beløb", "Amount applied for")
    case .helper: return lang.pick("Hjælpes af", "Helped by")
    case .status: return "Status"
    case .amountGranted: return lang.pick("Bevilget beløb", "Amount granted")
    case .decidedOn: return lang.pick("Afgjort", "Decided on")
    case .reportDue: return lang.pick("Afrapportering", "Report due")
    }
  }
}

/// How one change to an application reads, on the association's file and
/// on the inquiry's timeline: "bevilget → afrapporteret", "ansøgt beløb:
/// 20.000 kr. → 25.000 kr.". Stored values are codes, digits and ISO dates,
/// so each language words them.
public enum GrantChangeText {
  /// A change with no field is the status (old empty: the application was
  /// created with that status).
  public static func describe(
    field: ApplicationStore.Field?, old: String, new: String, lang: Language
  ) -> String {
    guard let field else {
      let status = { (code: String) in ApplicationStatus(rawValue: code)?.label(lang) ?? code }
      if old.isEmpty {
        return lang.pick("ansøgning oprettet", "application created") + " (\(status(new)))"
      }
      return "\(status(old)) → \(status(new))"
    }
    func value(_ text: String) -> String {
      if text.isEmpty { return "–" }
      switch field {
      case .amountApplied, .amountGranted: return Int(text).map(Kroner.label) ?? text
      case .decidedOn, .reportDue: return Day(iso: text)?.numeric ?? text
      case .inquiry: return "#" + text
      default: return text
      }
    }
    return field.label(lang).lowercased() + ": " + value(old) + " → " + value(new)
  }
}
