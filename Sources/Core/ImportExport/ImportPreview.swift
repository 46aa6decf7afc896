/// Counts an import's rows as they are written; a class, so the counts
/// outlive an import that is refused (for `--dry-run`).
final class ImportTally {
  private(set) var summary = ImportSummary()

  func count(new: Bool) {
    if new { summary.added += 1 } else { summary.updated += 1 }
  }

  func newGroup(_ name: String) { summary.newTargetGroups.append(name) }
}

/// What `skranke import … --dry-run` found: how many rows the file would
/// add and update, and what it would refuse (then, all or nothing, the
/// real import writes nothing at all).
public struct ImportPreview: Equatable, Sendable {
  public var summary: ImportSummary
  public var refused: ImportError?
}

public enum ImportKind: String, CaseIterable, Sendable {
  case associations, activities, areas, rooms, funds, rounds
}

extension Importer {
  /// Runs the import of `path` in full and undoes it, whatever happened:
  /// nothing is written. A file that cannot be read at all is refused as
  /// a whole.
  public func preview(_ kind: ImportKind, path: String) throws -> ImportPreview {
    let tally = ImportTally()
    var refused: ImportError?
    struct Undo: Error {}
    // Groups `--add-target-groups` added are undone with the rest, however
    // the preview ends.
    defer { if addTargetGroups { try? store.reloadTargetGroups() } }
    do {
      try store.db.write {
        do {
          switch kind {
          case .associations:
            _ = try importAssociations(
              table: try CSVTable.read(
                path: path, known: Self.associationColumns, required: ["name"]), tally: tally)
          case .activities:
            _ = try importActivities(
              table: try CSVTable.read(
                path: path, known: Self.activityColumns, required: Self.activityRequired),
              tally: tally)
          case .areas:
            _ = try importAreas(
              table: try CSVTable.read(path: path, known: Self.areaColumns, required: ["area"]),
              tally: tally)
          case .rooms:
            let rooms = RoomFiles(store: store)
            _ = try rooms.importRooms(
              table: try CSVTable.read(path: path, known: RoomFiles.columns, required: ["name"]),
              tally: tally)
          case .funds:
            _ = try FundFiles(db: store.db).importFunds(
              table: try CSVTable.read(
                path: path, known: FundFiles.fundColumns, required: ["name"]), tally: tally)
          case .rounds:
            _ = try FundFiles(db: store.db).importRounds(
              table: try CSVTable.read(
                path: path, known: FundFiles.roundColumns, required: ["fund", "deadline"]),
              tally: tally)
          }
        } catch let error as ImportError {
          refused = error
        }
        throw Undo()
      }
    } catch is Undo {}
    return ImportPreview(summary: tally.summary, refused: refused)
  }
}
