import Testing

@testable import Core

/// Target groups as a list the centre keeps: today's nine, its own added
/// by name or by an import with `--add-target-groups`, and hidden ones that
/// stay on what has them and still import.
@Suite struct TargetGroupListTests {
  let database = TestDatabase()

  @Test func theCentreAddsAndHidesItsOwn() throws {
    let store = try database.store()
    let list = TargetGroupList(db: store.db)
    #expect(try list.all().count == 9)
    let (added, isNew) = try list.add("  Forældre til små børn ")
    #expect(
      isNew && added.nameDa == "Forældre til små børn" && added.code == "foraeldre-til-smaa-born")
    // The same name again, folded, or a seeded group's English name: not twice.
    #expect(try list.add("FORÆLDRE TIL SMÅ BØRN").added == false)
    #expect(try list.add("Disability").added == false)
    #expect(try list.all().count == 10)
    // Danish order: after Ensomhed…, before Handicap (sort keys, not codes).
    let names = try list.all().map(\.nameDa)
    #expect(names.firstIndex(of: "Forældre til små børn")! < names.firstIndex(of: "Handicap")!)
    #expect(throws: TargetGroupList.Problem.invalidName(.required)) { try list.add(" ") }
    #expect(throws: TargetGroupList.Problem.invalidName(.controlCharacter)) {
      try list.add("a\u{1B}b")
    }
    // Hidden: still there and still read by an import, not offered; add shows it.
    try list.hide("forældre til små børn")
    #expect(try list.all().first { $0.code == added.code }?.active == false)
    try store.reloadTargetGroups()
    _ = try Importer(store: store).importAssociations(
      bytes: Array("name,target_groups\nMødregruppen,Forældre til små børn\n".utf8))
    let id = try #require(try store.associationID(named: "Mødregruppen"))
    #expect(try store.association(id: id)?.targetGroups == [added.code])
    #expect(try list.add("Forældre til små børn").added == false)
    #expect(try list.all().first { $0.code == added.code }?.active == true)
    #expect(throws: TargetGroupList.Problem.unknown("katte")) { try list.hide("katte") }
  }

  /// A spreadsheet's labels no rule places: refused all at once without
  /// the flag (nothing written), added as the centre's own with it (each
  /// once, as first written), and a dry run says which would be added.
  @Test func anImportAddsTheLabelsItCannotPlaceOnlyWhenAsked() throws {
    let store = try database.store()
    let file = Array(
      """
      name;target_groups
      Kattens Venner;Katte, ældre
      Golfklubben;golf|KATTE
      Læsekredsen;Læseheste
      """.utf8)
    #expect(throws: ImportError.self) { try Importer(store: store).importAssociations(bytes: file) }
    #expect(try store.associationCount() == 0 && store.targetGroups.count == 9)
    var importer = Importer(store: store, addTargetGroups: true)
    let path = database.file("loose.csv", file)
    let preview = try importer.preview(.associations, path: path)
    #expect(preview.refused == nil && preview.summary.added == 3)
    #expect(preview.summary.newTargetGroups == ["Katte", "golf", "Læseheste"])
    #expect(try TargetGroupList(db: store.db).all().count == 9 && store.targetGroups.count == 9)
    let summary = try importer.importAssociations(bytes: file)
    #expect(summary.newTargetGroups == ["Katte", "golf", "Læseheste"])
    #expect(store.targetGroups.count == 12)
    let cats = try #require(store.targetGroups.first { $0.nameDa == "Katte" })
    let golf = try #require(try store.associationID(named: "Golfklubben"))
    #expect(Set(try store.association(id: golf)?.targetGroups ?? []) == [cats.code, "golf"])
    // A refused file adds no group: a bad line elsewhere rolls them back too.
    importer.addTargetGroups = true
    #expect(throws: ImportError.self) {
      try importer.importAssociations(
        bytes: Array("name,target_groups,phone\nNy,Hunde,12\n".utf8))
    }
    #expect(try TargetGroupList(db: store.db).all().count == 12 && store.targetGroups.count == 12)
  }

  /// The centre's own groups are found by their name only: adding one
  /// never makes the loose rules ambiguous for the nine (review finding).
  @Test func ownGroupsNeverBlurTheLooseRules() throws {
    let store = try database.store()
    let summary = try Importer(store: store, addTargetGroups: true).importAssociations(
      bytes: Array("name,target_groups\nA,Børnefamilier\nB,Børn med ADHD\n".utf8))
    #expect(summary.newTargetGroups == ["Børnefamilier"])
    let b = try #require(try store.associationID(named: "B"))
    #expect(try store.association(id: b)?.targetGroups == ["children"])
    try TargetGroupList(db: store.db).add("Ældrecafé")
    try store.reloadTargetGroups()
    #expect(TargetGroupLabels(store.targetGroups).group(for: "ældre mennesker")?.code == "elderly")
    #expect(TargetGroupLabels(store.targetGroups).group(for: "ÆLDRECAFÉ")?.nameDa == "Ældrecafé")
    // A name that would split on import is refused.
    #expect(throws: TargetGroupList.Problem.separator) {
      try TargetGroupList(db: store.db).add("Mor, far og børn")
    }
  }
}
