import Core

/// A command-line problem: said on stderr with a non-zero exit.
enum CLIError: Error {
  /// Wrong use of the command line: exit 2.
  case usage(String, String)
  /// Anything else that stopped the command: exit 1.
  case message(String, String, String)

  func text(_ lang: Language) -> String {
    switch self {
    case .usage(let da, let en):
      return lang.pick(da, en) + lang.pick(" (se skranke --help)", " (see skranke --help)")
    case .message(_, let da, let en): return lang.pick(da, en)
    }
  }

  var exitCode: Int32 {
    if case .usage = self { return 2 }
    return 1
  }
}
