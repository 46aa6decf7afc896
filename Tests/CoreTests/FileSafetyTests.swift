import Testing

@testable import Core

/// Files in: read only when their encoding is certain, every failing line
/// named, nothing half imported. Files out: each format escapes or drops
/// what could act in the program that opens it.
@Suite struct FileSafetyTests {
  let database = TestDatabase()

  func names(_ store: AssociationStore) throws -> [String] {
    try store.db.map("SELECT name FROM associations ORDER BY id") { $0.text(0) }
  }

  func importFailure(_ bytes: [UInt8], into store: AssociationStore) -> ImportError? {
    do {
      _ = try Importer(store: store).importAssociations(bytes: bytes)
      return nil
    } catch {
      return error as? ImportError
    }
  }

  /// "Ny Øforening" in UTF-8 with one stray byte was stored as
  /// "Ny Ã˜forening": now the line and column of the byte are named.
  @Test func aStrayByteInUTF8IsNamedNotGuessedAsWindows1252() throws {
    let store = try database.store()
    let bytes = Array("name\nNy Øforening\nAnden ".utf8) + [0xE6] + Array("ble\n".utf8)
    let error = importFailure(bytes, into: store)
    #expect(error == .encoding(.init(line: 3, column: 7, reason: .strayByte(0xE6))))
    #expect(
      error?.message(.english).hasPrefix("line 3, column 7: the byte 0xE6 is not UTF-8") == true)
    #expect(error?.message(.english).contains("Nothing was imported.") == true)
    #expect(try names(store).isEmpty)
  }

  @Test func windows1252IsReadOnlyWhenEveryByteIsDefined() throws {
    let store = try database.store()
    _ = try Importer(store: store).importAssociations(
      bytes: Array("name\nNy ".utf8) + [0xD8] + Array("forening ".utf8) + [0x80] + Array("\n".utf8))
    #expect(try names(store) == ["Ny Øforening €"])
    let undefined = Array("name\nA".utf8) + [0x81] + Array("\n".utf8)
    #expect(
      importFailure(undefined, into: store)
        == .encoding(.init(line: 2, column: 2, reason: .undefinedByte(0x81))))
  }

  @Test func excelsUnicodeTextIsRead() throws {
    let store = try database.store()
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "name\tarea\r\nÆldre Sagen Tårs\tTårs\r\n".utf16 {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    #expect(try Importer(store: store).importAssociations(bytes: bytes).added == 1)
    #expect(try names(store) == ["Ældre Sagen Tårs"])
    var unmarked: [UInt8] = []
    for unit in "name\nX\n".utf16 { unmarked += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(
      importFailure(unmarked, into: store)?.message(.english).contains(
        "UTF-16 without a byte-order mark") == true)
  }

  @Test func aNULInsideAFieldIsRefusedWithItsLine() throws {
    let store = try database.store()
    let bytes = Array("name,area\nGod,Tårs\nOnd\u{0}skab,Tårs\n".utf8)
    #expect(importFailure(bytes, into: store) == .encoding(.init(line: 3, column: 4, reason: .nul)))
    #expect(try names(store).isEmpty)
  }

  @Test func everyFailingLineIsNamedAndADuplicateNamesBothLines() throws {
    let store = try database.store()
    let bytes = Array(
      "name,email,phone\nA,a@b.dk,\nB,ikke-en-mail,\nC,,123\nÆldre Sagen,,\nældre sagen,,\n".utf8)
    let error = importFailure(bytes, into: store)
    let text = error?.message(.english) ?? ""
    #expect(text.hasPrefix("3 lines have errors. Nothing was imported."))
    #expect(text.contains("\n  line 3: email: invalid e-mail"))
    #expect(text.contains("\n  line 4: phone: 8 digits"))
    #expect(text.contains("\n  line 6: 'ældre sagen' is also on line 5"))
    #expect(try names(store).isEmpty)
  }

  @Test func controlCharactersAndTooLongTextAreRefusedOnTheWayIn() throws {
    let store = try database.store()
    let escape = Array("name\n\"Ond\u{1B}]0;HACKED\u{07}Forening\"\n".utf8)
    #expect(
      importFailure(escape, into: store) == .field(line: 2, column: "name", .controlCharacter))
    let long = Array(
      ("name,description\nLang," + String(repeating: "x", count: 10_001) + "\n").utf8)
    #expect(
      importFailure(long, into: store) == .field(line: 2, column: "description", .tooLong(10_000)))
    #expect(throws: StoreError.self) { try InterestVocabulary(db: store.db).add("  ") }
    #expect(throws: InquiryError.invalidStaffName(.controlCharacter)) {
      try StaffDirectory(db: store.db).add(initials: "KM", name: "Karen\u{1B}[2J")
    }
  }

  /// A cell that a spreadsheet would run (=, +, -, @, tab, CR) is written
  /// as text, and reads back as it was.
  @Test func formulaCellsAreWrittenAsTextAndReadBackUnchanged() throws {
    let store = try database.store()
    let risky = ["=HYPERLINK(\"http://x\")", "+45 fra", "-2 grader", "@SUM(A1)", "'citat'"]
    for name in risky { try store.save(Association(name: name, area: "Tårs")) }
    var csv = ""
    try Exporter(store: store).exportAssociations { csv += $0 }
    #expect(csv.contains("\r\n\"'=HYPERLINK(\"\"http"))
    #expect(csv.contains("\r\n'+45 fra,"))
    #expect(csv.contains("\r\n'-2 grader,"))
    #expect(csv.contains("\r\n'@SUM(A1),"))
    #expect(csv.contains("\r\n''citat',"))
    let copy = TestDatabase()
    let other = try copy.store()
    _ = try Importer(store: other).importAssociations(bytes: Array(csv.utf8))
    #expect(try Set(names(other)) == Set(risky))
  }

  @Test func eachFormatEscapesOrDropsControlsByItsOwnRules() {
    let nasty = "A\u{1B}]0;x\u{07}B\u{9B}C\u{202E}D\u{7F}E"
    #expect(CSVParser.escape(nasty) == "A]0;xBCDE")
    #expect(ICSLines.escape(nasty) == "A]0\\;xBCDE")
    #expect(
      JSON.string(nasty).text() == "\"A\\u001b]0;x\\u0007B\\u009bC\\u202eD\\u007fE\"")
    #expect(SafeText.lines(nasty + "\n") == "A␛]0;x␇B\u{FFFD}C\u{FFFD}D␡E\n")
  }

  /// An import rebuilds each association's search document once, at its
  /// end: every imported activity is still found.
  @Test func importedActivitiesAreSearchable() throws {
    let store = try database.store()
    try store.save(Association(name: "Stor Forening", area: "Tårs"))
    var csv = "association,title\n"
    for n in 1...300 { csv += "Stor Forening,Aktivitet nummer \(n)\n" }
    csv += "Stor Forening,Kajakroning\n"
    #expect(try Importer(store: store).importActivities(bytes: Array(csv.utf8)).added == 301)
    let hits = try SearchService(db: store.db).search(SearchQuery(text: "kajak")).map(\.name)
    #expect(hits == ["Stor Forening"])
  }
}
