/// The ways people say when, rewritten to the form `WhenInput` reads:
/// `hver tirsdag 19-21`, `tir kl 19-21`, `tirsdag 19.00-21.00`,
/// `19-21 tirsdage`, `uge 2 til 24`, `fra 12-01 til 15-06`, and the English
/// `every tuesday at 19-21`, `weeks 2 to 24`, `from 12-01 until 15-06`.
enum WhenWords {
  static func normalise(_ input: [String], today: Day) -> [String] {
    var words = spokenDates(joinSpacedSpans(input.filter { !fillers.contains($0) }))
    // "hver tirsdag" / "every tuesday": the weekday (the repeat is said elsewhere).
    words = words.enumerated().compactMap { index, word in
      (word == "hver" || word == "every") && index + 1 < words.count
        && weekday(words[index + 1]) != nil ? nil : word
    }
    words = words.map { word in
      if let day = weekday(word) { return DateInput.names[day - 1] }
      return dottedSpan(word) ?? word
    }
    // "19-21 tirsdage": the day first.
    if words.count >= 2, WhenInput.timeSpan(words[0]) != nil, weekday(words[1]) != nil {
      words.swapAt(0, 1)
    }
    words = singleWeek(weekRanges(words), today: today)
    // "from 12-01 to 15-06": "to" before a date is "til".
    for index in words.indices.dropLast() where words[index] == "to" {
      if DateInput.parse(words[index + 1], today: today) != nil { words[index] = "til" }
    }
    return untilLast(startingFrom(words, today: today))
  }

  /// Words that say nothing about when: "kl 19-21", "at 19-21".
  /// "næste torsdag" is the coming Thursday, as `torsdag` is read anyway.
  static let fillers: Set<String> = [
    "kl", "kl.", "klokken", "at", "om", "on", "den", "d.", "næste", "next", "the", "på",
  ]

  /// A weekday however it is said: `tir`, `tirsdag`, `tirsdage`,
  /// `tirsdagen`, `tuesdays`; nil for anything else.
  static func weekday(_ word: String) -> Int? {
    for suffix in ["", "e", "en", "s", "ne"] where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if let day = DateInput.weekday(stem) { return day }
    }
    return nil
  }

  /// "19.00-21.30" as "19:00-21:30".
  static func dottedSpan(_ word: String) -> String? {
    guard word.contains("."), word.contains("-") else { return nil }
    let colons = String(word.map { $0 == "." ? ":" : $0 })
    return WhenInput.timeSpan(colons) != nil ? colons : nil
  }

  /// "19 - 21" and "19.00 -21.00" typed with spaces: one span (spaces
  /// around a dash between digits go). One pass each way: what is typed
  /// may be long, and the time it takes grows with it, never faster.
  static func joinSpacedSpans(_ words: [String]) -> [String] {
    let text = Array(words.joined(separator: " "))
    func joins(_ c: Character) -> Bool { c == "-" || ASCIIDigits.isDigit(c) }
    // The nearest character that is not a space after each position.
    var after = [Character?](repeating: nil, count: text.count + 1)
    for index in text.indices.reversed() {
      after[index] = text[index] == " " ? after[index + 1] : text[index]
    }
    var out = ""
    var before: Character?
    for (index, character) in text.enumerated() {
      if character == " " {
        if let before, let next = after[index + 1], before == "-" || next == "-", joins(before),
          joins(next)
        {
          continue
        }
      } else {
        before = character
      }
      out.append(character)
    }
    return out.split(separator: " ").map(String.init)
  }

  /// "uge 2 til 24", "uger 2-24", "weeks 2 to 24", "fra uge 3 til uge 20"
  /// as "uge2-24".
  static func weekRanges(_ words: [String]) -> [String] {
    let weeks = ["uge", "uger", "week", "weeks"]
    var out: [String] = []
    var index = 0
    while index < words.count {
      var at = index
      if ["fra", "from"].contains(words[at]) { at += 1 }
      var last = at + 3
      if last < words.count, weeks.contains(words[last]) { last += 1 }
      if at + 3 < words.count, last < words.count, weeks.contains(words[at]),
        ASCIIDigits.value(words[at + 1], maxDigits: 2) != nil,
        ["til", "to", "-"].contains(words[at + 2]),
        ASCIIDigits.value(words[last], maxDigits: 2) != nil
      {
        out.append("uge\(words[at + 1])-\(words[last])")
        index = last + 1
      } else {
        out.append(words[index])
        index += 1
      }
    }
    return out
  }

  /// "til 15-06 tir 19-21": the end of the series goes after the time.
  static func untilLast(_ words: [String]) -> [String] {
    guard let at = words.firstIndex(where: { ["til", "indtil", "until"].contains($0) }),
      at + 1 < words.count, words[(at + 2)...].contains(where: { WhenInput.timeSpan($0) != nil })
    else { return words }
    var rest = words
    let until = Array(rest[at...(at + 1)])
    rest.removeSubrange(at...(at + 1))
    return rest + until
  }

  /// "fra 12-01" / "from 12-01": the series starts then (on the weekday
  /// asked for, the first on or after that date).
  static func startingFrom(_ words: [String], today: Day) -> [String] {
    guard let at = words.firstIndex(where: { $0 == "fra" || $0 == "from" }), at + 1 < words.count,
      let start = DateInput.parse(words[at + 1], today: today)
    else { return words }
    var rest = words
    rest.removeSubrange(at...(at + 1))
    if let dayAt = rest.firstIndex(where: { weekday($0) != nil }), let day = weekday(rest[dayAt]) {
      rest[dayAt] = start.adding((day - start.weekday + 7) % 7).numeric
    } else {
      rest.insert(start.numeric, at: 0)
    }
    return rest
  }
}
