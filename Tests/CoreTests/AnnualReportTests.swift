import Testing

@testable import Core

/// The annual report on `AnnualReportFixture`'s year 2027. Every expected
/// figure is worked by hand from the rows written out there; the comments
/// say how.
@Suite struct AnnualReportTests {
  let database = TestDatabase()

  func report(_ lang: Language = .danish) throws -> AnnualReport {
    try AnnualReport.make(db: try AnnualReportFixture.make(database), year: 2027, lang: lang)
  }

  func counts(_ table: ReportTable?) -> [String: [ReportValue]] {
    Dictionary(uniqueKeysWithValues: (table?.rows ?? []).map { ($0.label, $0.values) })
  }

  @Test func inquiriesByCategoryChannelAskerAndOutcome() throws {
    let report = try report()
    // Received in 2027: the 10 Jan, 1 Mar, 5 Jun and 31 Dec ones (30 Dec
    // 2026 is last year's). Closed: 4, 10 and 3 days after; median 4.
    #expect(
      report.table("inquiries")?.rows.map(\.values) == [[.count(4)], [.count(3)], [.days(4)]])
    let categories = try InquiryStore(db: try database.open()).directory.categories()
    #expect(
      report.table("inquiries_by_category")?.rows == [
        .init(categories[0].nameDA, [.count(2)]), .init(categories[1].nameDA, [.count(2)]),
      ])
    #expect(report.table("inquiries_by_channel")?.rows.count == 3)
    #expect(
      counts(report.table("inquiries_by_channel"))[Channel.phone.label(.danish)] == [.count(2)])
    #expect(
      counts(report.table("inquiries_by_channel"))[Channel.email.label(.danish)] == [.count(1)])
    #expect(
      counts(report.table("inquiries_by_channel"))[Channel.walkIn.label(.danish)] == [.count(1)])
    #expect(
      report.table("inquiries_by_asker")?.rows == [
        .init("Borger", [.count(2)]), .init("Forening", [.count(1)]),
        .init("Kommunal medarbejder", [.count(1)]),
      ])
    #expect(
      report.table("inquiries_by_outcome")?.rows == [
        .init(Outcome.helped.label(.danish), [.count(2)]),
        .init(Outcome.referredAssociation.label(.danish), [.count(1)]),
      ])
  }

  @Test func referralsByTargetGroupAgeAndArea() throws {
    let report = try report()
    // Four in 2027 (1 Nov 2026 is last year's): started, suggested,
    // did not start, contacted.
    let all: [ReportValue] = [.count(4), .count(1), .count(1), .count(2)]
    #expect(report.table("referrals")?.rows.first?.values == all)
    // X has two groups: its two referrals count under each; Y has none.
    let groups = counts(report.table("referrals_by_target_group"))
    let x: [ReportValue] = [.count(2), .count(1), .count(0), .count(1)]
    let y: [ReportValue] = [.count(2), .count(0), .count(1), .count(1)]
    #expect(groups["Ældre og ensomhed"] == x)
    #expect(groups["Etniske minoriteter og integration"] == x)
    #expect(groups["(ingen målgruppe)"] == y)
    #expect(groups.count == 3)
    // Born 1950: 77 in 2027 (twice); 2010: 17; no birth year: unknown.
    #expect(
      report.table("referrals_by_age")?.rows == [
        .init("under 18 år", [.count(1), .count(0), .count(0), .count(1)]),
        .init("65–79", [.count(2), .count(1), .count(0), .count(1)]),
        .init("ukendt", [.count(1), .count(0), .count(1), .count(0)]),
      ])
    #expect(report.table("referrals_by_area")?.rows == [.init("Hjørring", x), .init("Sindal", y)])
  }

  @Test func roomsPerAssociationAndRoomWithTheShareUsed() throws {
    let report = try report()
    // A: 2 h + 3 h, one fee of 100; B: 1,5 h, 100. The cancelled booking
    // and the one on 31 Dec 2026 do not count.
    #expect(
      report.table("rooms_by_association")?.rows == [
        .init("A Røde Kors", [.count(2), .minutes(300), .kroner(100)]),
        .init("B Ældre Sagen", [.count(1), .minutes(90), .kroner(100)]),
        .init("I alt", [.count(3), .minutes(390), .kroner(200)]),
      ])
    // M is open 14 h a day, S 10 h: 5.110 and 3.650 hours in 365 days.
    // M used 3,5 h of 5.110: 0,068 %, shown to a tenth: 0,1 %.
    let rooms = counts(report.table("rooms_by_room"))
    #expect(
      rooms["M Mødelokale"] == [
        .count(2), .minutes(210), .kroner(200), .minutes(5_110 * 60), .permille(1),
      ])
    #expect(
      rooms["S Salen"] == [
        .count(1), .minutes(180), .kroner(0), .minutes(3_650 * 60), .permille(1),
      ])
    #expect(
      rooms["I alt"]?.prefix(4) == [.count(3), .minutes(390), .kroner(200), .minutes(8_760 * 60)])
    #expect(rooms["M Mødelokale"]?[1].shown(.danish) == "3,5")
    #expect(AnnualReport.share(300, of: 1_000) == 300 && AnnualReport.share(1, of: 3) == 333)
    #expect(ReportValue.permille(333).shown(.danish) == "33,3 %")
  }

  @Test func associationsAtTheYearsEnd() throws {
    let report = try report()
    // Active on 31 Dec 2027: A, B (new), D (new, off in April, back in
    // August) and F (no dated changes: there all along). C went in June;
    // E comes in 2028. Insured by then: A (B from 2028).
    #expect(
      report.table("associations")?.rows.map(\.values) == [
        [.count(4)], [.count(2)], [.count(1)], [.count(1)],
      ])
    #expect(
      counts(report.table("associations_by_target_group")) == [
        "Ældre og ensomhed": [.count(2)], "Etniske minoriteter og integration": [.count(1)],
        "Psykisk sårbarhed": [.count(1)],
      ])
    #expect(
      report.table("associations_by_area")?.rows == [
        .init("Hjørring", [.count(2)]), .init("Sindal", [.count(2)]),
      ])
  }

  @Test func grantsByRoundAndStatus() throws {
    let report = try report()
    // Rounds with a deadline in 2027: April (20.000 granted in full,
    // 10.000 refused) and October (30.000 partly granted 12.000, 5.000
    // being written). April 2028's application is next year's.
    #expect(
      report.table("grants_by_round")?.rows == [
        .init("§ 18-puljen 15-04-2027", [.count(2), .kroner(30_000), .kroner(20_000)]),
        .init("§ 18-puljen 15-10-2027", [.count(2), .kroner(35_000), .kroner(12_000)]),
        .init("I alt", [.count(4), .kroner(65_000), .kroner(32_000)]),
      ])
    #expect(
      report.table("grants_by_status")?.rows == [
        .init("skrives", [.count(1), .kroner(5_000), .kroner(0)]),
        .init("bevilget", [.count(1), .kroner(20_000), .kroner(20_000)]),
        .init("delvist bevilget", [.count(1), .kroner(30_000), .kroner(12_000)]),
        .init("afslået", [.count(1), .kroner(10_000), .kroner(0)]),
        .init("I alt", [.count(4), .kroner(65_000), .kroner(32_000)]),
      ])
  }

  @Test func nothingInItNamesACitizen() throws {
    let report = try report()
    let html = ReportHTML.page(report, title: "Årsopgørelse 2027", lang: .danish)
    let csv = ReportHTML.csvFiles(report).map(\.text).joined()
    for name in ["Poul", "Pedersen", "Quinn", "Rita", "Rasmussen", "Søren"] {
      #expect(!html.contains(name) && !csv.contains(name))
    }
    #expect(!html.contains("<script") && html.contains("<h2>Henvisninger efter målgruppe</h2>"))
    #expect(ReportHTML.csvFiles(report).count == report.tables.count)
  }
}
