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
    }
  }
}

/// RFC 4180 CSV with what Danish users actually have: `,`, `;` or tab (found from
/// the header line), quoted fields with newlines and `""`, and CRLF, LF or CR
/// line ends. Empty lines are skipped.
public enum CSVParser {
  /// The separator used outside quotes in the first line: the most
  /// frequent of `;` (Danish Excel), tab (Excel's "Unicode text") and `,`;
  /// `,` when none occurs.
  public static func detectSeparator(_ text: String) -> Character {
    var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
    var quoted = false
    for char in text {
      if char == "\"" { quoted.toggle() }
      if quoted { continue }
      if char == "\n" || char == "\r" || char == "\r\n" { break }
      if counts[char] != nil { counts[char]! += 1 }
    }
    let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key != ",") }!
    return best.value == 0 ? "," : best.key
  }

  public static func parse(_ text: String, separator: Character? = nil) throws(CSVError)
    -> [CSVRecord]
  {
    let sep = separator ?? detectSeparator(text)
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quoteClosed = false
    var fieldWasQuoted = false
    var quoteLine = 1
    var fieldWasQuotedLast = false

    func endField() {
      fields.append(field)
      field = ""
      quoteClosed = false
      fieldWasQuoted = false
    }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuotedLast) {
        records.append(CSVRecord(line: recordLine, fields: fields))
      }
      fields = []
    }

    // Characters: Swift treats "\r\n" as one Character.
    for char in text {
      if inQuotes {
        if char == "\"" {
          inQuotes = false
          quoteClosed = true
        } else {
          field.append(char)
          if char == "\n" || char == "\r\n" || char == "\r" { line += 1 }
        }
        continue
      }
      if quoteClosed {
        if char == "\"" {  // "" inside quotes: a literal quote
          field.append("\"")
          inQuotes = true
          quoteClosed = false
          continue
        }
        if char != sep && char != "\n" && char != "\r\n" && char != "\r" {
          throw CSVError(line: line, reason: .textAfterClosingQuote)
        }
      }
      switch char {
      case "\"":
        guard field.isEmpty && !fieldWasQuoted else {
          throw CSVError(line: line, reason: .quoteInsideField)
        }
        inQuotes = true
        fieldWasQuoted = true
        quoteLine = line
      case sep:
        endField()
      case "\n", "\r\n", "\r":
        fieldWasQuotedLast = fieldWasQuoted
        endRecord()
        line += 1
        recordLine = line
      default:
        field.append(char)
      }
    }
    if inQuotes { throw CSVError(line: quoteLine, reason: .unterminatedQuote) }
    fieldWasQuotedLast = fieldWasQuoted
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
    return records
  }

  /// Writes a field for a spreadsheet: control and bidirectional
  /// characters dropped (line breaks and tabs stay, quoted); a field a
  /// spreadsheet would run as a formula (beginning with = + - @, a tab or a
  /// carriage return) begins with an apostrophe so it shows as text (the
  /// OWASP rule; `unguard` takes it off on import); quoted when it needs it.
  public static func escape(_ field: String, separator: Character = ",") -> String {
    var clean = String.UnicodeScalarView()
    for scalar in field.unicodeScalars {
      let kept = scalar == "\t" || scalar == "\n" || scalar == "\r"
      if !kept && (SafeText.isControl(scalar) || SafeText.isBidiControl(scalar)) { continue }
      clean.append(scalar)
    }
    var text = String(clean)
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
    let needsQuotes =
      text.contains { $0 == separator || $0 == "\"" || $0.isNewline || $0 == "\t" }
      || text.hasPrefix(" ") || text.hasSuffix(" ")
    guard needsQuotes else { return text }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }

  /// What a spreadsheet reads as the start of a formula, and the apostrophe
  /// itself (so a text that begins with one survives the round trip).
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

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
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for char in self {
      if char == target { out += replacement } else { out.append(char) }
    }
    return out
  }
}
