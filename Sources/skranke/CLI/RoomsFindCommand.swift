import Core

/// `skranke rooms find WHEN [--people N] [--needs WORDS] [--area NAME]
/// [--json]`: the rooms F4 ranks for the same words, best first; exit 2
/// naming the word that could not be read.
enum RoomsFindCommand {
  static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 3, args.words[1] == "find" else {
      throw CLIError.usage(
        "brug: skranke rooms find HVORNÅR [--people N] [--needs ORD] [--area NAVN] [--json]",
        "usage: skranke rooms find WHEN [--people N] [--needs WORDS] [--area NAME] [--json]")
    }
    let stores = try SkrankeCLI.openStores(args, env: env, writes: false)
    let today = Day.today()
    let text = args.words[2]
    guard let when = WhenInput.parse(text, today: today) else {
      let word = WhenInput.unread(text, today: today)
      throw CLIError.usage(
        "kan ikke læse '\(text)'" + (word.map { ": \"\($0)\" forstås ikke" } ?? "")
          + " (fx tir 19-21 uge 2-24, torsdag 17/12 kl. 19-21, fre 10-12 uge 5)",
        "cannot read '\(text)'" + (word.map { ": \"\($0)\" is not understood" } ?? "")
          + " (e.g. tue 19-21 weeks 2-24, thursday 17/12 at 19-21, fri 10-12 week 5)")
    }
    var needs = RoomNeeds(area: args.option("--area") ?? "")
    needs.attendees = try args.option("--people").map {
      Int(try Arguments.number($0, "--people", in: 1...10_000))
    }
    let facilities = try stores.rooms.facilities()
    if let words = args.option("--needs") {
      let reading = NeedWords.read(words, facilities: facilities)
      guard reading.unknown.isEmpty else {
        let unknown = reading.unknown.joined(separator: ", ")
        throw CLIError.usage(
          "--needs: ukendt: \(unknown) (kendte: kørestol, trinfri, handicaptoilet, bus, "
            + facilities.joined(separator: ", ") + ")",
          "--needs: unknown: \(unknown) (known: wheelchair, step-free, toilet, bus, "
            + facilities.joined(separator: ", ") + ")")
      }
      needs.stepFree = reading.stepFree
      needs.accessibleToilet = reading.accessibleToilet
      needs.nearTransport = reading.nearTransport
      needs.facilities = reading.facilities
    }
    let options = try stores.roomFinder.find(when.slots, needs: needs)
    let dates = when.slots.count
    if args.flag("--json") {
      let rows: [JSON] = options.map { option in
        .object([
          ("room", .string(option.room.name)), ("area", .string(option.room.area)),
          ("capacity", .int(option.room.capacity)), ("fee", .int(option.room.cleaningFee)),
          ("dates", .int(dates)), ("taken", .array(option.takenDates.map { .string($0.iso) })),
        ])
      }
      Output.out(
        JSON.object([
          ("first", .string(when.first.description)), ("dates", .int(dates)),
          ("rooms", .array(rows)),
        ]).text() + "\n")
      return 0
    }
    Output.out(
      lang.pick("Hvornår: ", "When: ") + when.first.day.label(lang) + " " + when.first.start.text
        + "–" + when.first.end.text
        + (dates > 1 ? lang.pick(", \(dates) datoer", ", \(dates) dates") : "") + "\n")
    if options.isEmpty {
      Output.out(lang.pick("Intet lokale passer.\n", "No room fits.\n"))
    }
    for (index, option) in options.enumerated() {
      let room = option.room
      let taken = option.takenDates
      let free =
        taken.isEmpty
        ? lang.pick("ledigt", "free")
        : lang.pick("optaget ", "taken ") + taken.map(\.numeric).joined(separator: ", ")
      Output.out(
        "\(index + 1). \(room.name) · "
          + lang.pick("\(room.capacity) pladser", "\(room.capacity) seats")
          + (room.area.isEmpty ? "" : " · " + room.area) + " · " + free + "\n")
    }
    return 0
  }
}
