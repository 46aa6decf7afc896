/// Areas and which areas are neighbours (a short trip away), for matching:
/// columns `area` and `neighbours` (`|`-separated). Neighbours go both
/// ways, so "Hjørring: Hirtshals" also makes Hirtshals a neighbour of
/// Hjørring. A file replaces the neighbours of the areas it names.
extension Importer {
  static let areaColumns = ["area", "neighbours"]

  public func importAreas(path: String) throws -> ImportSummary {
    try importAreas(
      table: try CSVTable.read(path: path, known: Self.areaColumns, required: ["area"]))
  }

  public func importAreas(bytes: [UInt8]) throws -> ImportSummary {
    try importAreas(
      table: try CSVTable.parse(bytes: bytes, known: Self.areaColumns, required: ["area"]))
  }

  func importAreas(table: CSVTable, tally: ImportTally = ImportTally()) throws -> ImportSummary {
    // Names and neighbours read and checked before the write lock is taken.
    var seen = SeenKeys()
    let read = try table.mapRows { line, row -> (name: String, neighbours: [String]) in
      let name = (row["area"] ?? "").trimmingCharacters(in: " ")
      guard !name.isEmpty else { throw ImportError.field(line: line, column: "area", .required) }
      if case .failure(let error) = Validation.text(name) {
        throw ImportError.field(line: line, column: "area", error)
      }
      try seen.check(DanishFolding.fold(name).trimmingCharacters(in: " "), name: name, line: line)
      let neighbours = AssociationStore.splitList(row["neighbours"] ?? "")
      if neighbours.count > Validation.listItems {
        throw ImportError.field(
          line: line, column: "neighbours", .tooManyItems(Validation.listItems))
      }
      for other in neighbours {
        if case .failure(let error) = Validation.text(other) {
          throw ImportError.field(line: line, column: "neighbours", error)
        }
      }
      return (name, neighbours)
    }
    try store.db.write {
      // First forget the named areas' neighbours, then add the file's: a
      // later row must not undo what an earlier row said the other way round.
      var ids: [Int64] = []
      try CSVTable.each(read) { line, area in
        tally.count(new: try store.areaID(named: area.name, create: false) == nil)
        let id = try store.areaID(named: area.name, create: true)!
        ids.append(id)
        try store.db.run(
          "DELETE FROM area_neighbours WHERE area_id = ? OR neighbour_id = ?",
          [.integer(id), .integer(id)])
      }
      for ((line, area), id) in zip(read.rows, ids) {
        for other in area.neighbours {
          let otherID = try store.areaID(named: other, create: true)!
          guard otherID != id else {
            throw ImportError.field(line: line, column: "neighbours", .ownNeighbour(other))
          }
          try store.db.run(
            """
            INSERT OR IGNORE INTO area_neighbours(area_id, neighbour_id) VALUES (?, ?), (?, ?)
            """, [.integer(id), .integer(otherID), .integer(otherID), .integer(id)])
        }
      }
    }
    return tally.summary
  }
}
