/// What an import did.
public struct ImportSummary: Equatable, Sendable {
  public var added = 0
  public var updated = 0
  /// Target groups added as the centre's own (`--add-target-groups`).
  public var newTargetGroups: [String] = []

  public init(added: Int = 0, updated: Int = 0) {
    self.added = added
    self.updated = updated
  }
}

/// Reads association and activity CSV files into the database, all or nothing:
/// every row is checked and written inside one transaction, and the first bad
/// row rolls everything back and is named by its line.
///
/// Matching key (so importing a file twice adds nothing): an association is
/// the same when its name folds to the same text (case, æ/ae, ø/o, å/aa and
/// accents ignored); an activity is the same when its association and title
/// match that way. A matched row is updated with the file's values.
public struct Importer {
  let store: AssociationStore
  /// `--add-target-groups`: the labels no rule places become the centre's
  /// own target groups (inside the import: a refused file adds none).
  public var addTargetGroups = false

  public init(store: AssociationStore, addTargetGroups: Bool = false) {
    self.store = store
    self.addTargetGroups = addTargetGroups
  }

  public func importAssociations(path: String) throws -> ImportSummary {
    try importAssociations(
      table: try CSVTable.read(path: path, known: Self.associationColumns, required: ["name"]))
  }

  public func importAssociations(bytes: [UInt8]) throws -> ImportSummary {
    try importAssociations(
      table: try CSVTable.parse(bytes: bytes, known: Self.associationColumns, required: ["name"]))
  }

  public func importActivities(path: String) throws -> ImportSummary {
    try importActivities(
      table: try CSVTable.read(
        path: path, known: Self.activityColumns, required: Self.activityRequired))
  }

  public func importActivities(bytes: [UInt8]) throws -> ImportSummary {
    try importActivities(
      table: try CSVTable.parse(
        bytes: bytes, known: Self.activityColumns, required: Self.activityRequired))
  }

  static let associationColumns = AssociationField.allCases.map(\.rawValue)
  /// `accessible` is the column before step-free access and the accessible
  /// toilet were told apart; "ja" there sets both.
  static let activityColumns = ActivityField.allCases.map(\.rawValue) + ["accessible"]
  static let activityRequired = ["association", "title"]

  func importAssociations(table: CSVTable, tally: ImportTally = ImportTally()) throws
    -> ImportSummary
  {
    var seen = SeenKeys()
    let unplaced = UnplacedLabels()
    // Groups added and then rolled back (a refused file, a dry run) leave.
    defer { if addTargetGroups { try? store.reloadTargetGroups() } }
    try store.db.write {
      // The first import into an empty register sets it up: those
      // associations were there all along, not new (nor deactivated) that
      // day in the annual report.
      let settingUp = try store.db.scalarInt("SELECT count(*) FROM associations") == 0
      try addNewGroups(table, column: AssociationField.targetGroups.rawValue, tally)
      try collecting(unplaced) {
        try table.forEachRow { line, row in
          func value(_ field: AssociationField) -> String { row[field.rawValue] ?? "" }
          try seen.check(
            DanishFolding.fold(value(.name)).trimmingCharacters(in: " "),
            name: value(.name).trimmingCharacters(in: " "), line: line)
          var association = Association(
            name: value(.name), description: value(.description), area: value(.area),
            contactPerson: value(.contactPerson), phone: value(.phone), email: value(.email),
            website: value(.website), address: value(.address))
          association.targetGroups = groups(value(.targetGroups), line: line, unplaced)
          let activeText = value(.active).trimmingCharacters(in: " ")
          guard let active = activeText.isEmpty ? true : Validation.flag(activeText) else {
            throw ImportError.field(line: line, column: "active", .invalidFlag(activeText))
          }
          association.active = active
          association.id = try store.associationID(named: association.name)
          do {
            _ = try store.save(association)
          } catch StoreError.invalidAssociation(let errors) {
            let field = AssociationField.allCases.first { errors[$0] != nil }!
            throw ImportError.field(line: line, column: field.rawValue, errors[field]!)
          }
          tally.count(new: association.id == nil)
        }
      }
      if settingUp {
        try store.db.execute(
          """
          DELETE FROM association_log WHERE change = 'deactivated';
          UPDATE association_log SET change = 'registered' WHERE change = 'created';
          """)
      }
      try SearchIndex(db: store.db).optimize()
    }
    return tally.summary
  }

