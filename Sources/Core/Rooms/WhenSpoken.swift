/// Times as people say them on the phone (issue 25), rewritten before the
/// rest of `WhenWords`: `torsdag den 17. december kl. 19-21`, `næste
/// torsdag 19-21`, `fre 10-12 uge 5`, `ons 18-20 fra uge 3 til uge 20`,
/// `tir kl. 19½-21`, and the English `thursday 17 december at 19-21`,
/// `next thursday`, `fri 10-12 week 5`, `from week 3 to week 20`.
extension WhenWords {
  /// The months, Danish and English, whole or as their first three letters.
  static let months = [
    ["januar", "january"], ["februar", "february"], ["marts", "march"], ["april"], ["maj", "may"],
    ["juni", "june"], ["juli", "july"], ["august"], ["september"], ["oktober", "october"],
    ["november"], ["december"],
  ]

  /// 1–12 for a month's name or its first three letters (with a dot).
  static func month(_ word: String) -> Int? {
    let word = word.hasSuffix(".") ? String(word.dropLast()) : word
    guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
    return months.firstIndex { names in names.contains { $0 == word || $0.prefix(3) == word } }
      .map { $0 + 1 }
  }

  /// "17." / "17" and a month's name, either way round: "17-12".
  static func spokenDates(_ words: [String]) -> [String] {
    var out: [String] = []
    var index = 0
    func dayOfMonth(_ word: String) -> Int? {
      let digits = word.hasSuffix(".") ? String(word.dropLast()) : word
      return ASCIIDigits.value(digits, maxDigits: 2).flatMap { (1...31).contains($0) ? $0 : nil }
    }
    while index < words.count {
      if index + 1 < words.count, let day = dayOfMonth(words[index]),
        let month = month(words[index + 1])
      {
        out.append("\(day)-\(month)")
        index += 2
      } else if index + 1 < words.count, let month = month(words[index]),
        let day = dayOfMonth(words[index + 1])
      {
        out.append("\(day)-\(month)")
        index += 2
      } else {
        out.append(words[index])
        index += 1
      }
    }
    return out
  }

  /// "fre 10-12 uge 5": the weekday of that one week, as a date (the week
  /// read as elsewhere: this year's, or next year's once it has passed).
  static func singleWeek(_ words: [String], today: Day) -> [String] {
    guard let dayAt = words.firstIndex(where: { weekday($0) != nil }),
      let weekday = weekday(words[dayAt])
    else { return words }
    for index in words.indices {
      var span = 1
      var week = DateInput.week(words[index])
      if week == nil, ["uge", "week"].contains(words[index]), index + 1 < words.count {
        week = ASCIIDigits.value(words[index + 1], maxDigits: 2)
        span = 2
      }
      guard let week, (1...53).contains(week),
        let monday = DateInput.parse("uge \(week)", today: today)
      else { continue }
      var out = words
      out[dayAt] = monday.adding(weekday - 1).numeric
      out.removeSubrange(index..<(index + span))
      return out
    }
    return words
  }

  /// "tor 17-12" / "17-12 tor": the date, when the weekday is its own; nil
  /// when they disagree (the caller said one of them wrong) or it is not that.
  static func weekdayAndDate(_ text: String, today: Day) -> Day? {
    let words = text.split(separator: " ").map(String.init)
    guard words.count == 2 else { return nil }
    for (name, date) in [(words[0], words[1]), (words[1], words[0])] {
      guard let weekday = weekday(name), DateInput.weekday(date) == nil,
        let day = DateInput.parse(date, today: today)
      else { continue }
      return day.weekday == weekday ? day : nil
    }
    return nil
  }

  /// "19½" as "19:30": the Danish half hour.
  static func halfHours(_ text: String) -> String {
    var out = ""
    var last: Character?
    for character in text {
      if character == "½", let last, ASCIIDigits.isDigit(last) {
        out += ":30"
      } else {
        out.append(character)
      }
      last = character
    }
    return out
  }
}

extension WhenInput {
  /// The first word of `text` that no rule reads (to name it in an error),
  /// or nil when every word is known and only their order is wrong.
  public static func unread(_ text: String, today: Day) -> String? {
    let known: Set<String> = [
      "uge", "uger", "week", "weeks", "til", "indtil", "until", "to", "fra", "from", "gange",
      "gang", "times", "hver", "every", "anden", "other", "second", "i", "dag", "morgen", "idag",
      "imorgen", "today", "tomorrow", "-",
    ]
    let lowered = WhenWords.halfHours(text.lowercased())
    for word in lowered.split(separator: " ").map(String.init) {
      let word = String(word.map { "–—".contains($0) ? "-" : $0 })
      if known.contains(word) || WhenWords.fillers.contains(word) { continue }
      if WhenWords.weekday(word) != nil || WhenWords.month(word) != nil { continue }
      if ASCIIDigits.value(word.hasSuffix(".") ? String(word.dropLast()) : word, maxDigits: 4)
        != nil
      {
        continue
      }
      if DateInput.parse(word, today: today) != nil || timeSpan(word) != nil { continue }
      if WhenWords.dottedSpan(word) != nil || weekRange(word, weekday: 1, today: today) != nil {
        continue
      }
      if ClockTime(word) != nil { continue }
      return word
    }
    return nil
  }
}
