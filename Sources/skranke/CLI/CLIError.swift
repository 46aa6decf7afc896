import Core

/// A command-line problem: said on stderr with a non-zero exit.
enum CLIError: UserFacingError {
  /// Wrong use of the command line: exit 2.
  case usage(String, String)
  /// Wrong use of one declared command: exit 2, pointing to its help.
  case wrongUse([String], String, String)
  /// Anything else that stopped the command: exit 1.
  case message(String, String, String)
  /// A problem with its own exit status (6: the disk).
  case status(Int32, String, String)

  func message(_ lang: Language) -> String {
    switch self {
    case .usage(let da, let en):
      return lang.pick(da, en) + lang.pick(" (se skranke --help)", " (see skranke --help)")
    case .wrongUse(let path, let da, let en):
      let help = (["skranke", "help"] + path).joined(separator: " ")
      return lang.pick(da, en) + lang.pick(" (se \(help))", " (see \(help))")
    case .message(_, let da, let en): return lang.pick(da, en)
    case .status(_, let da, let en): return lang.pick(da, en)
    }
  }

  public var exitCode: Int32 {
    switch self {
    case .usage, .wrongUse: return 2
    case .message: return 1
    case .status(let code, _, _): return code
    }
  }
}
