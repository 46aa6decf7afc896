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
  /// Granted, yet less than applied for: that is partly granted.
  case lessIsPartly
  /// A decision dated after today.
  case inFuture
  /// The inquiry is about another association (or none).
  case otherAssociation
  /// The same association, round and purpose once more.
  case duplicate
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
    case .lessIsPartly:
      return lang.pick(
        "mindre end ansøgt: vælg status delvist bevilget",
        "less than applied for: choose the status partly granted")
    case .inFuture:
      return lang.pick(
        "ligger efter i dag: en afgørelse er truffet", "is after today: a decision has been made")
    case .otherAssociation:
      return lang.pick(
        "henvendelsen handler ikke om denne forening (ret dens Om forening først)",
        "the inquiry is not about this association (set its About association first)")
    case .duplicate:
      return lang.pick(
        "foreningen har allerede en ansøgning med dette formål i runden (a viser den)",
        "the association already has an application with this purpose in the round (a shows it)")
    case .beforeDecision:
      return lang.pick("ligger før afgørelsen", "is before the decision")
    case .unknownInquiry:
      return lang.pick("ingen henvendelse har det nummer", "no inquiry has that number")
    }
  }
}
