/// A write the store refused, with the reason a worker can act on.
public enum StoreError: UserFacingError, Equatable {
  case invalidAssociation([AssociationField: FieldError])
  case invalidActivity([ActivityField: FieldError])
  case notFound
  /// A word for a list (an interest) that cannot be one.
  case invalidWord(FieldError)
  /// An area's name that cannot be one.
  case invalidArea(FieldError)

  public func message(_ lang: Language) -> String {
    switch self {
    case .invalidAssociation(let errors):
      return errors.sorted { $0.key.rawValue < $1.key.rawValue }
        .map { "\($0.key.rawValue): \($0.value.message(lang))" }.joined(separator: "; ")
    case .invalidActivity(let errors):
      return errors.sorted { $0.key.rawValue < $1.key.rawValue }
        .map { "\($0.key.rawValue): \($0.value.message(lang))" }.joined(separator: "; ")
    case .notFound: return lang.pick("findes ikke (længere)", "no longer exists")
    case .invalidWord(let error): return lang.pick("ordet ", "the word ") + error.message(lang)
    case .invalidArea(let error): return lang.pick("område: ", "area: ") + error.message(lang)
    }
  }
}
