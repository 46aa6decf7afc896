import Core

/// `skranke --help`, `skranke help COMMAND` and `skranke COMMAND --help`:
/// each made from the declarations, so help cannot name an option the
/// parser refuses, or miss one it takes.
enum HelpPages {
  static let width = 78

  /// The options every command that opens the file takes: left out of the
  /// overview's lines and said once below them.
  static let common: Set<String> = ["--db", "--no-backup"]

  static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    if args.flags.contains("--man") && args.flags.contains("--completion") {
      throw CLIError.wrongUse(
        ["help"], "vælg enten --man eller --completion", "choose either --man or --completion")
    }
    if args.flags.contains("--man") {
      Output.out(ManPage.text(lang))
      return 0
    }
    if args.flags.contains("--completion") {
      Output.out(BashCompletion.script)
      return 0
    }
    let words = Array(args.words.dropFirst())
    Output.out(words.isEmpty ? overview(lang) : try command(words, lang))
    return 0
  }

  /// Tokens packed into lines of `width`: a token is never split.
  static func packed(_ tokens: [String], first: String, rest: String) -> [String] {
    var lines: [String] = []
    var line = first
    var empty = true
    for token in tokens {
      if !empty && line.count + 1 + token.count > width {
        lines.append(line)
        line = rest + token
      } else {
        line += (empty ? "" : " ") + token
      }
      empty = false
    }
    lines.append(line)
    return lines
  }

  static func tokens(_ spec: CommandSpec, _ lang: Language, all: Bool) -> [String] {
    [spec.name] + spec.arguments.map { $0.usage(lang) }
      + spec.options.filter { all || !common.contains($0.name) }.map { $0.usage(lang) }
  }

  /// Every command: its usage, what it does; then the words on backups,
  /// exit codes and the environment.
  static func overview(_ lang: Language) -> String {
    var out = lang.pick(
      "skranke — frivilligcentrets skranke i terminalen\n\nBrug:\n",
      "skranke — the volunteer centre's front desk in a terminal\n\nUsage:\n")
    for spec in CommandResolver.all where !spec.isAlias {
      out +=
        packed(tokens(spec, lang, all: false), first: "  ", rest: "      ").joined(
          separator: "\n") + "\n"
      out +=
        TextWrap.lines(spec.summary(lang), width: width, first: "        ").joined(
          separator: "\n") + "\n"
    }
    out += "  skranke --help | --version\n\n"
    return out + HelpText.trailer(lang)
  }

  /// The page `--help` asks for: the longest run of leading words that
  /// names a command or a family, else the overview.
  static func asked(_ argv: [String], _ lang: Language) -> String {
    let words = Array(argv.prefix { !$0.hasPrefix("-") })
    for count in stride(from: words.count, to: 0, by: -1) {
      if let page = try? command(Array(words.prefix(count)), lang) { return page }
    }
    return overview(lang)
  }

  /// One command, or every command of a family (`help citizen`), with
  /// each option and what it does.
  static func command(_ words: [String], _ lang: Language) throws -> String {
    let specs = CommandResolver.all.filter { $0.path.starts(with: words) && !$0.isAlias }
    guard !specs.isEmpty else {
      throw CLIError.usage(
        "ingen kommando hedder '\(words.joined(separator: " "))'",
        "no command is called '\(words.joined(separator: " "))'")
    }
    var out = ""
    for spec in specs {
      out += packed(tokens(spec, lang, all: true), first: "", rest: "    ").joined(separator: "\n")
      out +=
        "\n"
        + TextWrap.lines(spec.summary(lang), width: width, first: "  ").joined(
          separator: "\n") + "\n"
      let names = spec.options.map { option in
        option.value.map { option.name + " " + $0(lang) } ?? option.name
      }
      let column = min(26, (names.map(\.count).max() ?? 0) + 4)
      for (option, name) in zip(spec.options, names) {
        let first = "  " + name + String(repeating: " ", count: max(1, column - 2 - name.count))
        let lines =
          name.count + 4 > column
          ? ["  " + name]
            + TextWrap.lines(
              option.help(lang), width: width, first: String(repeating: " ", count: column))
          : TextWrap.lines(
            option.help(lang), width: width, first: first,
            rest: String(repeating: " ", count: column))
        out += lines.joined(separator: "\n") + "\n"
      }
      out += "\n"
    }
    return out
  }
}

extension CommandSpec {
  /// `skranke help`: the command that prints these pages.
  static let help = CommandSpec(
    path: ["help"],
    arguments: [ArgumentSpec(name: Said("KOMMANDO", "COMMAND"), optional: true, repeats: true)],
    options: [
      OptionSpec(
        "--man",
        help: Said(
          "manualsiden (troff), til ~/.local/share/man/man1/skranke.1",
          "the manual page (troff), for ~/.local/share/man/man1/skranke.1")),
      OptionSpec(
        "--completion",
        help: Said(
          "bash-fuldførelse, til ~/.local/share/bash-completion/completions/skranke",
          "bash completion, for ~/.local/share/bash-completion/completions/skranke")),
    ],
    summary: Said(
      "hjælp til en kommando med alle dens tilvalg; manualside og bash-fuldførelse",
      "help on a command with all its options; the manual page and bash completion"),
    run: HelpPages.run)

  /// A second name for a command listed under its own (`staff` is
  /// `staff list`): taken, but not listed twice.
  var isAlias: Bool {
    path.count == 1 && CommandResolver.all.contains { $0.path == path + ["list"] }
  }
}
