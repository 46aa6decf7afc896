import Core
import Testing

@Suite struct CSVTests {
  let database = TestDatabase()

  @Test func commaSemicolonQuotesAndNewlines() throws {
    let text = "name;description\r\n\"Ældre; Sagen\";\"linje 1\nlinje \"\"2\"\"\"\r\nB;\r\n"
    let records = try CSVParser.parse(text)
    #expect(records.count == 3)
    #expect(records[1].fields == ["Ældre; Sagen", "linje 1\nlinje \"2\""])
    #expect(records[2].line == 4)  // the quoted newline moved it down a line
    #expect(try CSVParser.parse("a,b\n1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
  }

  @Test func malformedQuotingNamesTheLine() {
    #expect(throws: CSVError(line: 2, reason: .unterminatedQuote)) {
      try CSVParser.parse("name\n\"open\nmore")
    }
    #expect(throws: CSVError(line: 2, reason: .textAfterClosingQuote)) {
      try CSVParser.parse("name\n\"a\"b")
    }
    #expect(throws: CSVError(line: 3, reason: .quoteInsideField)) {
      try CSVParser.parse("name\nok\nab\"c")
    }
  }

  @Test func bomAndWindows1252AreDecoded() throws {
    let store = try database.store()
    let importer = Importer(store: store)
    _ = try importer.importAssociations(
      bytes: [0xEF, 0xBB, 0xBF] + Array("name\nBOM Forening\n".utf8))
    // "Ældre Sagen Tårs" in Windows-1252, semicolon separated as Danish Excel writes it.
    let cp1252: [UInt8] =
      Array("name;area\n".utf8) + [0xC6] + Array("ldre Sagen T".utf8) + [0xE5]
      + Array("rs;T".utf8) + [0xE5] + Array("rs\n".utf8)
    _ = try importer.importAssociations(bytes: cp1252)
    let names = try SearchService(db: store.db).search(SearchQuery()).map(\.name)
    #expect(names == ["BOM Forening", "Ældre Sagen Tårs"])
    #expect(try store.areas().map(\.name) == ["Tårs"])
  }

  @Test func importIsAllOrNothingAndNamesTheLine() throws {
    let store = try database.store()
    let importer = Importer(store: store)
    let cases: [(String, Int, String)] = [
      ("name,email\nA,a@a.dk\n,b@b.dk\n", 3, "name"),
      ("name,email\nA,a@a.dk\nB,not-an-email\n", 3, "email"),
      ("name,colour\nA,red\n", 1, "colour"),
      ("name,phone\nA,12\n", 2, "phone"),
      ("name,target_groups\nA,Ældre og ensomhed|Golf\n", 2, "Golf"),
      ("name\nA\n\"B\n", 3, ""),
    ]
    for (text, line, word) in cases {
      do {
        _ = try importer.importAssociations(bytes: Array(text.utf8))
        Issue.record("no error for \(text)")
      } catch let error as ImportError {
        // Unplaced target groups are listed by label, each with its lines.
        #expect(
          error.line == line || error.message(.english).contains("(line \(line);"), "\(text)")
        #expect(error.message(.english).contains(word), "\(error.message(.english))")
        #expect(error.message(.danish).contains("linje \(line)"))
      }
      #expect(try store.associationCount() == 0, "\(text)")
    }
  }

  @Test func importingTwiceAddsNothingAndUpdates() throws {
    let store = try database.store()
    let importer = Importer(store: store)
    let first = try importer.importAssociations(
      bytes: Array("name,phone\nÆldre Sagen,98921234\n".utf8))
    #expect(first == ImportSummary(added: 1, updated: 0))
    let again = try importer.importAssociations(
      bytes: Array("name,phone\naeldre sagen,+45 11 22 33 44\n".utf8))
    #expect(again == ImportSummary(added: 0, updated: 1))
    #expect(try store.associationCount() == 1)
    let id = try store.associationID(named: "Ældre Sagen")!
    #expect(try store.association(id: id)?.phone == "11223344")
  }

  @Test func activitiesNeedTheirAssociation() throws {
    let store = try database.store()
    let importer = Importer(store: store)
    #expect(throws: ImportError.unknownAssociation(line: 2, name: "Ingen")) {
      try importer.importActivities(bytes: Array("association,title\nIngen,Noget\n".utf8))
    }
  }

  @Test func exportThenImportRoundTrips() throws {
    let store = try database.demoStore()
    var first = ""
    try Exporter(store: store).exportActivities { first += $0 }
    var associations = ""
    try Exporter(store: store).exportAssociations { associations += $0 }
    let copy = TestDatabase()
    let other = try copy.store()
    _ = try Importer(store: other).importAssociations(bytes: Array(associations.utf8))
    _ = try Importer(store: other).importActivities(bytes: Array(first.utf8))
    var second = ""
    try Exporter(store: other).exportActivities { second += $0 }
    var associations2 = ""
    try Exporter(store: other).exportAssociations { associations2 += $0 }
    #expect(first == second)
    #expect(associations == associations2)
    #expect(try other.activityCount() >= 150)
  }

  /// `--excel`: a byte-order mark, `;` between fields, CRLF; importing
  /// that file gives the same data back (the plain export of both agrees).
  @Test func theExcelFormRoundTrips() throws {
    let store = try database.demoStore()
    var excel = ("", "")
    try Exporter(store: store).exportAssociations(format: .excel) { excel.0 += $0 }
    try Exporter(store: store).exportActivities(format: .excel) { excel.1 += $0 }
    #expect(excel.0.hasPrefix("\u{FEFF}name;description;area;"))
    #expect(excel.0.hasSuffix("\r\n") && !excel.0.contains("\r\r"))
    #expect(excel.0.split(separator: "\r\n").count == (try store.associationCount()) + 1)
    let copy = TestDatabase()
    let other = try copy.store()
    _ = try Importer(store: other).importAssociations(bytes: Array(excel.0.utf8))
    _ = try Importer(store: other).importActivities(bytes: Array(excel.1.utf8))
    func plain(_ store: AssociationStore) throws -> String {
      var text = ""
      try Exporter(store: store).exportAssociations { text += $0 }
      try Exporter(store: store).exportActivities { text += $0 }
      return text
    }
    #expect(try plain(store) == plain(other))
  }

  @Test func demoDataIsBigEnough() throws {
    let store = try database.demoStore()
    #expect(try store.associationCount() >= 60)
    #expect(try store.activityCount() >= 150)
    #expect(try store.areas().count >= 6)
    let groups = try store.db.scalarInt(
      "SELECT count(DISTINCT target_group_id) FROM association_target_groups")
    #expect(groups == Int64(store.targetGroups.count))
  }
}

