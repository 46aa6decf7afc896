/// An error that says itself to a front-desk worker, in Danish and English,
/// in words they can act on. Every error a person may see is one; anything
/// else is described by `ErrorText` without its raw text.
public protocol UserFacingError: Error {
  func message(_ lang: Language) -> String
}

/// Says any error in the user's words, with the command line's exit status.
public enum ErrorText {
  public static func message(_ error: Error, _ lang: Language) -> String {
    if let error = error as? UserFacingError { return error.message(lang) }
    return lang.pick(
      "Der gik noget uventet galt (\(typeName(error))). Hvis du var ved at gemme, er intet gemt.",
      "Something unexpected went wrong (\(typeName(error))). If you were saving, nothing was saved."
    )
  }

  /// 1 unless the error has its own (usage 2, taken 3, busy 4, damaged 5,
  /// disk trouble 6).
  public static func exitCode(_ error: Error) -> Int32 {
    switch error {
    case let problem as DatabaseProblem: return problem.exitCode
    case let open as DatabaseOpenError: return open.exitCode
    case let backup as BackupError: return backup.exitCode
    default: return 1
    }
  }

  /// The error's type without its values, which may hold raw text.
  private static func typeName(_ error: Error) -> String {
    String(describing: type(of: error))
  }
}
