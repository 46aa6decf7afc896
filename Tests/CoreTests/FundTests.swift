import Testing

@testable import Core

/// § 18 funds and their rounds: the dates follow one another, a Saturday
/// deadline stays a Saturday, the council's window is 14 calendar days
/// unless its end is given, and the CSV files round-trip.
@Suite struct FundTests {
  let database = TestDatabase()

  func store() throws -> FundStore {
    let db = try database.open()
    _ = try FundFiles(db: db).importFunds(
      bytes: Array(
        """
        name,grantor,criteria,url
        § 18-puljen,Aalborg Kommune,"Almennyttigt, frivilligt
        socialt arbejde",https://aalborg.dk/18
        """.utf8))
    return FundStore(db: db)
  }

  @Test func aRoundsDatesInTheCopenhagenCalendar() throws {
    let store = try store()
    let fund = try #require(try store.fundID(named: "§ 18 PULJEN"))
    // 15 April 2028 is a Saturday: it stays that date.
    let saturday = Day(year: 2028, month: 4, day: 15)!
    try store.save(
      FundRound(
        fundID: fund, deadline: saturday, reviewFrom: Day(year: 2028, month: 5, day: 1)!))
    let round = try #require(try store.rounds(fundID: fund).first)
    #expect(round.deadline == saturday && round.deadline.weekday == 6)
    #expect(round.deadline.withWeek(.danish) == "lør 15-04-2028, uge 15")
    #expect(round.deadline.withWeek(.english) == "Sat 15-04-2028, week 15")
    // Two weeks from 1 May is 15 May: calendar days.
    #expect(round.reviewEnds == Day(year: 2028, month: 5, day: 15)!)
    // Over the change to summer time (29 March 2026) too: calendar days,
    // never 24-hour periods.
    let spring = FundRound(
      fundID: fund, deadline: Day(year: 2026, month: 3, day: 15)!,
      reviewFrom: Day(year: 2026, month: 3, day: 20)!)
    #expect(spring.reviewEnds == Day(year: 2026, month: 4, day: 3)!)
  }

  @Test func theDatesMustFollowOneAnother() throws {
    let store = try store()
    let fund = try #require(try store.fundID(named: "§ 18-puljen"))
    let deadline = Day(year: 2027, month: 4, day: 15)!
    #expect(throws: FundStore.Problem.invalidRound([.reviewFrom: .beforeDeadline])) {
      try store.save(FundRound(fundID: fund, deadline: deadline, reviewFrom: deadline.adding(-1)))
    }
    #expect(throws: FundStore.Problem.invalidRound([.reviewFrom: .required])) {
      try store.save(FundRound(fundID: fund, deadline: deadline, reviewUntil: deadline.adding(9)))
    }
    #expect(
      throws: FundStore.Problem.invalidRound([
        .reviewUntil: .endsBeforeStart, .decisionOn: .beforeDeadline,
      ])
    ) {
      try store.save(
        FundRound(
          fundID: fund, deadline: deadline, reviewFrom: deadline.adding(10),
          reviewUntil: deadline.adding(5), decisionOn: deadline.adding(-3)))
    }
    try store.save(FundRound(fundID: fund, deadline: deadline))
    #expect(throws: FundStore.Problem.invalidRound([.deadline: .duplicateName])) {
      try store.save(FundRound(fundID: fund, deadline: deadline))
    }
    #expect(throws: FundStore.Problem.invalidFund([.name: .duplicateName])) {
      try store.save(Fund(name: "§ 18-PULJEN"))
    }
    #expect(try store.rounds().count == 1)
  }

  @Test func fundsAndRoundsRoundTripAsCSV() throws {
    let store = try store()
    let files = FundFiles(db: store.db)
    _ = try files.importRounds(
      bytes: Array(
        """
        fund;deadline;review_from;decision_on;note
        § 18-puljen;15-04-2027;03-05-2027;2027-06-01;"Forår; to uger"
        § 18-puljen;2027-10-15;;;
        """.utf8))
    var funds = ""
    var rounds = ""
    try files.exportFunds(format: .excel) { funds += $0 }
    try files.exportRounds(format: .excel) { rounds += $0 }
    let copy = TestDatabase()
    let other = FundFiles(db: try copy.open())
    #expect(try other.importFunds(bytes: Array(funds.utf8)).added == 1)
    #expect(try other.importRounds(bytes: Array(rounds.utf8)).added == 2)
    var again = ""
    try other.exportRounds(format: .excel) { again += $0 }
    #expect(again == rounds)
    #expect(rounds.contains("2027-05-03"))
    // Importing the same file again adds nothing.
    #expect(
      try other.importRounds(bytes: Array(rounds.utf8)) == ImportSummary(added: 0, updated: 2))
  }
}
