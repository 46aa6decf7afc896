import Core
import Testing

/// Issue 24.2, 9 and 10: limits counted in characters let combining marks
/// through, a CSV split on characters merged a comma and the mark after
/// it, a header could name a column twice, one field kept a lone CR, and
/// fullwidth formula starters were written as live cells.
@Suite struct ScalarLimitsTests {
  let database = TestDatabase()

  /// `a` and `count` combining acute accents: one character to Swift.
  static func marked(_ count: Int) -> String {
    "a" + String(repeating: "\u{301}", count: count)
  }

  @Test func oneLetterWithManyMarksIsRefusedByScalarsAndBytes() {
    #expect(Self.marked(5_000).count == 1)
    #expect(Validation.text(Self.marked(5_000)) == .failure(.tooManyMarks(200)))
    #expect(Validation.text(Self.marked(3)) == .success(Self.marked(3)))
    // 200 characters of 500 marks each: stored before as 100,200 scalars.
    let name = String(repeating: Self.marked(500), count: 200)
    #expect(Validation.text(name) == .failure(.tooManyMarks(200)))
    #expect(Validation.text(String(repeating: "æ", count: 201)) == .failure(.tooLong(200)))
    #expect(Validation.text(String(repeating: "æ", count: 400)) == .failure(.tooLong(200)))
    let message = FieldError.tooManyMarks(200).message(.danish)
    #expect(message.contains("200 tegn") && message.contains("accenttegn"))
  }

  @Test func aHugeDescriptionIsRefusedOnImportWithItsLine() throws {
    let store = try database.store()
    let description = "\"" + Self.marked(200_000) + "\""
    let file = "name,description\nKombi,\(description)\n"
    #expect(throws: ImportError.csv(CSVError(line: 2, reason: .fieldTooLong))) {
      _ = try Importer(store: store).importAssociations(bytes: Array(file.utf8))
    }
    let fits = "name,description\nKombi,\"" + Self.marked(25_000) + "\"\n"
    #expect(throws: ImportError.field(line: 2, column: "description", .tooManyMarks(10_000))) {
      _ = try Importer(store: store).importAssociations(bytes: Array(fits.utf8))
    }
    #expect(try store.associationCount() == 0)
  }

  @Test func staffInitialsAreCountedInScalars() throws {
    let staff = StaffDirectory(db: try database.open())
    #expect(throws: InquiryError.invalidInitials) {
      try staff.add(initials: "K" + String(repeating: "\u{301}", count: 100_000), name: "Karen")
    }
    #expect(try staff.add(initials: "KM", name: " Karen Madsen ").name == "Karen Madsen")
  }

  @Test func anEmailWithAControlOrSpaceIsNoEmail() {
    #expect(Validation.email("a\u{1B}[2J@b.dk") == .failure(.invalidEmail))
    #expect(Validation.email("a\u{00A0}b@c.dk") == .failure(.invalidEmail))
    #expect(
      Validation.email(String(repeating: "a", count: 250) + "@b.dk") == .failure(.invalidEmail))
    #expect(Validation.email("navn@forening.dk") == .success("navn@forening.dk"))
  }

  @Test func listsHaveAMostItems() {
    let many = (1...51).map { "ord\($0)" }
    #expect(Validation.list(many) == .failure(.tooManyItems(50)))
    #expect(Validation.list([" a ", "", "b"]) == .success(["a", "b"]))
  }

  @Test func aCommaWithAMarkAfterItStillSeparates() throws {
    let records = try CSVParser.parse("a,b,c\nKombi To,\u{301}Hirtshals,Beskrivelse,ekstra\n")
    #expect(records[1].fields.count == 4)
    let store = try database.store()
    let file = "name,area,description\nKombi To,\u{301}Hirtshals,Beskrivelse,ekstra\n"
    #expect(throws: ImportError.fieldCount(line: 2, expected: 3, found: 4)) {
      _ = try Importer(store: store).importAssociations(bytes: Array(file.utf8))
    }
  }

  @Test func aQuoteWithAMarkAfterItIsQuotedAndReadBack() throws {
    for field in ["\"\u{301}", ",\u{301}x", "a\u{200D},b", "\n\u{301}"] {
      let line = CSVParser.escape(field) + ",z\r\n"
      #expect(try CSVParser.parse("h1,h2\r\n" + line)[1].fields == [field, "z"], "\(field)")
    }
  }

  @Test func aHeaderNamingAColumnTwiceIsRefused() throws {
    let store = try database.store()
    let file = "name,area,area\nKombi,Hjørring,Hirtshals\n"
    #expect(throws: ImportError.duplicateColumn("area")) {
      _ = try Importer(store: store).importAssociations(bytes: Array(file.utf8))
    }
    #expect(ImportError.duplicateColumn("area").line == 1)
  }

  @Test func everyImportedTextFieldStoresOneKindOfLineEnd() throws {
    let db = try database.open()
    let file = "name,criteria\nPuljen,\"Første linje\rAnden linje\r\nTredje\"\n"
    _ = try FundFiles(db: db).importFunds(bytes: Array(file.utf8))
    let criteria = try FundStore(db: db).funds().first?.criteria ?? ""
    #expect(criteria == "Første linje\nAnden linje\nTredje")
    #expect(!criteria.unicodeScalars.contains("\r"))
  }

  @Test func fullwidthFormulaStartersAreWrittenAsText() {
    for starter in ["＝1+1", "＋1", "－1", "＠SUM(A1)"] {
      #expect(CSVParser.escape(starter) == "'" + starter, "\(starter)")
      #expect(CSVParser.unguard(CSVParser.escape(starter)) == starter)
    }
  }

  @Test func aSlugForAFileNameIsShortAndSafe() {
    let name = String(repeating: "Ærøskøbing Æblegrød ", count: 10)
    let slug = DanishFolding.slug(name)
    #expect(slug.utf8.count <= 60 && !slug.isEmpty)
    #expect(slug.unicodeScalars.allSatisfy { $0.isASCII })
    #expect(!slug.hasSuffix("-"))
  }
}

