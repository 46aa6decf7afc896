import Core

/// `skranke book`: book a room from a script or a terminal. Exit 0 when
/// booked, 3 when the slot is taken, 2 when the input is wrong, 1 otherwise.
enum BookCommands {
  static let takenExitCode: Int32 = 3

  static func book(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 1, let roomName = args.option("--room"),
      let associationName = args.option("--association"), let fromText = args.option("--from"),
      let toText = args.option("--to")
    else {
      throw CLIError.usage(
        "brug: skranke book --room NAVN --association NAVN --from \"ÅÅÅÅ-MM-DD TT:MM\" --to \"ÅÅÅÅ-MM-DD TT:MM\" [--weekly-until ÅÅÅÅ-MM-DD] [--every-other-week] [--skip-conflicts] [--attendees N] [--purpose TEKST] [--contact TEKST] [--past]",
        "usage: skranke book --room NAME --association NAME --from \"YYYY-MM-DD HH:MM\" --to \"YYYY-MM-DD HH:MM\" [--weekly-until YYYY-MM-DD] [--every-other-week] [--skip-conflicts] [--attendees N] [--purpose TEXT] [--contact TEXT] [--past]"
      )
    }
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let today = Day.today()
    let (day, start) = try moment(fromText, "--from", today: today)
    let (endDay, end) = try moment(toText, "--to", today: today)
    guard endDay == day else {
      throw CLIError.usage(
        "--to skal være samme dag som --from (en booking går ikke over midnat)",
        "--to must be on the same day as --from (a booking does not cross midnight)")
    }
    var until: Day?
    if let text = args.option("--weekly-until") {
      guard let parsed = DateInput.parse(text, today: today), parsed >= day else {
        throw CLIError.usage(
          "--weekly-until: ukendt dato eller før --from: '\(text)'",
          "--weekly-until: unknown date or before --from: '\(text)'")
      }
      until = parsed
    }
    let attendees = try args.option("--attendees").map {
      Int(try Arguments.number($0, "--attendees", in: 1...10_000))
    }
    let roomID = try room(named: roomName, stores)
    guard let room = try stores.rooms.room(id: roomID) else { throw RoomError.notFound }
    let (associationID, association) = try self.association(named: associationName, stores)
    let request = BookingRequest(
      roomID: room.id!, associationID: associationID, slot: Slot(day: day, start: start, end: end),
      purpose: args.option("--purpose") ?? "", attendees: attendees,
      contact: args.option("--contact") ?? "", repeatUntil: until,
      everyWeeks: args.flag("--every-other-week") ? 2 : 1)
    let outcome: BookingOutcome
    do {
      outcome = try stores.bookings.book(
        request, skipConflicts: args.flag("--skip-conflicts"),
        allowPast: args.flag("--past"))
    } catch let error as RoomError {
      var text = error.message(lang)
      if case .inPast = error {
        text += lang.pick(
          " (skriv --past, hvis en booking registreres bagefter)",
          " (add --past to record a booking made late)")
      }
      Output.error(text)
      if case .taken = error { return takenExitCode }
      return 2
    }
    for line in BookingResultText.lines(
      outcome, room: room.name, association: association, slot: request.slot, lang)
    {
      Output.out(line + "\n")
    }
    return 0
  }

  /// "2026-11-24 19:00" (also "24-11-2026 19:00" or "i morgen 19").
  static func moment(_ text: String, _ option: String, today: Day) throws -> (Day, ClockTime) {
    let parts = text.split(separator: " ").map(String.init)
    guard parts.count >= 2, let time = ClockTime(parts.last!),
      let day = DateInput.parse(parts.dropLast().joined(separator: " "), today: today)
    else {
      throw CLIError.usage(
        "\(option): skriv dato og klokkeslæt, fx \"2026-11-24 19:00\", ikke '\(text)'",
        "\(option): give a date and a time, e.g. \"2026-11-24 19:00\", not '\(text)'")
    }
    return (day, time)
  }

  /// `skranke export bookings [--from] [--to] [--out]` as CSV, or
  /// `--ics [--room NAME | --association NAME]` as a calendar.
  static func export(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 2 else {
      throw CLIError.usage(
        "brug: skranke export bookings [--out FIL] [--from DATO] [--to DATO] | --ics [--room NAVN | --association NAVN] [--out FIL]",
        "usage: skranke export bookings [--out FILE] [--from DATE] [--to DATE] | --ics [--room NAME | --association NAME] [--out FILE]"
      )
    }
    if args.flag("--ics") && args.flag("--excel") {
      throw CLIError.usage("--excel er til CSV, ikke --ics", "--excel is for CSV, not --ics")
    }
    if args.flag("--ics") { return try exportICS(args, env: env, lang: lang) }
    if args.option("--room") != nil || args.option("--association") != nil {
      throw CLIError.usage(
        "--room og --association bruges med --ics", "--room and --association go with --ics")
    }
    let (from, to) = try args.period()
    let stores = try SkrankeCLI.openStores(args, env: env)
    try OutputFile.write(to: args.option("--out"), database: stores.path) { sink in
      try stores.bookingReport.exportCSV(
        from: from, to: to, format: SkrankeCLI.csvFormat(args), sink)
    }
    return 0
  }

