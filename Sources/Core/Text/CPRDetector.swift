/// Finds text that looks like a Danish CPR number, so a form can warn before
/// one is stored in free text (they must never be).
///
/// A match is six digits that form a real date (DDMMYY) followed by four
/// digits, either straight on or after one hyphen or space, and not part of
/// a longer run of digits. The modulus-11 check is deliberately not used:
/// numbers issued since 2007 need not pass it. Phone numbers (8 digits, also
/// written in pairs) and dates (`24-11-2026`) do not match: neither has six
/// date digits followed by four more.
public enum CPRDetector {
  public static func containsCPR(_ text: String) -> Bool { firstMatch(in: text) != nil }

  /// The first CPR-like number in `text`, as written.
  public static func firstMatch(in text: String) -> String? {
    let chars = Array(text)
    var index = 0
    while index < chars.count {
      guard chars[index].isASCIIDigit, index == 0 || !chars[index - 1].isASCIIDigit else {
        index += 1
        continue
      }
      if let end = match(chars, at: index) { return String(chars[index..<end]) }
      index += 1
    }
    return nil
  }

  /// The end of a CPR-like number starting at `start`, if there is one.
  private static func match(_ chars: [Character], at start: Int) -> Int? {
    var digits: [Int] = []
    var index = start
    while index < chars.count, digits.count < 6, let digit = chars[index].asciiDigit {
      digits.append(digit)
      index += 1
    }
    guard digits.count == 6, isDate(digits) else { return nil }
    if index < chars.count, chars[index] == "-" || chars[index] == " " { index += 1 }
    var serial = 0
    while index < chars.count, serial < 4, chars[index].isASCIIDigit {
      serial += 1
      index += 1
    }
    guard serial == 4 else { return nil }
    if index < chars.count, chars[index].isASCIIDigit { return nil }
    return index
  }

  private static func isDate(_ d: [Int]) -> Bool {
    let day = d[0] * 10 + d[1]
    let month = d[2] * 10 + d[3]
    // Any century will do: the two-digit year cannot tell them apart.
    return Day(year: 2000 + d[4] * 10 + d[5], month: month, day: day) != nil
      || Day(year: 1900 + d[4] * 10 + d[5], month: month, day: day) != nil
  }
}

extension Character {
  var isASCIIDigit: Bool { asciiDigit != nil }

  var asciiDigit: Int? {
    guard let value = asciiValue, value >= 48, value <= 57 else { return nil }
    return Int(value - 48)
  }
}