/// Found by fuzzing (issue 24.12): each a property that did not hold.
@Suite struct FuzzFindingsTests {
  let database = TestDatabase()

  /// `00450045` was stored, then read back as `0045` without its country
  /// code: refused. A number is stored as it reads again.
  @Test func aNumberBeginningWith0045IsItsOwnNumber() {
    #expect(Validation.phone("0045 0045") == .success("00450045"))
    #expect(Validation.phone(Validation.formatPhone("00450045")) == .success("00450045"))
    #expect(Validation.phone("+45 98 92 12 34") == .success("98921234"))
    #expect(Validation.phone("0045 98921234") == .success("98921234"))
  }

  /// A name holding combining marks (typed apart, or a script whose vowel
  /// signs are marks) could not be found by typing it: folding broke the
  /// word at each mark, or kept the mark where the index did not.
  @Test func aNameWithMarksIsFoundByTypingIt() throws {
    let store = try database.store()
    for name in [
      "A\u{30A}lborg Fritid", "Cafe\u{301} Hjerteträ", "\u{711}\u{7CE} \u{711}\u{FFFD}|",
    ] {
      let id = try store.save(Association(name: name))
      let hits = try SearchService(db: store.db).search(SearchQuery(text: name))
      #expect(hits.contains { $0.id == id }, "\(name.unicodeScalars.map(\.value))")
    }
    // Typed apart or together, å folds one way.
    #expect(DanishFolding.fold("A\u{30A}lborg") == DanishFolding.fold("Ålborg"))
    #expect(DanishFolding.fold("Ca\u{308}") == DanishFolding.fold("Cä"))
    #expect(DanishSortKey.make("A\u{30A}lborg") == DanishSortKey.make("Ålborg"))
  }
}

extension FuzzFindingsTests {
  /// An older file's marked text is folded again when it is opened.
  @Test func anOlderFilesMarkedNamesAreFoldedAgain() throws {
    do {
      let db = try Database(path: database.path, migrations: Array(Schema.migrations.prefix(21)))
      try db.write {
        try db.run(
          "INSERT INTO associations(name, name_fold, sort_key) VALUES (?, 'a lborg fritid', 'a')",
          [.text("A\u{30A}lborg Fritid")])
        try db.run(
          "INSERT INTO citizens(name, name_fold, seeking, consent_on, created_at, updated_at) VALUES (?, 'jo rgen', 'volunteer', '2026-12-01', '2026-12-01 10:00', '2026-12-01 10:00')",
          [.text("Jo\u{308}rgen")])
      }
    }
    let db = try database.open()
    #expect(try db.scalarText("SELECT name_fold FROM associations") == "aalborg fritid")
    #expect(try db.scalarText("SELECT name_fold FROM citizens") == "jorgen")
    #expect(try !SearchService(db: db).search(SearchQuery(text: "Ålborg")).isEmpty)
  }
}