  private static func exportICS(_ args: Arguments, env: [String: String], lang: Language) throws
    -> Int32
  {
    if args.option("--from") != nil || args.option("--to") != nil {
      throw CLIError.usage(
        "--ics tager hele serier med; --from og --to bruges kun til CSV",
        "--ics exports whole series; --from and --to are for CSV only")
    }
    if args.option("--room") != nil && args.option("--association") != nil {
      throw CLIError.usage(
        "vælg enten --room eller --association", "choose either --room or --association")
    }
    let stores = try SkrankeCLI.openStores(args, env: env)
    var filter = BookingCalendar.Filter.all
    if let name = args.option("--room") {
      filter = .room(try room(named: name, stores))
    } else if let name = args.option("--association") {
      guard let id = try stores.associations.associationID(named: name) else {
        throw CLIError.usage("ukendt forening '\(name)'", "unknown association '\(name)'")
      }
      filter = .association(id)
    }
    try OutputFile.write(to: args.option("--out"), database: stores.path) { sink in
      try stores.bookingCalendar.exportICS(filter, lang: lang, sink)
    }
    return 0
  }

  /// The one room a name (or the beginnings of its words) points to.
  static func room(named name: String, _ stores: Stores) throws -> Int64 {
    let rooms = try stores.rooms.rooms(matching: name)
    guard rooms.count == 1, let room = rooms.first else {
      let names = rooms.map(\.name).joined(separator: "; ")
      throw CLIError.usage(
        rooms.isEmpty ? "ukendt lokale '\(name)'" : "flere lokaler passer på '\(name)': \(names)",
        rooms.isEmpty ? "unknown room '\(name)'" : "several rooms match '\(name)': \(names)")
    }
    return room.id!
  }

  /// The one association a name (or the beginnings of its words) points
  /// to, with its name as stored, so what is printed is what was booked.
  static func association(named name: String, _ stores: Stores) throws -> (
    Int64, String
  ) {
    // The exact name first: an inactive association is then refused by the
    // booking rules with its own reason, not as unknown.
    if let id = try stores.associations.associationID(named: name),
      let exact = try stores.associations.association(id: id)
    {
      return (id, exact.name)
    }
    let found = try stores.associations.associations(matching: name)
    guard found.count == 1, let association = found.first else {
      let names = found.map(\.name).joined(separator: "; ")
      throw CLIError.usage(
        found.isEmpty
          ? "ukendt forening '\(name)'" : "flere foreninger passer på '\(name)': \(names)",
        found.isEmpty
          ? "unknown association '\(name)'" : "several associations match '\(name)': \(names)")
    }
    return (association.id, association.name)
  }

  /// `skranke report bookings [--from] [--to]`: bookings, hours and
  /// cleaning fees per association.
  static func report(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 2 else {
      throw CLIError.usage(
        "brug: skranke report bookings [--from DATO] [--to DATO]",
        "usage: skranke report bookings [--from DATE] [--to DATE]")
    }
    let (from, to) = try args.period()
    let stores = try SkrankeCLI.openStores(args, env: env)
    let lines = try stores.bookingReport.fees(from: from, to: to)
    let span = "\(from?.numeric ?? "…") – \(to?.numeric ?? "…")"
    var out = lang.pick("Bookinger \(span)\n", "Bookings \(span)\n")
    out +=
      Wrap.pad(lang.pick("Forening", "Association"), width: 40)
      + lang.pick(" antal   timer  rengøring kr.\n", " count   hours  cleaning kr.\n")
    for line in lines {
      out +=
        Wrap.pad(line.association, width: 40) + " " + pad(String(line.bookings), 5) + " "
        + pad(hours(line.hours, lang), 7) + " " + pad(String(line.fees), 14) + "\n"
    }
    let total = lines.reduce(0) { $0 + $1.fees }
    out += lang.pick("I alt: \(total) kr.\n", "Total: \(total) kr.\n")
    Output.out(out)
    return 0
  }

  /// "2,5" in Danish, "2.5" in English.
  private static func hours(_ value: Double, _ lang: Language) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10)" + lang.pick(",", ".") + "\(tenths % 10)"
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