/// `import … --dry-run`: what a file would add, update and refuse, with
/// nothing written whatever it finds.
@Suite struct ImportPreviewTests {
  let database = TestDatabase()

  @Test func aDryRunCountsAndRefusesButWritesNothing() throws {
    let store = try database.store()
    _ = try Importer(store: store).importAssociations(
      bytes: Array("name,area\nRøde Kors Hjørring,Hjørring\n".utf8))
    let good = database.file(
      "good.csv", Array("name,area\nRøde Kors Hjørring,Hjørring\nNy Klub,Sindal\n".utf8))
    var preview = try Importer(store: store).preview(.associations, path: good)
    #expect(preview.summary == ImportSummary(added: 1, updated: 1) && preview.refused == nil)
    #expect(try store.associationCount() == 1)
    let bad = database.file(
      "bad.csv",
      Array("name,area,phone\nNy Klub,Sindal,\nAnden Klub,Sindal,12\nTredje,Sindal,xx\n".utf8))
    preview = try Importer(store: store).preview(.associations, path: bad)
    #expect(preview.summary.added == 1)
    #expect(preview.refused?.message(.english).contains("2 lines have errors") == true)
    #expect(preview.refused?.message(.english).contains("line 3") == true)
    #expect(preview.refused?.message(.english).contains("line 4") == true)
    #expect(try store.associationCount() == 1)
    // A file that is not one at all is refused as a whole.
    preview = try Importer(store: store).preview(.associations, path: database.path + ".nope")
    #expect(preview.refused != nil && preview.summary == ImportSummary())
  }
}

/// Target groups as a spreadsheet has them: loose labels are placed, and
/// the ones that cannot be are refused all at once, each with its lines
/// and the nearest groups.
@Suite struct LooseTargetGroupTests {
  let database = TestDatabase()

  @Test func looseLabelsArePlacedAndTheRestListedOnce() throws {
    let store = try database.store()
    let labels = TargetGroupLabels(store.targetGroups)
    let placed: [(String, String)] = [
      ("ÆLDRE", "elderly"), ("aeldre mennesker", "elderly"), ("hjemløse", "homelessness"),
      ("flygtninge", "integration"), ("psykisk sårbare", "mental"),
      ("handicappede", "disability"), ("unge", "children"), ("misbrugere", "addiction"),
      ("pårørende", "relatives"), ("Older people and loneliness", "elderly"),
    ]
    for (label, code) in placed { #expect(labels.group(for: label)?.code == code, "\(label)") }
    #expect(labels.group(for: "børn med handicap") == nil)  // two groups could be meant
    #expect(labels.group(for: "katte") == nil)
    let file = """
      name,target_groups
      A,"ældre, hjemløse"
      B,Katte
      C,psykisk sårbare;katte
      D,golf
      """
    do {
      _ = try Importer(store: store).importAssociations(bytes: Array(file.utf8))
      Issue.record("imported unplaceable labels")
    } catch let error as ImportError {
      let text = error.message(.english)
      #expect(text.hasPrefix("2 target groups cannot be placed: 'Katte' (line 3, 4; nearest: "))
      #expect(text.contains("'golf' (line 5; nearest: "))
    }
    #expect(try store.associationCount() == 0)
    _ = try Importer(store: store).importAssociations(
      bytes: Array("name,target_groups\nA,\"ældre, hjemløse\"\n".utf8))
    let id = try #require(try store.associationID(named: "A"))
    #expect(Set(try store.association(id: id)?.targetGroups ?? []) == ["elderly", "homelessness"])
  }
}
