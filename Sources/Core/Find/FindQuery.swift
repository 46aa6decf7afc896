/// What was typed into Find, read once: an inquiry number (`#123`), a phone
/// number (digits, with or without spaces), or words, folded as everywhere
/// else. It writes the FTS expression that gives candidates and the exact
/// test each candidate must pass, as F1's search does.
struct FindQuery {
  let words: [String]
  /// `#123`: that inquiry.
  let number: Int64?
  /// Digits typed, with or without spaces (at least three).
  let digits: String?

  init(_ text: String) {
    let trimmed = text.trimmed
    if trimmed.hasPrefix("#"), let number = Int64(trimmed.dropFirst()), number > 0 {
      self.number = number
    } else {
      number = nil
    }
    let compact = trimmed.filter { $0 != " " && $0 != "+" && $0 != "-" }
    if compact.count >= 3, compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
      digits = compact
      words = [compact]
    } else {
      digits = nil
      words = Array(DanishFolding.words(trimmed).prefix(SearchPlan.maxWords))
    }
  }

  var isEmpty: Bool { words.isEmpty && number == nil }

  static func isLong(_ word: String) -> Bool { word.unicodeScalars.count >= 3 }

  /// Whether a word is long enough to be looked for inside words too.
  var hasLong: Bool { words.contains(where: Self.isLong) }

  /// The FTS table to ask and its expression. First every word as the
  /// start of a word ("…_words", cheap: a name is found this way); then,
  /// for compounds, long words anywhere ("…_trigrams").
  func fts(_ base: String, inside: Bool) -> (table: String, expression: String) {
    if inside {
      return (
        base + "_trigrams",
        words.filter(Self.isLong).map { "\"\($0)\"" }.joined(separator: " ")
      )
    }
    return (base + "_words", words.map { "\"\($0)\"*" }.joined(separator: " "))
  }

  /// The exact test: every word in one of `columns`, at a word's start,
  /// or (`inside`) long words anywhere.
  func conditions(_ columns: [String], inside: Bool, _ binder: inout SQLBinder) -> [String] {
    words.map { word in
      let long = inside && Self.isLong(word)
      let mark = binder.bind(.text(long ? word : " " + word))
      return "("
        + columns.map {
          long ? "instr(\($0), \(mark)) > 0" : "instr(' ' || \($0), \(mark)) > 0"
        }.joined(separator: " OR ") + ")"
    }
  }
}
