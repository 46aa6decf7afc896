/// Checks and normalises what a worker types or a file holds.
public enum Validation {
  /// A Danish phone number: eight digits, optionally `+45`/`0045` in front and
  /// spaces, dots or hyphens between. Stored as the eight digits. Empty is allowed.
  public static func phone(_ text: String) -> Result<String, FieldError> {
    var digits = text.filter { !" .-()".contains($0) }
    if digits.isEmpty { return .success("") }
    // The country code only in front of eight more digits: 00450045 is a
    // number of its own (and reads back as itself).
    if digits.hasPrefix("+45") && digits.utf8.count == 11 {
      digits.removeFirst(3)
    } else if digits.hasPrefix("0045") && digits.utf8.count == 12 {
      digits.removeFirst(4)
    }
    guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return .failure(.invalidPhone)
    }
    return .success(digits)
  }

  /// "12 34 56 78": how a stored number is shown and exported.
  public static func formatPhone(_ digits: String) -> String {
    guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return digits }
    var out = ""
    for (index, char) in digits.enumerated() {
      if index > 0 && index % 2 == 0 { out.append(" ") }
      out.append(char)
    }
    return out
  }

  /// A plausible e-mail address: something@domain.tld, no spaces or
  /// controls, at most 254 bytes (what mail itself allows). Empty is allowed.
  public static func email(_ text: String) -> Result<String, FieldError> {
    let trimmed = text.trimmingCharacters(in: " ")
    if trimmed.isEmpty { return .success("") }
    if trimmed.utf8.count > 254 { return .failure(.invalidEmail) }
    if trimmed.unicodeScalars.contains(where: {
      SafeText.isUnsafe($0) || $0.properties.isWhitespace
    }) {
      return .failure(.invalidEmail)
    }
    let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !trimmed.contains(" "),
      parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
      !parts[1].contains("..")
    else { return .failure(.invalidEmail) }
    return .success(trimmed)
  }

  /// A name must hold something other than spaces.
  public static func required(_ text: String, max: Int = shortText) -> Result<String, FieldError> {
    let trimmed = text.trimmingCharacters(in: " ")
    if trimmed.isEmpty { return .failure(.required) }
    return self.text(trimmed, max: max)
  }

  /// The longest one-line text (a name, a title, an address): characters.
  public static let shortText = 200
  /// The longest free text (a description, a note, what was said): characters.
  public static let longText = 10_000

  /// A text of at most `max` characters holds at most twice as many
  /// Unicode scalars (a letter and its accent, typed apart, are two) ...
  public static func scalars(for max: Int) -> Int { 2 * max }
  /// ... and at most four bytes a character in UTF-8. Swift counts
  /// characters, and `a` followed by 25 million combining marks is one:
  /// the limit is kept in all three.
  public static func bytes(for max: Int) -> Int { 4 * max }

  /// Any text a person or a file gives: at most `max` characters (and
  /// `scalars(for:)` scalars and `bytes(for:)` bytes) and no control
  /// characters (an escape sequence is never data; line breaks and tabs
  /// are allowed where the text has several lines). Trimmed of spaces.
  /// Bytes are counted first, so a huge text is refused without reading it.
  public static func text(_ text: String, max: Int = shortText, lines: Bool = false)
    -> Result<String, FieldError>
  {
    if text.utf8.count > bytes(for: max) { return .failure(overLimit(text, max: max)) }
    for scalar in text.unicodeScalars where SafeText.isControl(scalar) {
      if lines && (scalar == "\n" || scalar == "\t" || scalar == "\r") { continue }
      return .failure(.controlCharacter)
    }
    if text.unicodeScalars.count > scalars(for: max) { return .failure(overLimit(text, max: max)) }
    if text.count > max { return .failure(.tooLong(max)) }
    return .success((lines ? lineFeeds(text) : text).trimmingCharacters(in: " "))
  }

  /// Line ends are stored one way: CRLF and a lone CR become LF.
  public static func lineFeeds(_ text: String) -> String {
    guard text.unicodeScalars.contains("\r") else { return text }
    var out = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && afterCR {
        afterCR = false
        continue
      }
      afterCR = scalar == "\r"
      out.append(afterCR ? "\n" : scalar)
    }
    return String(out)
  }

  /// Too long, or too many marks on too few letters: which to say.
  /// (Counts letters only until it knows, so a long text is cheap.)
  static func overLimit(_ text: String, max: Int) -> FieldError {
    var letters = 0
    for scalar in text.unicodeScalars where !isMark(scalar) {
      letters += 1
      if letters > max { return .tooLong(max) }
    }
    return .tooManyMarks(max)
  }

  /// A scalar drawn on the letter before it: a combining mark, a joiner,
  /// a variation selector.
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x300 { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark, .format: return true
    default: return (0xFE00...0xFE0F).contains(scalar.value)
    }
  }

  /// The most items a list field holds (interests, languages, facilities,
  /// neighbours), and the longest item.
  public static let listItems = 50
  public static let listItem = 60

  /// A list's items, each checked as one line of at most `listItem`
  /// characters and trimmed, empty ones left out; at most `listItems`.
  public static func list(_ items: [String]) -> Result<[String], FieldError> {
    var out: [String] = []
    for item in items {
      switch text(item, max: listItem) {
      case .success(let checked): if !checked.isEmpty { out.append(checked) }
      case .failure(let error): return .failure(error)
      }
      if out.count > listItems { return .failure(.tooManyItems(listItems)) }
    }
    return .success(out)
  }

  /// An age between 0 and 120, or empty.
  public static func age(_ text: String) -> Result<Int?, FieldError> {
    let trimmed = text.trimmingCharacters(in: " ")
    if trimmed.isEmpty { return .success(nil) }
    guard let value = Int(trimmed), (0...120).contains(value) else {
      return .failure(.invalidAge)
    }
    return .success(value)
  }

  /// A whole number of places, 0 or more, or empty (not known).
  public static func count(_ text: String) -> Result<Int?, FieldError> {
    let trimmed = text.trimmingCharacters(in: " ")
    if trimmed.isEmpty { return .success(nil) }
    guard let value = Int(trimmed), value >= 0, value < 100_000 else {
      return .failure(.invalidCount)
    }
    return .success(value)
  }

  /// How many people: 1 to 10,000, or empty (not said).
  public static let attendeesRange = 1...10_000

  public static func attendees(_ text: String) -> Result<Int?, FieldError> {
    let trimmed = text.trimmingCharacters(in: " ")
    if trimmed.isEmpty { return .success(nil) }
    guard let value = Int(trimmed), attendeesRange.contains(value) else {
      return .failure(.outOfRange(attendeesRange.lowerBound, attendeesRange.upperBound))
    }
    return .success(value)
  }

  /// Stores a checked value, or its error under `key`: the forms and the
  /// importer read several fields this way.
  static func apply<Key>(
    _ result: Result<String, FieldError>, _ key: Key, to value: inout String,
    errors: inout [Key: FieldError]
  ) {
    switch result {
    case .success(let checked): value = checked
    case .failure(let error): errors[key] = error
    }
  }

  /// "ja"/"nej", "yes"/"no", "1"/"0", "x"/"" as a boolean.
  public static func flag(_ text: String) -> Bool? {
    switch DanishFolding.fold(text) {
    case "ja", "j", "yes", "y", "1", "x", "true", "sand": return true
    case "nej", "n", "no", "0", "", "false", "falsk": return false
    default: return nil
    }
  }
}
