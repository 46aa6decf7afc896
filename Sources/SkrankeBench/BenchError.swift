import Core

/// The benchmark refuses to time work whose answer is wrong.
enum BenchError: UserFacingError {
  /// Matching and its raw SQL ranking gave different suggestions.
  case disagree(String)

  func message(_ lang: Language) -> String {
    switch self {
    case .disagree(let name):
      return lang.pick(
        "Matching og SQL-rangordningen er uenige for \(name).",
        "Matching and the SQL ranking disagree for \(name).")
    }
  }
}
