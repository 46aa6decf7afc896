/// Whole kroner as a Danish person types and reads them: `25.000 kr.`
public enum Kroner {
  /// `25000`, `25.000`, `25 000`, `25.000 kr.` or `25.000,00` as 25000; nil
  /// for anything else (øre other than `,00` or `,-` are not whole kroner).
  public static func parse(_ text: String) -> Int? {
    var digits = text.lowercased().trimmed
    // `kr. 25.000` as on an invoice.
    for prefix in ["kr.", "kr", "dkk"] where digits.hasPrefix(prefix) {
      digits = String(digits.dropFirst(prefix.count)).trimmed
      break
    }
    // `25.000,- kr.`: the suffixes come off one by one, from the end.
    while let suffix = ["kr.", "kr", "dkk", ",-", ",00"].first(where: { digits.hasSuffix($0) }) {
      digits = String(digits.dropLast(suffix.count)).trimmed
    }
    // Thousands separators: a dot or a space before each group of three.
    let groups = digits.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == " " })
    if groups.count > 1 {
      guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
    }
    let joined = groups.joined()
    guard !joined.isEmpty, joined.count <= 12, joined.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return Int(joined)
  }

  /// `25.000`: thousands marked with dots, as Danish text does.
  public static func format(_ amount: Int) -> String {
    let digits = String(abs(amount))
    var out = ""
    for (index, char) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
      out.append(char)
    }
    return (amount < 0 ? "-" : "") + out
  }

  /// `25.000 kr.`
  public static func label(_ amount: Int) -> String { format(amount) + " kr." }
}
