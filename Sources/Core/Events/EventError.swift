/// What the event and sign-up rules refused, in words a worker can act on.
/// A room that is taken is `RoomError.taken`, as for any booking.
public enum EventError: UserFacingError, Equatable {
  /// A field the worker typed: which one (as the form and the command line
  /// name it) and what is wrong.
  case invalid(EventField, FieldError)
  case notFound(Int64)
  case unknownKind(String)
  /// A room or an outside address, not both and not neither.
  case placeNeeded
  case cancelled
  /// The sign-up needs the worker's yes first.
  case asks([SignUpQuestion])
  case signupNotFound(String)
  /// Several sign-ups answer to what was typed: their names, and whether
  /// they were found by name (then the phone tells them apart).
  case severalSignUps([String], byName: Bool)
  /// No session to tick attendance for on that day.
  case noSession(Day)
  case overRoomCapacity(Int)
  /// The sign-up deadline falls after the first session.
  case deadlineAfterStart(Day)
  /// Fewer seats than are taken.
  case seatsTaken(Int)
  /// Attendance ticked before the session's day.
  case notYet(Day)

  public var exitCode: Int32 {
    switch self {
    case .invalid, .unknownKind, .placeNeeded, .asks, .overRoomCapacity, .deadlineAfterStart,
      .seatsTaken:
      2
    default: 1
    }
  }

  public func message(_ lang: Language) -> String {
    switch self {
    case .invalid(let field, let error): return field.label(lang) + ": " + error.message(lang)
    case .notFound(let id):
      return lang.pick("Arrangement nr. \(id) findes ikke.", "Event no. \(id) does not exist.")
    case .unknownKind(let name):
      return lang.pick(
        "ukendt slags arrangement '\(SafeText.oneLine(name))' (se skranke event kinds)",
        "unknown kind of event '\(SafeText.oneLine(name))' (see skranke event kinds)")
    case .placeNeeded:
      return lang.pick(
        "vælg enten et af centrets lokaler eller en adresse udenfor",
        "choose either one of the centre's rooms or an outside address")
    case .cancelled: return lang.pick("Arrangementet er aflyst.", "The event is cancelled.")
    case .asks(let questions):
      return questions.map { $0.message(lang) }.joined(separator: " ")
    case .signupNotFound(let who):
      return lang.pick(
        "ingen tilmelding til arrangementet passer på '\(SafeText.oneLine(who))'",
        "no sign-up to the event matches '\(SafeText.oneLine(who))'")
    case .severalSignUps(let names, let byName):
      return lang.pick("flere tilmeldinger passer: ", "several sign-ups match: ")
        + names.prefix(5).map(SafeText.oneLine).joined(separator: ", ")
        + (byName
          ? lang.pick(" (brug --phone)", " (use --phone)")
          : lang.pick(" (afmeld eller kryds af i F7)", " (cancel or tick in F7)"))
    case .noSession(let day):
      return lang.pick(
        "arrangementet mødes ikke \(day.label(lang))",
        "the event does not meet on \(day.label(lang))")
    case .deadlineAfterStart(let first):
      return lang.pick(
        "tilmeldingsfristen skal ligge senest den første gang (\(first.label(lang)))",
        "the sign-up deadline must be on or before the first session (\(first.label(lang)))")
    case .notYet(let day):
      return lang.pick(
        "der kan først krydses af på dagen (\(day.label(lang)))",
        "attendance is ticked on the day (\(day.label(lang)))")
    case .seatsTaken(let taken):
      return lang.pick(
        "\(taken) pladser er allerede taget: der skal være mindst så mange",
        "\(taken) seats are taken already: there must be at least as many")
    case .overRoomCapacity(let capacity):
      return lang.pick(
        "lokalet har kun plads til \(capacity)", "the room only holds \(capacity)")
    }
  }
}

/// The fields of an event and a sign-up, as the form and the command line
/// name them.
public enum EventField: String, Sendable {
  case title, description, place, capacity, price, deadline, name, phone, email, seats

  public func label(_ lang: Language) -> String {
    switch self {
    case .title: lang.pick("titel", "title")
    case .description: lang.pick("beskrivelse", "description")
    case .place: lang.pick("sted", "place")
    case .capacity: lang.pick("pladser", "seats")
    case .price: lang.pick("pris", "price")
    case .deadline: lang.pick("tilmeldingsfrist", "sign-up deadline")
    case .name: lang.pick("navn", "name")
    case .phone: lang.pick("telefon", "phone")
    case .email: lang.pick("e-mail", "e-mail")
    case .seats: lang.pick("pladser", "seats")
    }
  }
}

extension SignUpQuestion {
  public func message(_ lang: Language) -> String {
    switch self {
    case .pastDeadline(let day):
      return lang.pick(
        "Tilmeldingsfristen var \(day.label(lang)).", "The sign-up deadline was \(day.label(lang))."
      )
    case .began(let day):
      return lang.pick(
        "Arrangementet begyndte \(day.label(lang)).", "The event began on \(day.label(lang)).")
    case .alreadySigned(let name, let status):
      let said: String
      switch status {
      case .signed: said = lang.pick("er allerede tilmeldt", "is signed up already")
      case .waiting:
        said = lang.pick("står allerede på ventelisten", "is on the waiting list already")
      case .cancelled: said = lang.pick("har meldt fra", "has cancelled")
      }
      return SafeText.oneLine(name) + " " + said + "."
    }
  }
}
