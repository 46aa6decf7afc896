/// One record of a CSV file and the line of the file it starts on.
public struct CSVRecord: Equatable, Sendable {
  public let line: Int
  public let fields: [String]
}

/// Why a CSV file could not be read, and where.
public struct CSVError: Error, Equatable, Sendable {
  public enum Reason: Equatable, Sendable {
    case unterminatedQuote
    case textAfterClosingQuote
    case quoteInsideField
    case fieldTooLong
  }

  public let line: Int
  public let reason: Reason

  public init(line: Int, reason: Reason) {
    self.line = line
    self.reason = reason
  }

  public func message(_ lang: Language) -> String {
    switch reason {
    case .unterminatedQuote:
      return lang.pick(
        "et citationstegn (\") åbnes men lukkes aldrig", "a quote (\") is opened but never closed")
    case .textAfterClosingQuote:
      return lang.pick(
        "tekst efter et afsluttende citationstegn", "text after a closing quote")
    case .quoteInsideField:
      return lang.pick(
        "citationstegn midt i et felt uden citationstegn (skriv \"\" i et felt i citationstegn)",
        "quote inside an unquoted field (write \"\" inside a quoted field)")
    case .fieldTooLong:
      return lang.pick(
        "et felt er over \(CSVParser.maxFieldBytes / 1024) KB (er det den rigtige fil)",
        "a field is over \(CSVParser.maxFieldBytes / 1024) KB (is this the right file)")
    }
  }
}

/// RFC 4180 CSV with what Danish users actually have: `,`, `;` or tab (found from
/// the header line), quoted fields with newlines and `""`, and CRLF, LF or CR
/// line ends. Empty lines are skipped.
///
/// Read by Unicode scalar, never by Character: Swift joins a comma and a
/// combining mark after it into one Character, which would merge two
/// fields into one and shift every column after it. A field is bounded
/// while it is read (`maxFieldBytes`), so a file of one huge field is
/// refused at once, with its line.
public enum CSVParser {
  /// No text skranke stores comes near this (a free text is at most
  /// 10,000 characters, 40,000 bytes).
  public static let maxFieldBytes = 65_536

  /// The separator used outside quotes in the first line: the most
  /// frequent of `;` (Danish Excel), tab (Excel's "Unicode text") and `,`;
  /// `,` when none occurs.
  public static func detectSeparator(_ text: String) -> Unicode.Scalar {
    var (commas, semicolons, tabs) = (0, 0, 0)
    var quoted = false
    for scalar in text.unicodeScalars {
      if scalar == "\"" { quoted.toggle() }
      if quoted { continue }
      switch scalar {
      case "\n", "\r": return best(commas, semicolons, tabs)
      case ",": commas += 1
      case ";": semicolons += 1
      case "\t": tabs += 1
      default: break
      }
    }
    return best(commas, semicolons, tabs)
  }

  /// Ties go to `;`, then tab: a Danish file with as many of each is
  /// more likely `;`-separated with commas in its decimals.
  private static func best(_ commas: Int, _ semicolons: Int, _ tabs: Int) -> Unicode.Scalar {
    if semicolons > 0 && semicolons >= commas && semicolons >= tabs { return ";" }
    if tabs > 0 && tabs >= commas { return "\t" }
    return ","
  }

  public static func parse(_ text: String, separator: Unicode.Scalar? = nil) throws(CSVError)
    -> [CSVRecord]
  {
    var reader = CSVReader(separator: separator ?? detectSeparator(text))
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() { try reader.read(scalar) }
    return try reader.finish()
  }
  /// Writes a field for a spreadsheet: control and bidirectional
  /// characters dropped (line breaks and tabs stay, quoted); a field a
  /// spreadsheet would run as a formula (beginning with = + - @, a tab or a
  /// carriage return) begins with an apostrophe so it shows as text (the
  /// OWASP rule; `unguard` takes it off on import); quoted when it needs it.
  public static func escape(_ field: String, separator: Unicode.Scalar = ",") -> String {
    var clean = String.UnicodeScalarView()
    for scalar in field.unicodeScalars {
      let kept = scalar == "\t" || scalar == "\n" || scalar == "\r"
      if !kept && (SafeText.isControl(scalar) || SafeText.isBidiControl(scalar)) { continue }
      clean.append(scalar)
    }
    var text = String(clean)
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
    // By scalar: a quote or a comma with a mark after it is still one.
    let needsQuotes =
      text.unicodeScalars.contains {
        $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\t"
      }
      || text.unicodeScalars.first == " " || text.unicodeScalars.last == " "
    guard needsQuotes else { return text }
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in text.unicodeScalars {
      quoted.append(scalar)
      if scalar == "\"" { quoted.append("\"") }
    }
    quoted.append("\"")
    return String(quoted)
  }

  /// What a spreadsheet reads as the start of a formula (the fullwidth
  /// ＝ ＋ － ＠ too: a spreadsheet may read them as their ASCII selves), and
  /// the apostrophe itself (so a text that begins with one survives the
  /// round trip).
  static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "'", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// Undoes `escape`'s apostrophe: "'=SUM(A1)" reads back as "=SUM(A1)". An
  /// apostrophe before anything else is the text's own and stays.
  public static func unguard(_ field: String) -> String {
    let scalars = field.unicodeScalars
    guard scalars.first == "'", let second = scalars.dropFirst().first,
      formulaStarts.contains(second)
    else { return field }
    return String(String.UnicodeScalarView(scalars.dropFirst()))
  }
}

extension String {
  /// Every `target` replaced, scalar by scalar (a quote with a mark after
  /// it is still a quote to SQL and to a spreadsheet).
  func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar == target {
        for part in replacement.unicodeScalars { out.append(part) }
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
