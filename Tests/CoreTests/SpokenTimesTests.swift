import Testing

@testable import Core

/// Issue 25.7: times as people say them on the phone each gave "kan ikke
/// læses". Today is Monday 7 December 2026.
@Suite struct SpokenTimesTests {
  static let today = Day(year: 2026, month: 12, day: 7)!

  func day(_ d: Int, _ m: Int, _ y: Int = 2026) -> Day { Day(year: y, month: m, day: d)! }

  func when(_ text: String) throws -> WhenInput {
    try #require(WhenInput.parse(text, today: Self.today), "\(text)")
  }

  func one(_ text: String, _ date: Day, _ from: String, _ to: String) throws {
    let w = try when(text)
    #expect(w.slots.count == 1, "\(text)")
    #expect(w.first.day == date, "\(text): \(w.first.day)")
    #expect(w.first.start.text == from && w.first.end.text == to, "\(text)")
  }

  @Test(arguments: [
    "tor 17-12 19-21", "torsdag 17/12 kl. 19-21", "17. december 19-21",
    "torsdag den 17. december kl. 19-21", "thu 17-12 19-21", "thursday 17/12 at 19-21",
    "17 december 19-21", "december 17 19-21", "17. dec. 19-21",
  ])
  func aDayAndADate(_ text: String) throws {
    try one(text, day(17, 12), "19:00", "21:00")
  }

  @Test func nextThursday() throws {
    try one("næste torsdag 19-21", day(10, 12), "19:00", "21:00")
    try one("next thursday 19-21", day(10, 12), "19:00", "21:00")
  }

  @Test func theDanishHalfHour() throws {
    try one("tir kl. 19½-21", day(8, 12), "19:30", "21:00")
    try one("tue at 19½-21½", day(8, 12), "19:30", "21:30")
  }

  @Test func oneWeekByItsNumber() throws {
    // Week 5 of 2027: Monday 1 February.
    try one("fre 10-12 uge 5", day(5, 2, 2027), "10:00", "12:00")
    try one("ons 16-18 uge 5", day(3, 2, 2027), "16:00", "18:00")
    try one("fri 10-12 week 5", day(5, 2, 2027), "10:00", "12:00")
  }

  @Test func fromWeekToWeek() throws {
    for text in ["ons 18-20 fra uge 3 til uge 20", "wed 18-20 from week 3 to week 20"] {
      let w = try when(text)
      #expect(w.first.day == day(20, 1, 2027), "\(text)")
      #expect(w.slots.last?.day == day(19, 5, 2027), "\(text)")
      #expect(w.slots.count == 18, "\(text)")
    }
  }

  @Test func aWeekdayThatIsNotTheDatesIsRefused() {
    // 18 December 2026 is a Friday.
    #expect(WhenInput.parse("tor 18-12 19-21", today: Self.today) == nil)
  }

  @Test func theWordThatCannotBeReadIsNamed() {
    #expect(WhenInput.unread("tor 19-21 hver fjerde", today: Self.today) == "fjerde")
    #expect(WhenInput.unread("torsdag 17/12 kl. 19-21", today: Self.today) == nil)
    #expect(WhenInput.unread("blomkål 19-21", today: Self.today) == "blomkål")
  }
}
