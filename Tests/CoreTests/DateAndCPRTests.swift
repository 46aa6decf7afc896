import Core
import Testing

@Suite struct DateAndCPRTests {
  /// Monday 23 November 2026.
  let today = Day(year: 2026, month: 11, day: 23)!

  func parse(_ text: String) -> String? { DateInput.parse(text, today: today)?.iso }

  @Test func datesTypedTheDanishWay() {
    #expect(parse("24-11") == "2026-11-24")
    #expect(parse("24/11/2026") == "2026-11-24")
    #expect(parse("24.11.26") == "2026-11-24")
    #expect(parse("2026-11-24") == "2026-11-24")
    #expect(parse("1-2") == "2027-02-01")  // the next 1 February
    #expect(parse("22-11") == "2027-11-22")  // yesterday's date means next year
    #expect(parse("+3") == "2026-11-26")
    #expect(parse("+2u") == "2026-12-07")
    #expect(parse("fre") == "2026-11-27")
    #expect(parse("fredag") == "2026-11-27")
    #expect(parse("man") == "2026-11-30")  // today is Monday: the next one
    #expect(parse("i dag") == "2026-11-23")
    #expect(parse("imorgen") == "2026-11-24")
    #expect(parse("Tue") == "2026-11-24")
    for bad in ["", "31-11", "29-02-2027", "fr", "+x", "13/13", "uge 54", "banan", "24-11-123"] {
      #expect(parse(bad) == nil, "\(bad)")
    }
    #expect(parse("29-02-2028") == "2028-02-29")
  }

  @Test func isoWeeksAtTheTurnOfTheYear() {
    #expect(Day(year: 2026, month: 11, day: 23)!.isoWeek == (2026, 48))
    #expect(Day(year: 2026, month: 12, day: 31)!.isoWeek == (2026, 53))  // 2026 has 53 weeks
    #expect(Day(year: 2027, month: 1, day: 3)!.isoWeek == (2026, 53))
    #expect(Day(year: 2027, month: 1, day: 4)!.isoWeek == (2027, 1))
    #expect(Day(year: 2024, month: 12, day: 30)!.isoWeek == (2025, 1))
    #expect(Day(year: 2021, month: 1, day: 1)!.isoWeek == (2020, 53))
    #expect(Day.monday(ofWeek: 53, in: 2026)?.iso == "2026-12-28")
    #expect(Day.monday(ofWeek: 53, in: 2027) == nil)  // 2027 has 52
    #expect(Day.monday(ofWeek: 1, in: 2025)?.iso == "2024-12-30")
    #expect(parse("uge 53") == "2026-12-28")
    #expect(parse("u2") == "2027-01-11")  // week 2 of this year is past: next year's
    #expect(parse("uge 48") == "2026-11-23")  // this week: its Monday
  }

  @Test func daysCountAndLabelTheDanishWay() {
    let day = Day(year: 2026, month: 11, day: 24)!
    #expect(day.label(.danish) == "tir 24-11-2026")
    #expect(day.label(.english) == "Tue 24-11-2026")
    #expect(Day(iso: day.iso) == day)
    #expect(Day(year: 1970, month: 1, day: 1)!.ordinal == 0)
    #expect(Day(year: 2000, month: 3, day: 1)!.adding(-1).iso == "2000-02-29")
  }

  @Test func cprNumbersAreFoundWithOrWithoutHyphen() {
    for text in [
      "cpr 241126-1234", "2411261234", "født 010190-4321 i Hjørring", "010190 4321",
      "290200-1234",  // 29 February 2000
    ] {
      #expect(CPRDetector.containsCPR(text), "\(text)")
    }
    #expect(CPRDetector.firstMatch(in: "nr. 241126-1234.") == "241126-1234")
  }

  @Test func phoneNumbersDatesAndOtherNumbersAreNotCPR() {
    for text in [
      "98 92 12 34", "+45 98921234", "98921234", "24-11-2026", "2026-11-24", "24/11/26",
      "tlf. 24112612", "321126-1234",  // day 32
      "241326-1234",  // month 13
      "12345678901",  // 11 digits
      "kontonr 2411261234567", "postnr 9800, 24 11 26 12 34", "290201-1234",  // 29 Feb 2001
    ] {
      #expect(!CPRDetector.containsCPR(text), "\(text)")
    }
  }
}
