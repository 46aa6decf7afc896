import Core

/// The command line, parsed by hand (no third-party packages): a verb and
/// its words, plus `--name value` options and `--flag` switches.
struct Arguments {
  var words: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []

  /// The words and options of `argv`; `valued` and `switches` are every
  /// option any command declares (`CommandResolver`). An option given
  /// twice is refused: the second would silently win.
  static func parse(_ argv: [String], valued: Set<String>, switches: Set<String>) throws
    -> Arguments
  {
    var result = Arguments()
    var index = 0
    while index < argv.count {
      let word = argv[index]
      index += 1
      if word.hasPrefix("--"), let equals = word.firstIndex(of: "="),
        valued.contains(String(word[..<equals]))
      {
        let name = String(word[..<equals])
        try result.once(name)
        result.options[name] = String(word[word.index(after: equals)...])
      } else if valued.contains(word) {
        guard index < argv.count else {
          throw CLIError.usage("\(word) mangler en værdi", "\(word) needs a value")
        }
        try result.once(word)
        result.options[word] = argv[index]
        index += 1
      } else if switches.contains(word) {
        try result.once(word)
        result.flags.insert(word)
      } else if word.hasPrefix("-") && word.count > 1 {
        throw CLIError.usage("ukendt tilvalg \(word)", "unknown option \(word)")
      } else {
        result.words.append(word)
      }
    }
    return result
  }

  /// What the command declares (`CommandResolver` sets it): reading any
  /// other option is a fault in skranke, and stops it, naming the option,
  /// so no test run can pass over an option the parser would refuse.
  var declared: Set<String>?

  /// The value of a declared option, nil when not given.
  func option(_ name: String) -> String? {
    check(name)
    return options[name]
  }

  /// Whether a declared switch was given.
  func flag(_ name: String) -> Bool {
    check(name)
    return flags.contains(name)
  }

  private func check(_ name: String) {
    guard let declared, !declared.contains(name) else { return }
    preconditionFailure("skranke reads \(name), which the command does not declare")
  }

  /// Whether the option was given, as a switch or with a value.
  func given(_ name: String) -> Bool { options[name] != nil || flags.contains(name) }

  private func once(_ name: String) throws {
    guard given(name) else { return }
    throw CLIError.usage("\(name) er givet to gange", "\(name) is given twice")
  }
}

extension Arguments {
  /// A whole number typed on the command line, inside its stated range;
  /// anything else is a usage error that names the range.
  static func number(_ text: String, _ name: String, in range: ClosedRange<Int64>) throws -> Int64 {
    guard let value = Int64(text.trimmed), range.contains(value) else {
      throw CLIError.usage(
        "\(name) skal være et helt tal fra \(range.lowerBound) til \(range.upperBound), ikke '\(text)'",
        "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"
      )
    }
    return value
  }

  /// An optional numeric option with its range and default.
  func number(_ option: String, in range: ClosedRange<Int64>, default fallback: Int64) throws
    -> Int64
  {
    guard let text = self.option(option) else { return fallback }
    return try Self.number(text, option, in: range)
  }

  /// `--from` and `--to` as days (`2026-01-01`, `01-01-2026`, ...), both
  /// optional; `--to` before `--from` is a usage error. A report or an
  /// export looks back: a date without its year is the latest such day,
  /// and a period without years the latest that has begun
  /// (`DateInput.latestPeriod`).
  func period(today: Day = Day.today()) throws -> (Day?, Day?) {
    let period = DateInput.latestPeriod(
      from: option("--from"), to: option("--to"), today: today)
    if let which = period.unread.first {
      let option = "--" + which
      let text = self.option(option) ?? ""
      throw CLIError.usage(
        "\(option): ukendt dato '\(text)' (fx 2026-01-01 eller 01-01-2026)",
        "\(option): unknown date '\(text)' (e.g. 2026-01-01 or 01-01-2026)")
    }
    if let from = period.from, let to = period.to, to < from {
      throw CLIError.usage("--to ligger før --from", "--to is before --from")
    }
    return (period.from, period.to)
  }
}
