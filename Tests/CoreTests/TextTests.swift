import Core
import Testing

@Suite struct TextTests {
  @Test func foldingMeetsOnBothSides() {
    #expect(DanishFolding.fold("Hjørring") == DanishFolding.fold("hjorring"))
    #expect(DanishFolding.fold("Hjørring") == DanishFolding.fold("HJOERRING"))
    #expect(DanishFolding.fold("Ålborg") == DanishFolding.fold("aalborg"))
    #expect(DanishFolding.fold("Ældre") == "aeldre")
    #expect(DanishFolding.fold("Café") == "cafe")
    #expect(DanishFolding.fold("  Røde-Kors,  Sindal ") == "rode kors sindal")
  }

  @Test func danishSortOrder() {
    let names = ["Århus", "Zebra", "Aalborg", "Øster", "Ærø", "Abe", "Yngre", "Über"]
    let sorted = names.sorted { DanishSortKey.make($0) < DanishSortKey.make($1) }
    #expect(sorted == ["Abe", "Über", "Yngre", "Zebra", "Ærø", "Øster", "Aalborg", "Århus"])
  }

  @Test func seededTargetGroupSortKeysMatchSwift() throws {
    let database = TestDatabase()
    let db = try database.open()
    try db.forEach("SELECT name_da, sort_key FROM target_groups") { row in
      #expect(DanishSortKey.make(row.text(0)) == row.text(1))
    }
  }

  @Test func phoneNumbers() throws {
    #expect(try Validation.phone("98 92 12 34").get() == "98921234")
    #expect(try Validation.phone("+45 98921234").get() == "98921234")
    #expect(try Validation.phone("0045 98-92-12-34").get() == "98921234")
    #expect(try Validation.phone("").get() == "")
    #expect(throws: FieldError.invalidPhone) { try Validation.phone("1234567").get() }
    #expect(throws: FieldError.invalidPhone) { try Validation.phone("+46 98921234").get() }
    #expect(throws: FieldError.invalidPhone) { try Validation.phone("9892123a").get() }
    #expect(Validation.formatPhone("98921234") == "98 92 12 34")
  }

  @Test func emails() throws {
    #expect(try Validation.email(" a@b.dk ").get() == "a@b.dk")
    for bad in ["a@b", "@b.dk", "a b@c.dk", "a@@b.dk", "a@.dk", "a@b..dk", "ab.dk"] {
      #expect(throws: FieldError.invalidEmail, "\(bad)") { try Validation.email(bad).get() }
    }
  }

  @Test func schedules() throws {
    let schedule = try Schedule.parse("tir aften|Tor eftermiddag").get()
    #expect(schedule.csvText == "tir aften|tor eftermiddag")
    #expect(schedule.label(.english) == "tue evening, thu afternoon")
    #expect(try Schedule.parse("lør").get().csvText == "lør formiddag|lør eftermiddag|lør aften")
    #expect(throws: ScheduleError.self) { try Schedule.parse("tirsdag nat").get() }
    // Several days share their parts, the way a worker writes what is said.
    #expect(
      try Schedule.parse("tirsdag og torsdag formiddag").get().csvText
        == "tir formiddag|tor formiddag")
    #expect(
      try Schedule.parse("hverdage aften").get().label(.danish).hasPrefix("man aften, tir aften"))
    #expect(try Schedule.parse("weekend").get().mask == 0b111111 << 15)
    #expect(throws: ScheduleError.self) { try Schedule.parse("formiddag tir").get() }
  }
}

/// Issue 25.12: a phone number broke across two lines at 80×24.
@Suite struct PhoneUnitTests {
  @Test func aPhoneInGroupsIsOneWord() {
    #expect(
      WordUnits.split("Ring til Hanne på 98 19 78 22 eller +45 2030 4050.")
        == ["Ring", "til", "Hanne", "på", "98 19 78 22", "eller", "+45 2030 4050."])
    // Not a phone: fewer than eight digits, or groups of one or five.
    #expect(WordUnits.split("12 34 56") == ["12", "34", "56"])
    #expect(
      WordUnits.split("uge 1 2 3 4 5 6 7 8") == ["uge", "1", "2", "3", "4", "5", "6", "7", "8"])
  }

  @Test func noWidthBreaksAPhoneNumber() {
    let text = "Kontakt: Hanne Andersen, 98 19 78 22, hanne@example.dk, hverdage 9-15"
    // From the width the number itself fits in (with its comma and indent).
    for width in 16...70 {
      let lines = TextWrap.lines(text, width: width, first: "  ")
      #expect(lines.contains { $0.contains("98 19 78 22") }, "width \(width): \(lines)")
    }
  }
}