  func importActivities(table: CSVTable, tally: ImportTally = ImportTally()) throws
    -> ImportSummary
  {
    var seen = SeenKeys()
    var touched: Set<Int64> = []
    let unplaced = UnplacedLabels()
    defer { if addTargetGroups { try? store.reloadTargetGroups() } }
    try store.db.write {
      try addNewGroups(table, column: ActivityField.targetGroups.rawValue, tally)
      try collecting(unplaced) {
        try table.forEachRow { line, row in
          func value(_ field: ActivityField) -> String { row[field.rawValue] ?? "" }
          try seen.check(
            DanishFolding.fold(value(.association)).trimmingCharacters(in: " ") + "\u{1}"
              + DanishFolding.fold(value(.title)).trimmingCharacters(in: " "),
            name: value(.association).trimmingCharacters(in: " ") + ": "
              + value(.title).trimmingCharacters(in: " "), line: line)
          guard let associationID = try store.associationID(named: value(.association)) else {
            throw ImportError.unknownAssociation(line: line, name: value(.association))
          }
          func flag(_ field: ActivityField, default fallback: Bool) throws -> Bool {
            let text = value(field)
            if text.trimmingCharacters(in: " ").isEmpty { return fallback }
            guard let flag = Validation.flag(text) else {
              throw ImportError.field(line: line, column: field.rawValue, .invalidFlag(text))
            }
            return flag
          }
          func age(_ field: ActivityField) throws -> Int? {
            switch Validation.age(value(field)) {
            case .success(let age): return age
            case .failure(let error):
              throw ImportError.field(line: line, column: field.rawValue, error)
            }
          }
          let kindText = value(.kind)
          guard let kind = kindText.isEmpty ? .offer : ActivityKind.parse(kindText) else {
            throw ImportError.field(line: line, column: "kind", .unknownKind(kindText))
          }
          let schedule: Schedule
          switch Schedule.parse(value(.schedule)) {
          case .success(let parsed): schedule = parsed
          case .failure(let error):
            throw ImportError.field(line: line, column: "schedule", .invalidSchedule(error.entry))
          }
          let legacyAccessible =
            row["accessible"] == nil ? false : Validation.flag(row["accessible"]!)
          guard let legacyAccessible else {
            throw ImportError.field(
              line: line, column: "accessible", .invalidFlag(row["accessible"] ?? ""))
          }
          let places: Int?
          switch Validation.count(value(.openPlaces)) {
          case .success(let count): places = count
          case .failure(let error):
            throw ImportError.field(line: line, column: "open_places", error)
          }
          var activity = Activity(
            associationID: associationID, title: value(.title), kind: kind,
            description: value(.description), area: value(.area), schedule: schedule,
            ageMin: try age(.ageMin), ageMax: try age(.ageMax),
            targetGroups: groups(value(.targetGroups), line: line, unplaced),
            interests: AssociationStore.splitList(value(.interests)),
            stepFree: try flag(.stepFree, default: legacyAccessible),
            accessibleToilet: try flag(.accessibleToilet, default: legacyAccessible),
            languages: AssociationStore.splitList(value(.languages)),
            childCertificate: try flag(.childCertificate, default: false), openPlaces: places,
            active: try flag(.active, default: true))
          activity.id = try store.activityID(associationID: associationID, title: activity.title)
          do {
            _ = try store.save(activity, reindex: false)
            touched.insert(associationID)
          } catch StoreError.invalidActivity(let errors) {
            let field = ActivityField.allCases.first { errors[$0] != nil }!
            throw ImportError.field(line: line, column: field.rawValue, errors[field]!)
          }
          tally.count(new: activity.id == nil)
        }
      }
      for id in touched.sorted() { try SearchIndex(db: store.db).reindex(associationID: id) }
      try SearchIndex(db: store.db).optimize()
    }
    return tally.summary
  }

  /// "Ældre og ensomhed|Handicap" (or "ældre, hjemløse") → codes; a
  /// label no rule places is collected, to be refused with all the others.
  private func groups(_ text: String, line: Int, _ unplaced: UnplacedLabels) -> [String] {
    let labels = TargetGroupLabels(store.targetGroups)
    var codes: [String] = []
    for name in Self.labels(text) {
      guard let group = labels.group(for: name) else {
        unplaced.add(name, line: line)
        continue
      }
      if !codes.contains(group.code) { codes.append(group.code) }
    }
    return codes
  }

  /// A spreadsheet's cell may list its target groups with | , or ;.
  static func labels(_ text: String) -> [String] {
    text.split { $0 == "|" || $0 == "," || $0 == ";" }
      .map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
  }

  /// With `addTargetGroups`: every label in the file that no rule places
  /// is added, once, as the centre's own group (as first written), before
  /// the rows are read, so the rows then find it by its name. Inside the
  /// import's transaction; the store's list follows the file either way.
  private func addNewGroups(_ table: CSVTable, column: String, _ tally: ImportTally) throws {
    guard addTargetGroups else { return }
    let labels = TargetGroupLabels(store.targetGroups)
    let list = TargetGroupList(db: store.db)
    var added = Set<String>()
    var failures: [ImportError] = []
    for (line, row) in table.rows {
      for name in Self.labels(row[column] ?? "") where labels.group(for: name) == nil {
        guard added.insert(DanishFolding.fold(name)).inserted else { continue }
        do {
          tally.newGroup(try list.add(name).group.nameDa)
        } catch TargetGroupList.Problem.invalidName(let error) {
          failures.append(.field(line: line, column: column, error))
        }
      }
    }
    if !failures.isEmpty { throw ImportError.collect(failures) }
    try store.reloadTargetGroups()
  }

  /// Runs the rows; the labels that could not be placed are refused then,
  /// all at once, together with any failing lines.
  private func collecting(_ unplaced: UnplacedLabels, _ rows: () throws -> Void) throws {
    let labels = TargetGroupLabels(store.targetGroups)
    do {
      try rows()
    } catch let failure as ImportError {
      throw unplaced.refusal(labels, with: failure) ?? failure
    }
    if let refusal = unplaced.refusal(labels) { throw refusal }
  }
}
