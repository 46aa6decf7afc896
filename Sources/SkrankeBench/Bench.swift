import Core
import Glibc

/// `skranke bench [--scale a|b] [--only GROUP] [--json]`: search-as-you-type measured on
/// synthetic data in a temporary file, against the raw SQLite query for the
/// same work in the same run, plus start-up to first drawn screen and memory.
public enum Bench {
  struct Row {
    let name: String
    let service: BenchStats
    let raw: BenchStats
    var ratioMedian: Double { raw.median > 0 ? service.median / raw.median : 0 }
    var ratioP99: Double { raw.p99 > 0 ? service.p99 / raw.p99 : 0 }
  }

  /// Words a worker might start typing; each class takes prefixes of them.
  static let words = [
    "hjørring", "ældre", "lektiehjælp", "spejderne", "røde", "ålborg", "aalborg", "besøg",
    "fællesskab", "sorggruppe", "svømmeklub", "café", "frivillig", "mentor", "sindal", "løkken",
    "kirkens", "genbrug", "madhjælp", "skakklub",
  ]
  static let pairs = [
    "røde kors", "ældre sagen", "lektie hjæl", "spejderne sin", "café hjør", "besøg ældre",
    "svømme hjørring", "sorg pårørende", "mad hjælp", "frivillig center",
  ]

  /// Runs the benchmark at `scale` ("a" or "b", ten times larger) in
  /// `directory` (a fresh folder, removed afterwards); `only` runs one group.
  public static func run(scale: String, only: String?, json: Bool, directory: String) throws {
    let factor = scale == "a" ? 1 : 10
    let associations = 2_000 * factor
    let path = directory + "/bench.db"
    defer {
      if getenv("SKRANKE_BENCH_KEEP") == nil {
        for suffix in ["", "-wal", "-shm", ".lock", ".log"] { unlink(path + suffix) }
        unlink(directory + "/first-draw")
        rmdir(directory)
      }
    }
    if !json {
      Output.out(
        "generating scale \(scale): \(associations) associations, \(associations * 5) activities in \(path) ...\n"
      )
    }
    let generateStart = now()
    do {
      let store = try AssociationStore(db: try Database(path: path))
      try SyntheticData.generate(into: store, associations: associations, activitiesEach: 5)
    }
    let generateSeconds = (now() - generateStart) / 1000
    let store = try AssociationStore(db: try Database(path: path))
    let service = SearchService(db: store.db)
    let raw = RawQuery(path: path)
    var rows: [Row] = []
    var classes: [(String, [String], Int64?)] = (1...5).map { n in
      ("\(n) letter" + (n > 1 ? "s" : ""), words.map { String($0.prefix(n)) }, nil)
    }
    classes.append(("two words", pairs, nil))
    classes.append(("empty (browse)", [""], nil))
    // A filter makes matches rarer: the case a walk in Danish order is worst at.
    let town = try store.areas().first { $0.name == "Skagen" }?.id
    classes.append(("2 letters, 1 town", words.map { String($0.prefix(2)) }, town))
    // `--only rooms` (search, inquiries, match, rooms, today, events, find,
    // startup) runs one group.
    func runs(_ group: String) -> Bool { only == nil || only == group }
    for (name, queries, areaID) in classes where runs("search") {
      rows.append(
        try compare(name, raw: raw) { round, trace in
          let query = SearchQuery(text: queries[round % queries.count], areaID: areaID)
          _ = try service.search(query, limit: 50, trace: trace)
        })
    }
    if runs("inquiries") {
      rows += try BenchInquiries.run(path: path, count: 20_000 * factor, raw: raw)
    }
    if runs("match") { rows += try BenchMatch.run(path: path, raw: raw) }
    if runs("rooms") {
      rows += try BenchRooms.run(path: path, rooms: 20 * factor, perRoom: 5_000, raw: raw)
    }
    if runs("today") {
      // I dag reads what the inquiry and room groups made; alone, it makes them.
      let db = try Database(path: path)
      if only == "today" {
        try SyntheticInquiries.generate(
          into: db, count: 20_000 * factor, owners: 20, today: Day.today())
        try SyntheticBookings.generate(
          into: db, rooms: 20 * factor, perRoom: 5_000, start: BenchRooms.start)
      }
      rows += try BenchToday.run(path: path, raw: raw)
    }
    if runs("events") {
      // 500 events and 50,000 sign-ups at scale b, over what the other
      // groups made (alone: over the associations only).
      rows += try BenchEvents.run(path: path, factor: factor, raw: raw)
    }
    if runs("find") {
      // Find reaches everything: alone, it makes the inquiries; citizens
      // (100,000 at scale b) are made here either way.
      let db = try Database(path: path)
      if only == "find" {
        try SyntheticInquiries.generate(
          into: db, count: 20_000 * factor, owners: 20, today: Day.today())
      }
      try SyntheticPeople.citizens(into: db, count: 10_000 * factor, today: Day.today())
      rows += try BenchFind.run(path: path, raw: raw)
    }
    if only == "startup" {
      // Start-up is measured on the whole file the other groups make.
      let db = try Database(path: path)
      try SyntheticInquiries.generate(
        into: db, count: 20_000 * factor, owners: 20, today: Day.today())
      try SyntheticBookings.generate(
        into: db, rooms: 20 * factor, perRoom: 5_000, start: BenchRooms.start)
      try SyntheticPeople.citizens(into: db, count: 10_000 * factor, today: Day.today())
    }
    var startups: [Double] = []
    var rss = 0
    let firstStaff = try InquiryStore(db: store.db).directory.staff().first?.initials
    for _ in 0..<(runs("startup") ? 11 : 0) {
      if let probe = StartupProbe.measure(
        database: path, marker: directory + "/first-draw", staff: firstStaff)
      {
        startups.append(probe.ms)
        rss = max(rss, probe.rssKB)
      }
    }
    let startup = BenchStats(startups)
    let typed =
      runs("startup") ? StartupProbe.peakAfterTyping(database: path, texts: words + pairs) ?? 0 : 0
    if json {
      Output.out(
        jsonText(
          scale: scale, rows: rows, startup: startup, rss: rss, typed: typed,
          generate: generateSeconds))
    } else {
      Output.out(
        table(
          scale: scale, rows: rows, startup: startup, rss: rss, typed: typed,
          generate: generateSeconds))
    }
  }

