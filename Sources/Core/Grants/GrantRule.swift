/// What is wrong with one field of an application, in the worker's words.
public enum GrantRule: Equatable, Sendable {
  /// Not kroner, or outside `GrantApplication.amountRange`.
  case invalidAmount
  /// Granted (or reported back) without the amount granted.
  case needsAmount
  /// Refused without the date of the decision.
  case needsDate
  /// Partly granted, yet the whole amount or more.
  case partlyNeedsLess
  /// More than was applied for.
  case aboveApplied(Int)
  /// An amount granted or a decision date while it is still undecided.
  case notDecided
  /// The report is due before the decision.
  case beforeDecision
  /// No inquiry has that number.
  case unknownInquiry

  public func message(_ lang: Language) -> String {
    let low = Kroner.format(GrantApplication.amountRange.lowerBound)
    let high = Kroner.format(GrantApplication.amountRange.upperBound)
    switch self {
    case .invalidAmount:
      return lang.pick(
        "beløb i hele kroner, \(low)–\(high) (fx 25.000)",
        "an amount in whole kroner, \(low)–\(high) (e.g. 25.000)")
    case .needsAmount:
      return lang.pick("bevilget kræver det bevilgede beløb", "granted needs the amount granted")
    case .needsDate:
      return lang.pick("afslået kræver datoen for afgørelsen", "refused needs the decision's date")
    case .partlyNeedsLess:
      return lang.pick(
        "delvist bevilget: mindre end det ansøgte (ellers: bevilget)",
        "partly granted: less than applied for (otherwise: granted)")
    case .aboveApplied(let applied):
      return lang.pick(
        "højst det ansøgte, \(Kroner.label(applied))", "at most the amount applied for, \(applied)")
    case .notDecided:
      return lang.pick(
        "udfyldes, når ansøgningen er afgjort (skift status først)",
        "filled in once the application is decided (change its status first)")
    case .beforeDecision:
      return lang.pick("ligger før afgørelsen", "is before the decision")
    case .unknownInquiry:
      return lang.pick("ingen henvendelse har det nummer", "no inquiry has that number")
    }
  }
}
