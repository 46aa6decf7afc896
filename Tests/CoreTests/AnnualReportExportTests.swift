import Testing

@testable import Core

/// Every figure of the report that rests on rows an export writes is
/// worked out again from those CSV exports (read back with the importer's
/// parser), so a person can check the report in a spreadsheet.
@Suite struct AnnualReportExportTests {
  let database = TestDatabase()
  let year = (Day(year: 2027, month: 1, day: 1)!, Day(year: 2027, month: 12, day: 31)!)

  /// An export's rows as dictionaries by column name.
  func rows(_ write: ((String) -> Void) throws -> Void) throws -> [[String: String]] {
    var text = ""
    try write { text += $0 }
    let records = try CSVParser.parse(text)
    let header = records[0].fields
    return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.fields)) }
  }

  func tally(_ rows: [[String: String]], by key: (([String: String]) -> String)) -> [String: Int] {
    rows.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
  }

  func counts(_ table: ReportTable?, column: Int = 0) -> [String: Int] {
    var out: [String: Int] = [:]
    for row in table?.rows ?? [] where row.label != "I alt" {
      if case .count(let n) = row.values[column] { out[row.label] = n }
      if case .kroner(let n) = row.values[column] { out[row.label] = n }
      if case .minutes(let n) = row.values[column] { out[row.label] = n }
    }
    return out
  }

  @Test func everyFigureFollowsFromTheExports() throws {
    let db = try AnnualReportFixture.make(database)
    let report = try AnnualReport.make(db: db, year: 2027, lang: .danish)
    let (from, to) = year

    let inquiries = try rows { try InquiryReport(db: db).exportCSV(from: from, to: to, $0) }
    #expect(report.table("inquiries")?.rows[0].values == [.count(inquiries.count)])
    let closed = inquiries.filter { $0["status"] == "closed" }
    #expect(report.table("inquiries")?.rows[1].values == [.count(closed.count)])
    let days = closed.map {
      Day(iso: $0["closed_date"]!)!.ordinal - Day(iso: $0["received_date"]!)!.ordinal
    }
    .sorted()
    #expect(report.table("inquiries")?.rows[2].values == [.days(Double(days[days.count / 2]))])
    #expect(
      counts(report.table("inquiries_by_channel"))
        == tally(inquiries) { Channel(rawValue: $0["channel"]!)!.label(.danish) })
    #expect(
      counts(report.table("inquiries_by_asker"))
        == tally(inquiries) { AskerKind(rawValue: $0["asker_kind"]!)!.label(.danish) })
    #expect(counts(report.table("inquiries_by_category")) == tally(inquiries) { $0["category"]! })
    #expect(
      counts(report.table("inquiries_by_outcome"))
        == tally(closed) { Outcome(rawValue: $0["outcome"]!)!.label(.danish) })

    let referrals = try rows { try YearExports(db: db).exportReferrals(from: from, to: to, $0) }
    let english = try AnnualReport.make(db: db, year: 2027, lang: .english)
    #expect(english.table("referrals")?.rows[0].values[0] == .count(referrals.count))
    #expect(counts(english.table("referrals_by_age")) == tally(referrals) { $0["age_band"]! })
    #expect(counts(report.table("referrals_by_area")) == tally(referrals) { $0["area"]! })
    for (column, status) in [(1, "started"), (2, "not_started")] {
      #expect(
        counts(report.table("referrals_by_area"), column: column)
          == tally(referrals) { $0["area"]! }.mapValues { _ in 0 }.merging(
            tally(referrals.filter { $0["status"] == status }) { $0["area"]! }
          ) { _, new in new })
    }

    let bookings = try rows { try BookingReport(db: db).exportCSV(from: from, to: to, $0) }
      .filter { $0["status"] == "active" }
    func minutes(_ row: [String: String]) -> Int {
      ClockTime(row["end"]!)!.minutes - ClockTime(row["start"]!)!.minutes
    }
    func sum(_ key: String, _ value: ([String: String]) -> Int) -> [String: Int] {
      bookings.reduce(into: [:]) { $0[$1[key]!, default: 0] += value($1) }
    }
    let byAssociation = report.table("rooms_by_association")
    #expect(counts(byAssociation) == tally(bookings) { $0["association"]! })
    #expect(counts(byAssociation, column: 1) == sum("association", minutes))
    #expect(counts(byAssociation, column: 2) == sum("association") { Int($0["fee"]!)! })
    let byRoom = report.table("rooms_by_room")
    #expect(counts(byRoom, column: 1).filter { $0.value > 0 } == sum("room", minutes))
    #expect(
      counts(byRoom, column: 2).filter { $0.value > 0 }
        == sum("room") { Int($0["fee"]!)! }.filter { $0.value > 0 })

    let applications = try rows {
      try YearExports(db: db).exportApplications(from: from, to: to, $0)
    }
    func round(_ row: [String: String]) -> String {
      row["fund"]! + " " + Day(iso: row["deadline"]!)!.numeric
    }
    let byRound = report.table("grants_by_round")
    #expect(counts(byRound) == tally(applications, by: round))
    #expect(
      counts(byRound, column: 1)
        == applications.reduce(into: [:]) {
          $0[round($1), default: 0] += Int($1["amount_applied"]!)!
        })
    #expect(
      counts(byRound, column: 2)
        == applications.reduce(into: [:]) {
          $0[round($1), default: 0] += Int($1["amount_granted"]!) ?? 0
        })
    #expect(
      counts(report.table("grants_by_status"))
        == tally(applications) { ApplicationStatus(rawValue: $0["status"]!)!.label(.danish) })
  }
}
