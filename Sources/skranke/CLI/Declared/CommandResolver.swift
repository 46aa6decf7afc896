import Core

/// Which declared command the command line names, its words and options
/// read and checked against what that command declares: an option it does
/// not take, an option given twice, or a word too many or too few is
/// refused with exit 2, naming it, before anything is opened.
enum CommandResolver {
  /// Every command, in the order `--help` lists them.
  static let all: [CommandSpec] =
    CommandSpec.desk + CommandSpec.events + CommandSpec.files + [CommandSpec.help]

  /// What the command line itself understands anywhere.
  static let anywhere: Set<String> = ["--help", "-h", "--version"]

  /// Options that take a value, over all commands (a name is a switch in
  /// every command or takes a value in every one; a test keeps it so).
  static let valued: Set<String> = Set(
    all.flatMap { $0.options }.filter { $0.value != nil }.map(\.name))
  static let switches: Set<String> =
    Set(all.flatMap { $0.options }.filter { $0.value == nil }.map(\.name)).union(anywhere)

  /// The command `argv` names and its arguments; nil for `--version` and
  /// `--help` without a command (the caller says those).
  static func resolve(_ argv: [String]) throws -> (CommandSpec, Arguments) {
    var args = try Arguments.parse(argv, valued: valued, switches: switches)
    let spec = try command(for: args.words)
    args.declared = Set(spec.options.map(\.name)).union(anywhere)
    for given in args.options.keys.sorted() + args.flags.sorted()
    where !anywhere.contains(given) && spec.option(given) == nil {
      let name = spec.path.isEmpty ? "skranke" : spec.path.joined(separator: " ")
      throw CLIError.wrongUse(
        spec.path, "\(name) tager ikke \(given)", "\(name) does not take \(given)")
    }
    let extra = args.words.count - spec.path.count
    let missing = spec.options.filter { $0.required && !args.given($0.name) }.map(\.name)
    let most = spec.arguments.last?.repeats == true ? Int.max : spec.arguments.count
    if extra < spec.requiredArguments || extra > most || !missing.isEmpty {
      throw CLIError.wrongUse(
        spec.path, "brug: " + usage(spec, .danish), "usage: " + usage(spec, .english))
    }
    return (spec, args)
  }

  /// A usage line without the options every command takes.
  static func usage(_ spec: CommandSpec, _ lang: Language) -> String {
    HelpPages.tokens(spec, lang, all: false).joined(separator: " ")
  }

  /// The command with the longest name the words begin with. Words after
  /// a family name that name none of its commands are the family's usage.
  static func command(for words: [String]) throws -> CommandSpec {
    let matches = all.filter { words.starts(with: $0.path) }
    guard let best = matches.max(by: { $0.path.count < $1.path.count }) else {
      throw CLIError.wrongUse([], "", "")
    }
    guard let first = words.first else { return best }
    let family = all.filter { $0.path.first == first }
    if family.isEmpty {
      throw CLIError.usage("ukendt kommando '\(first)'", "unknown command '\(first)'")
    }
    let takes =
      best.arguments.last?.repeats == true ? Int.max : best.path.count + best.arguments.count
    if best.path.count <= 1 && family.contains(where: { $0.path.count > 1 })
      && (best.path.isEmpty || words.count > takes)
    {
      // `skranke citizen`, `skranke staff sack KM`: the family's usage.
      let lines = family.filter { !$0.isAlias }
      throw CLIError.wrongUse(
        [first],
        "brug: "
          + lines.map { usage($0, .danish) }.joined(
            separator: "\n" + String(repeating: " ", count: 15)),
        "usage: "
          + lines.map { usage($0, .english) }.joined(
            separator: "\n" + String(repeating: " ", count: 16)))
    }
    return best
  }
}
