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
    guard lines, text.unicodeScalars.contains("\r") else {
      return .success(text.trimmingCharacters(in: " "))
    }
    // Line ends are stored one way: CRLF and a lone CR become LF.
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
    return .success(String(out).trimmingCharacters(in: " "))
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

/// What is wrong with one field, said next to it.
public enum FieldError: UserFacingError, Equatable, Sendable {
  case required
  case invalidPhone
  case invalidEmail
  case invalidAge
  case invalidSchedule(String)
  case unknownTargetGroup(String)
  case unknownKind(String)
  case invalidFlag(String)
  case duplicateName
  case ageRange
  case invalidDate
  case mustChoose
  case looksLikeCPR
  case invalidCount
  case unknownInterest(String, suggestions: [String])
  case unknownArea(String)
  case invalidBirth
  case consentRequired
  case ownNeighbour(String)
  case closesBeforeOpening
  case invalidTime(String)
  case controlCharacter
  case tooLong(Int)
  /// Within its characters, but built of too many scalars or bytes.
  case tooManyMarks(Int)
  /// A list with more items than it may hold.
  case tooManyItems(Int)
  case outOfRange(Int, Int)
  case unknownAssociation
  /// Several associations match what was typed: pick one.
  case severalAssociations(Int)
  /// A round's date before its application deadline.
  case beforeDeadline
  case unknownFund(String)
  /// A date in a file, which must carry its year.
  case fileDate
  case endsBeforeStart
  /// An application's rule (`GrantRule`).
  case grant(GrantRule)

  public func message(_ lang: Language) -> String {
    switch self {
    case .required: return lang.pick("skal udfyldes", "is required")
    case .invalidPhone:
      return lang.pick(
        "8 cifre, evt. +45 foran (fx 98 92 12 34)",
        "8 digits, optionally +45 first (e.g. 98 92 12 34)")
    case .invalidEmail:
      return lang.pick("ugyldig e-mail (fx navn@forening.dk)", "invalid e-mail (e.g. name@club.dk)")
    case .invalidAge: return lang.pick("alder: et tal 0–120", "age: a number 0–120")
    case .invalidSchedule(let entry):
      return lang.pick(
        "ukendt tidspunkt '\(entry)' (fx 'tir aften|tor formiddag')",
        "unknown time '\(entry)' (e.g. 'tue evening|thu morning')")
    case .unknownTargetGroup(let name):
      return lang.pick("ukendt målgruppe '\(name)'", "unknown target group '\(name)'")
    case .unknownKind(let text):
      return lang.pick(
        "ukendt type '\(text)' (frivilligjob eller tilbud)",
        "unknown kind '\(text)' (role or offer)")
    case .invalidFlag(let text):
      return lang.pick("'\(text)' er hverken ja eller nej", "'\(text)' is neither yes nor no")
    case .duplicateName:
      return lang.pick("navnet findes allerede", "the name already exists")
    case .ageRange:
      return lang.pick("min. alder er større end maks. alder", "minimum age is above maximum age")
    case .invalidDate:
      return lang.pick(
        "ukendt dato (fx 24-11, 24/11/2026, +3, fre, uge 49)",
        "unknown date (e.g. 24-11, 24/11/2026, +3, fri, week 49)")
    case .invalidCount:
      return lang.pick("antal: et helt tal, 0 eller mere", "count: a whole number, 0 or more")
    case .unknownInterest(let word, let suggestions):
      let hint =
        suggestions.isEmpty
        ? ""
        : lang.pick(" (mente du: ", " (did you mean: ") + suggestions.joined(separator: ", ") + ")"
      return lang.pick("ukendt interesse '\(word)'", "unknown interest '\(word)'") + hint
    case .unknownArea(let name):
      return lang.pick("ukendt område '\(name)'", "unknown area '\(name)'")
    case .invalidBirth:
      return lang.pick(
        "alder (fx 67) eller fødselsår (fx 1959)", "age (e.g. 67) or year of birth (e.g. 1959)")
    case .consentRequired:
      return lang.pick(
        "kræver samtykke: sæt kryds, når borgeren har sagt ja",
        "needs consent: tick when the person has agreed")
    case .ownNeighbour(let name):
      return lang.pick(
        "'\(name)' kan ikke være nabo til sig selv", "'\(name)' cannot neighbour itself")
    case .closesBeforeOpening:
      return lang.pick("lukker før det åbner", "closes before it opens")
    case .invalidTime(let text):
      return lang.pick(
        "ukendt klokkeslæt '\(text)' (fx 19, 19:30)", "unknown time '\(text)' (e.g. 19, 19:30)")
    case .mustChoose: return lang.pick("skal vælges", "must be chosen")
    case .controlCharacter:
      return lang.pick(
        "indeholder et styretegn (fx ESC); skriv teksten uden",
        "holds a control character (such as ESC); type the text without it")
    case .outOfRange(let low, let high):
      return lang.pick(
        "et helt tal fra \(low) til \(high)", "a whole number from \(low) to \(high)")
    case .tooLong(let max):
      return lang.pick("højst \(max) tegn", "at most \(max) characters")
    case .tooManyItems(let max):
      return lang.pick("højst \(max) i listen", "at most \(max) in the list")
    case .tooManyMarks(let max):
      return lang.pick(
        "højst \(max) tegn (et bogstav med mange accenttegn over tæller som flere)",
        "at most \(max) characters (a letter with many marks above it counts as several)")
    case .unknownAssociation:
      return lang.pick("ingen forening hedder sådan", "no association by that name")
    case .fileDate:
      return lang.pick(
        "skal være en dato med år (fx 2027-04-15 eller 15-04-2027)",
        "must be a date with its year (e.g. 2027-04-15 or 15-04-2027)")
    case .grant(let rule): return rule.message(lang)
    case .endsBeforeStart:
      return lang.pick("slutter, før vinduet begynder", "ends before the window starts")
    case .unknownFund(let name):
      return lang.pick(
        "ingen pulje hedder '\(name)' (importér puljerne først)",
        "no fund is called '\(name)' (import the funds first)")
    case .beforeDeadline:
      return lang.pick("ligger før ansøgningsfristen", "is before the application deadline")
    case .severalAssociations(let count):
      return lang.pick(
        "\(count) passer: vælg en i listen (↓, Enter) eller skriv mere af navnet",
        "\(count) match: pick one in the list (↓, Enter) or type more of the name")
    case .looksLikeCPR:
      return lang.pick(
        "ligner et CPR-nummer, som ikke må gemmes i fritekst. Fjern det, eller tryk Ctrl-S igen for at gemme alligevel",
        "looks like a CPR number, which must not be stored in free text. Remove it, or press Ctrl-S again to save anyway"
      )
    }
  }
}
