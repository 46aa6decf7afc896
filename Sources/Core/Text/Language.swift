/// The language of everything skranke says: the UI and command-line messages.
/// Danish when the locale variables start with `da`, English otherwise.
public enum Language: Sendable, Equatable {
  case danish
  case english

  /// Reads `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the way POSIX ranks them:
  /// the first one that is set and non-empty decides.
  public static func fromEnvironment(_ env: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = env[name], !value.isEmpty {
        return value.lowercased().hasPrefix("da") ? .danish : .english
      }
    }
    return .english
  }

  /// Picks the text for this language.
  public func pick(_ danish: String, _ english: String) -> String {
    self == .danish ? danish : english
  }
}
