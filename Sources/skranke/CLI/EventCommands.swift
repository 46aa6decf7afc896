import Core

/// `skranke event …`: the centre's own events from a script or a terminal.
/// Exit 0 when done, 3 when the room is taken, 2 when the input is wrong.
enum EventCommands {
  static func add(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let today = Day.today()
    let (day, start) = try BookCommands.moment(args.option("--from") ?? "", "--from", today: today)
    let (endDay, end) = try BookCommands.moment(args.option("--to") ?? "", "--to", today: today)
    guard endDay == day else {
      throw CLIError.usage(
        "--to skal være samme dag som --from", "--to must be on the same day as --from")
    }
    let kindName = args.option("--kind") ?? ""
    guard let kind = try stores.events.kind(named: kindName) else {
      throw EventError.unknownKind(kindName)
    }
    if args.given("--room") == args.given("--place") { throw EventError.placeNeeded }
    var plan = EventPlan(
      title: args.option("--title") ?? "", kindID: kind.id,
      roomID: try args.option("--room").map { try BookCommands.room(named: $0, stores) },
      place: args.option("--place") ?? "", slot: Slot(day: day, start: start, end: end),
      weeklyUntil: try self.day(args, "--weekly-until", today: today),
      capacity: Int(
        try Arguments.number(args.option("--capacity") ?? "", "--capacity", in: 1...10_000)))
    if let until = plan.weeklyUntil, until < day {
      throw CLIError.usage(
        "--weekly-until ligger før --from", "--weekly-until is before --from")
    }
    plan.deadline = try self.day(args, "--deadline", today: today)
    plan.price = Int(try args.number("--price", in: 0...100_000, default: 0))
    plan.description = args.option("--description") ?? ""
    plan.isPublic = args.flag("--public")
    let staff = try staffID(args, env: env, stores)
    plan.staffID = staff
    do {
      let id = try stores.events.add(plan, by: staff)
      Output.out("\(id)\n")
      return 0
    } catch let error as RoomError {
      Output.error(error.message(lang))
      if case .taken = error { return BookCommands.takenExitCode }
      return 2
    }
  }

  static func list(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let today = Day.today()
    let from = try day(args, "--from", today: today) ?? today
    let to = try day(args, "--to", today: today) ?? from.adding(90)
    guard from <= to else {
      throw CLIError.usage("--to ligger før --from", "--to is before --from")
    }
    let stores = try SkrankeCLI.openStores(args, env: env)
    let lines = try stores.events.lines(from: from, to: to)
    if lines.isEmpty {
      Output.out(lang.pick("Ingen arrangementer i perioden.\n", "No events in the period.\n"))
    }
    for line in lines { Output.out(EventText.listLine(line, lang) + "\n") }
    return 0
  }

  static func show(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let stores = try SkrankeCLI.openStores(args, env: env)
    let event = try self.event(args, stores)
    let session = event.sessionShown(on: Day.today())
    let counts = try stores.events.counts(eventID: event.id, session: session?.id)
    let people = try stores.events.participants(eventID: event.id, session: session?.id)
    for line in EventText.sheet(event, session: session, counts: counts, people: people, lang) {
      Output.out(line + "\n")
    }
    return 0
  }

  static func signup(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let event = try self.event(args, stores)
    let association = try args.option("--association").map {
      try BookCommands.association(named: $0, stores).0
    }
    let request = SignUpRequest(
      eventID: event.id, name: args.option("--name") ?? "", phone: args.option("--phone") ?? "",
      email: args.option("--email") ?? "", associationID: association,
      seats: Int(try args.number("--seats", in: 1...1000, default: 1)))
    let staff = try staffID(args, env: env, stores)
    let outcome: SignUpOutcome
    do {
      outcome = try stores.events.signup(request, by: staff)
    } catch EventError.asks(let questions) {
      let asked = questions.map { $0.message(lang) }.joined(separator: " ")
      guard
        YesPrompt.answer(
          args, lang,
          prompt: (asked + " Tilmeld alligevel? Skriv ja: ", asked + " Sign up anyway? Type yes: "),
          refused: ("Ikke tilmeldt.", "Not signed up."))
      else { return 1 }
      outcome = try stores.events.signup(request, confirmed: true, by: staff)
    }
    Output.out(EventText.outcome(outcome, lang) + "\n")
    return 0
  }

