import Core
import Testing

/// Issue 24.1: a time or date holding a character Swift calls a number but
/// `Int` does not read (½ on a Danish keyboard, ², Arabic-Indic, fullwidth,
/// mathematical and Roman digits, a digit with a mark over it) trapped the
/// desk (SIGILL) and left the terminal raw. Each parser refuses them.
@Suite struct TrapFreeParsingTests {
  let today = Day(year: 2026, month: 12, day: 7)!

  /// What a person can type that is a number to Swift but no ASCII digit.
  static let notDigits = ["½", "²", "١٢", "𝟙", "１０", "Ⅻ", "1\u{301}", "19½", "1\u{0301}9"]

  @Test(arguments: notDigits) func aTimeWithThemIsNoTime(_ text: String) {
    #expect(ClockTime(text) == nil)
    #expect(ClockTime("19:" + text) == nil)
    #expect(ClockTime(text + ":30") == nil)
    // "19½" is the Danish half hour, read as 19:30 (issue 25); the rest are no time.
    if text != "19½" {
      #expect(WhenInput.times(text + "-21") == nil)
      #expect(WhenInput.parse("tir \(text)-21", today: today) == nil)
    }
    #expect(WhenInput.parse("tir 19-21 \(text) gange", today: today) == nil)
    #expect(WhenInput.parse("tir 19-21 uge \(text) til 24", today: today) == nil)
  }

  @Test(arguments: notDigits) func aDateWithThemIsNoDate(_ text: String) {
    for typed in [
      "\(text)-11", "24-\(text)", "24-11-\(text)", "+\(text)", "uge \(text)", "u\(text)",
    ] {
      #expect(DateInput.parse(typed, today: today) == nil, "\(typed)")
    }
  }

  @Test func halfPastWrittenTheDanishWayIsHalfPast() {
    // `kl. 19½` is how Danes write half past seven: 19:30, never 19 (issue
    // 25), and never a trap (issue 24). A ½ alone is no time.
    #expect(WhenInput.parse("tir 1½-21", today: today)?.first.start.text == "01:30")
    #expect(WhenInput.parse("tir 19½-21", today: today)?.first.start.text == "19:30")
    #expect(WhenInput.times("19½-21½").map { $0.0.text + "-" + $0.1.text } == "19:30-21:30")
    #expect(WhenInput.parse("tir ½-21", today: today) == nil)
    #expect(ClockTime("19½") == nil)
  }

  @Test func aWeekRangeFarOutOfRangeIsNoWeek() {
    // The last week was read without a bound: 9·10^17 weeks overflowed.
    #expect(WhenInput.parse("tir 19-21 uge 2-900000000000000000", today: today) == nil)
    #expect(WhenInput.parse("tir 19-21 uge 2-54", today: today) == nil)
    #expect(WhenInput.parse("tir 19-21 uge 2-24", today: today) != nil)
  }

  @Test func ordinaryTimesAndDatesStillRead() {
    #expect(ClockTime("19:30")?.text == "19:30")
    #expect(ClockTime("19.30")?.text == "19:30")
    #expect(ClockTime("1930")?.text == "19:30")
    #expect(ClockTime("9")?.text == "09:00")
    #expect(ClockTime("24:00")?.text == "24:00")
    #expect(ClockTime("+9") == nil)
    #expect(DateInput.parse("24-12", today: today)?.iso == "2026-12-24")
    #expect(DateInput.parse("+14", today: today)?.iso == "2026-12-21")
  }

  @Test func spacedSpansJoinAndAPastedPageIsRefusedAtOnce() {
    // Every space looked back and ahead through the whole text, and every
    // time span read all the words before it: a pasted page took minutes.
    #expect(WhenInput.parse("tir 19 - 21", today: today)?.first.start.text == "19:00")
    let padded = String(repeating: " ", count: 200) + "tir 19 - 21"
    #expect(WhenInput.parse(padded, today: today)?.first.end.text == "21:00")
    let page = String(repeating: "tir 19 - 21 ", count: 20_000)
    #expect(WhenInput.parse(page, today: today) == nil)
    #expect(DateInput.parse(String(repeating: "1", count: 100_000), today: today) == nil)
    #expect(ClockTime(String(repeating: "1", count: 100_000)) == nil)
  }
}

/// Issue 24.8: on 7 December 2026 `export bookings --from 01-11 --to
/// 30-11` exported November 2027, and the README's `--from 01-01 --to
/// 31-12` was refused. A report or an export looks back.
@Suite struct LatestPeriodTests {
  let today = Day(year: 2026, month: 12, day: 7)!

  func period(_ from: String?, _ to: String?) -> String {
    let read = DateInput.latestPeriod(from: from, to: to, today: today)
    if !read.unread.isEmpty { return "unread " + read.unread.joined(separator: ",") }
    return "\(read.from?.iso ?? "…")..\(read.to?.iso ?? "…")"
  }

  @Test func aYearlessPeriodIsTheLatestThatHasBegun() {
    #expect(period("01-11", "30-11") == "2026-11-01..2026-11-30")
    #expect(period("01-01", "31-12") == "2026-01-01..2026-12-31")
    #expect(period("01-12", "31-01") == "2026-12-01..2027-01-31")
    #expect(period("24-12", "31-12") == "2025-12-24..2025-12-31")
    #expect(period(nil, "30-11") == "…..2026-11-30")
    #expect(period("01-11", nil) == "2026-11-01..…")
  }

  @Test func datesWithTheirYearMeanWhatTheySay() {
    #expect(period("2027-01-01", "31-01") == "2027-01-01..2027-01-31")
    #expect(period("01-01-2025", "31-12-2025") == "2025-01-01..2025-12-31")
    #expect(period("i dag", nil) == "2026-12-07..…")
  }

  @Test func theLatestWeekdayWeekAndLeapDay() {
    #expect(DateInput.latest("man", today: today)?.iso == "2026-12-07")  // today is Monday
    #expect(DateInput.latest("fre", today: today)?.iso == "2026-12-04")
    #expect(DateInput.latest("uge 50", today: today)?.iso == "2026-12-07")  // this week
    #expect(DateInput.latest("uge 51", today: today)?.iso == "2025-12-15")
    #expect(DateInput.latest("uge 49", today: today)?.iso == "2026-11-30")
    #expect(DateInput.latest("29-02", today: today)?.iso == "2024-02-29")
  }

  @Test func aTextThatIsNoDateIsNamed() {
    #expect(period("½-11", "30-11") == "unread from")
    #expect(period("01-11", "banan") == "unread to")
  }
}
