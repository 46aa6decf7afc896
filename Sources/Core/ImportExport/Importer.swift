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
    // Every row is read and checked before the write lock is taken, so
    // the transaction below holds it for the writes only: another desk's
    // save waits for the writing, never for the reading of a large file.
    var seen = SeenKeys()
    let rows = try table.mapRows { line, row -> (Association, String) in
      func value(_ field: AssociationField) -> String { row[field.rawValue] ?? "" }
      try seen.check(
        DanishFolding.fold(value(.name)).trimmingCharacters(in: " "),
        name: value(.name).trimmingCharacters(in: " "), line: line)
      var association = Association(
        name: value(.name), description: value(.description), area: value(.area),
        contactPerson: value(.contactPerson), phone: value(.phone), email: value(.email),
        website: value(.website), address: value(.address))
      let activeText = value(.active).trimmingCharacters(in: " ")
      guard let active = activeText.isEmpty ? true : Validation.flag(activeText) else {
        throw ImportError.field(line: line, column: "active", .invalidFlag(activeText))
      }
      association.active = active
      return (try Self.checked(association, line: line), value(.targetGroups))
    }
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
        try CSVTable.each(rows) { line, read in
          var association = read.0
          association.targetGroups = groups(read.1, line: line, unplaced)
          association.id = try store.associationID(named: association.name)
          _ = try Self.checked(line: line) { try store.save(association) }
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

  /// An association checked as its store would, a refusal said for its line.
  static func checked(_ association: Association, line: Int) throws -> Association {
    try checked(line: line) { try AssociationValidator.validate(association) }
  }

  /// Runs a store's check or save (associations, activities, rooms);
  /// what it refuses is said for the line.
  static func checked<T>(line: Int, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch StoreError.invalidAssociation(let errors) {
      try ImportError.refuse(errors, line: line)
      throw StoreError.invalidAssociation(errors)
    } catch StoreError.invalidActivity(let errors) {
      try ImportError.refuse(errors, line: line)
      throw StoreError.invalidActivity(errors)
    } catch RoomError.invalid(let errors) {
      try ImportError.refuse(errors, line: line)
      throw RoomError.invalid(errors)
    } catch StoreError.invalidArea(let error) {
      throw ImportError.field(line: line, column: "area", error)
    }
  }

  func importActivities(table: CSVTable, tally: ImportTally = ImportTally()) throws
    -> ImportSummary
  {
    // Read and checked first, as associations are; written under the lock.
    var seen = SeenKeys()
    let rows = try table.mapRows {
      line, row -> (activity: Activity, association: String, groups: String) in
      func value(_ field: ActivityField) -> String { row[field.rawValue] ?? "" }
      try seen.check(
        DanishFolding.fold(value(.association)).trimmingCharacters(in: " ") + "\u{1}"
          + DanishFolding.fold(value(.title)).trimmingCharacters(in: " "),
        name: value(.association).trimmingCharacters(in: " ") + ": "
          + value(.title).trimmingCharacters(in: " "), line: line)
      let activity = try Self.activity(from: row, line: line)
      return (activity, value(.association), value(.targetGroups))
    }
    var touched: Set<Int64> = []
    let unplaced = UnplacedLabels()
    defer { if addTargetGroups { try? store.reloadTargetGroups() } }
    try store.db.write {
      try addNewGroups(table, column: ActivityField.targetGroups.rawValue, tally)
      try collecting(unplaced) {
        try CSVTable.each(rows) { line, read in
          guard let associationID = try store.associationID(named: read.association) else {
            throw ImportError.unknownAssociation(line: line, name: read.association)
          }
          var activity = read.activity
          activity.associationID = associationID
          activity.targetGroups = groups(read.groups, line: line, unplaced)
          activity.id = try store.activityID(associationID: associationID, title: activity.title)
          _ = try Self.checked(line: line) { try store.save(activity, reindex: false) }
          touched.insert(associationID)
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
    text.splitScalars { $0 == "|" || $0 == "," || $0 == ";" }
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