  static func cancel(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let event = try self.event(args, stores)
    let signup = try self.signup(args, event, stores)
    let moved = try stores.events.cancel(signup: signup.id, by: try staffID(args, env: env, stores))
    Output.out(lang.pick("Afmeldt: ", "Cancelled: ") + SafeText.oneLine(signup.who) + "\n")
    for person in moved {
      Output.out(lang.pick("Rykket op: ", "Moved up: ") + SafeText.oneLine(person.who) + "\n")
    }
    return 0
  }

  static func attended(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let event = try self.event(args, stores)
    let signup = try self.signup(args, event, stores)
    let day = try self.day(args, "--date", today: Day.today())
    let session = try stores.events.session(of: event, on: day)
    let came = !args.flag("--undo")
    try stores.events.setAttended(signup: signup.id, session: session.id, came)
    Output.out(
      (came ? lang.pick("Mødt: ", "Came: ") : lang.pick("Ikke mødt: ", "Not come: "))
        + SafeText.oneLine(signup.who) + ", " + session.slot.day.label(lang) + "\n")
    return 0
  }

  static func kinds(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let adding = args.words.count == 4
    let stores = try SkrankeCLI.openStores(args, env: env, writes: adding)
    if adding {
      let had = try stores.events.kind(named: args.words[3])
      let kind = try stores.events.addKind(args.words[3])
      Output.out(
        (had == nil
          ? lang.pick("Tilføjet: ", "Added: ") : lang.pick("Findes allerede: ", "Already there: "))
          + SafeText.oneLine(kind.name(lang)) + "\n")
      return 0
    }
    for kind in try stores.events.kinds() { Output.out(SafeText.oneLine(kind.name(lang)) + "\n") }
    return 0
  }

  /// `skranke export events`: the public events (or `--all`) from today
  /// and a year ahead, as CSV or (`--ics`) a calendar.
  static func export(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    if args.flag("--ics") && args.flag("--excel") {
      throw CLIError.usage("--excel er til CSV, ikke --ics", "--excel is for CSV, not --ics")
    }
    let today = Day.today()
    let from = try day(args, "--from", today: today) ?? today
    let to = try day(args, "--to", today: today) ?? from.adding(366)
    guard from <= to else {
      throw CLIError.usage("--to ligger før --from", "--to is before --from")
    }
    let stores = try SkrankeCLI.openStores(args, env: env)
    let events = try stores.events.publicEvents(from: from, to: to, all: args.flag("--all"))
    try OutputFile.write(to: args.option("--out"), database: stores.path) { sink in
      if args.flag("--ics") {
        EventCalendar.ics(events, lang: lang, sink)
      } else {
        EventCalendar.csv(events, lang: lang, format: SkrankeCLI.csvFormat(args), sink)
      }
    }
    return 0
  }

  /// The event the command's number names.
  static func event(_ args: Arguments, _ stores: Stores) throws -> Event {
    let id = try Arguments.number(args.words[2], "N", in: 1...Int64(Int32.max))
    guard let event = try stores.events.event(id: id) else { throw EventError.notFound(id) }
    return event
  }

  /// The one live sign-up `--name` or `--phone` points to.
  static func signup(_ args: Arguments, _ event: Event, _ stores: Stores) throws -> SignUp {
    let name = args.option("--name")
    let phone = args.option("--phone")
    guard (name == nil) != (phone == nil) else {
      throw CLIError.usage("giv --name eller --phone", "give --name or --phone")
    }
    let found = try stores.events.signups(eventID: event.id, name: name, phone: phone)
    guard found.count == 1, let signup = found.first else {
      if found.isEmpty { throw EventError.signupNotFound(name ?? phone ?? "") }
      throw EventError.severalSignUps(found.map(\.who), byName: phone == nil)
    }
    return signup
  }

  static func day(_ args: Arguments, _ option: String, today: Day) throws -> Day? {
    guard let text = args.option(option) else { return nil }
    guard let day = DateInput.parse(text, today: today) else {
      throw CLIError.usage(
        "\(option): ukendt dato '\(text)' (fx 2026-12-24)",
        "\(option): unknown date '\(text)' (e.g. 2026-12-24)")
    }
    return day
  }

  /// `--staff` or `$SKRANKE_STAFF`, which must be on the staff list.
  static func staffID(_ args: Arguments, env: [String: String], _ stores: Stores) throws -> Int64? {
    guard
      let initials = args.option("--staff")
        ?? env["SKRANKE_STAFF"].flatMap({ $0.isEmpty ? nil : $0 })
    else { return nil }
    guard let staff = try stores.staff.staff(initials: initials) else {
      throw CLIError.usage(
        "ukendt medarbejder '\(initials)' (se skranke staff list)",
        "unknown colleague '\(initials)' (see skranke staff list)")
    }
    return staff.id
  }
}
