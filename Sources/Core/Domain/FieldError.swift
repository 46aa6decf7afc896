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
