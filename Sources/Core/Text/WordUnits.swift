/// The words of a line as wrapping must keep them: a phone number written
/// in groups ("98 90 12 34", "+45 9890 1234") is one unit, so it never
/// breaks across two lines of a screen or a sheet.
public enum WordUnits {
  public static func split(_ line: Substring) -> [String] {
    let words = line.split(separator: " ")
    var units: [String] = []
    var index = 0
    while index < words.count {
      if let (unit, next) = phone(words, from: index) {
        units.append(unit)
        index = next
      } else {
        units.append(String(words[index]))
        index += 1
      }
    }
    return units
  }

  /// Eight digits in groups of two to four from `start` (after "+45" or
  /// "0045"; the last group may end in punctuation): the number and the
  /// index after it.
  static func phone(_ words: [Substring], from start: Int) -> (String, Int)? {
    var index = start
    var parts: [Substring] = []
    if words[index] == "+45" || words[index] == "0045" {
      parts.append(words[index])
      index += 1
    }
    var digits = 0
    var groups = 0
    while index < words.count, digits < 8 {
      let word = words[index]
      let core = word.prefix { ASCIIDigits.isDigit($0) }
      let rest = word.dropFirst(core.count)
      guard (2...4).contains(core.count), digits + core.count <= 8,
        rest.allSatisfy({ ".,;:)".contains($0) }), rest.isEmpty || digits + core.count == 8
      else { break }
      parts.append(word)
      digits += core.count
      groups += 1
      index += 1
    }
    guard digits == 8, groups >= 2 else { return nil }
    return (parts.joined(separator: " "), index)
  }
}
