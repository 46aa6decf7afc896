/// An error that says itself to a front-desk worker, in Danish and English,
/// in words they can act on. Every error a person may see is one; anything
/// else is described by `ErrorText` without its raw text.
public protocol UserFacingError: Error {
  func message(_ lang: Language) -> String
  /// The command line's exit status for it: 1 unless the error has its own
  /// (usage 2, taken 3, busy 4, damaged 5, disk trouble 6).
  var exitCode: Int32 { get }
}

extension UserFacingError {
  public var exitCode: Int32 { 1 }
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
    (error as? UserFacingError)?.exitCode ?? 1
  }

  /// The error's type without its values, which may hold raw text.
  private static func typeName(_ error: Error) -> String {
    String(describing: type(of: error))
  }
}