  /// Times `work` for 300 rounds (after 20 not counted) against the raw
  /// replay of the statements it ran. `work(round, trace)` does one round's
  /// work; with a trace it reports each statement (that run is not timed).
  static func compare(
    _ name: String, raw: RawQuery, _ work: (Int, ((SearchStep) -> Void)?) throws -> Void
  ) throws -> Row {
    var serviceTimes: [Double] = []
    var rawTimes: [Double] = []
    for round in -20..<300 {
      var steps: [SearchStep] = []
      try work(round + 20) { steps.append($0) }
      // Alternate which runs first, so neither always gets the warmer cache.
      let serviceFirst = round % 2 == 0
      var serviceTime = 0.0
      var rawTime = 0.0
      for turn in 0..<2 {
        let start = now()
        if (turn == 0) == serviceFirst {
          try work(round + 20, nil)
          serviceTime = now() - start
        } else {
          raw.run(steps)
          rawTime = now() - start
        }
      }
      if round >= 0 {
        serviceTimes.append(serviceTime)
        rawTimes.append(rawTime)
      }
    }
    return Row(name: name, service: BenchStats(serviceTimes), raw: BenchStats(rawTimes))
  }

  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
  }

  static func f(_ value: Double, _ digits: Int = 3) -> String {
    var text = String(Int((value * pow(10, Double(digits))).rounded()))
    while text.count <= digits { text = "0" + text }
    text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
    return text
  }

  static func table(
    scale: String, rows: [Row], startup: BenchStats, rss: Int, typed: Int, generate: Double
  )
    -> String
  {
    var out =
      "scale \(scale) (generated in \(f(generate, 1)) s); times in ms, 300 queries per class; search: top 50; inquiries: pages of 100; match: top 50 of every active activity; rooms: all rooms for one slot, one room's week\n"
    out += "query class                    skranke med  p99     raw med  p99     ratio med  p99\n"
    for row in rows {
      out +=
        pad(row.name, width: 30) + " " + pad(f(row.service.median), width: 8)
        + " " + pad(f(row.service.p99), width: 8) + pad(f(row.raw.median), width: 8) + " "
        + pad(f(row.raw.p99), width: 8) + pad(f(row.ratioMedian, 2), width: 10) + " "
        + f(row.ratioP99, 2) + "\n"
    }
    if rss == 0 { return out }  // --only without start-up
    out +=
      "start-up to first drawn screen (real binary in a pty, 11 runs): median \(f(startup.median, 1)) ms, p99 \(f(startup.p99, 1)) ms\n"
    out += "peak resident memory of the UI at first draw: \(rss / 1024) MB (\(rss) kB)\n"
    out +=
      "peak resident memory after typing \(words.count + pairs.count) searches letter by letter and paging: \(typed / 1024) MB (\(typed) kB)\n"
    return out
  }

  static func jsonText(
    scale: String, rows: [Row], startup: BenchStats, rss: Int, typed: Int, generate: Double
  )
    -> String
  {
    let classes = rows.map { row in
      "{\"class\":\"\(row.name)\",\"median_ms\":\(f(row.service.median, 4)),\"p99_ms\":\(f(row.service.p99, 4)),"
        + "\"raw_median_ms\":\(f(row.raw.median, 4)),\"raw_p99_ms\":\(f(row.raw.p99, 4)),"
        + "\"ratio_median\":\(f(row.ratioMedian, 3)),\"ratio_p99\":\(f(row.ratioP99, 3))}"
    }
    return "{\"scale\":\"\(scale)\",\"generate_s\":\(f(generate, 2)),\"search\":["
      + classes.joined(separator: ",")
      + "],\"startup_median_ms\":\(f(startup.median, 2)),\"startup_p99_ms\":\(f(startup.p99, 2)),"
      + "\"peak_rss_kb\":\(rss),\"peak_rss_after_typing_kb\":\(typed)}\n"
  }

  /// Pads (or cuts) a column of the table; its text is ASCII.
  static func pad(_ text: String, width: Int) -> String {
    let cut = String(text.prefix(width))
    return cut + String(repeating: " ", count: max(0, width - cut.count))
  }
}
