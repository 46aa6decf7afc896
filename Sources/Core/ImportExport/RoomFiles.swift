/// `rooms.csv`: read all or nothing (the first bad row names its line), and
/// written in the same columns, so export then import gives the same rooms.
/// A room is the same when its name folds to the same text.
public struct RoomFiles {
  let store: AssociationStore

  public init(store: AssociationStore) { self.store = store }

  static let columns = RoomField.allCases.map(\.rawValue)

  public func importRooms(path: String) throws -> ImportSummary {
    try importRooms(table: try CSVTable.read(path: path, known: Self.columns, required: ["name"]))
  }

  public func importRooms(bytes: [UInt8]) throws -> ImportSummary {
    try importRooms(
      table: try CSVTable.parse(bytes: bytes, known: Self.columns, required: ["name"]))
  }

  func importRooms(table: CSVTable, tally: ImportTally = ImportTally()) throws -> ImportSummary {
    let rooms = RoomStore(db: store.db)
    var seen = SeenKeys()
    // Read and checked before the write lock is taken (see Importer).
    let read = try table.mapRows { line, row -> Room in
      func value(_ field: RoomField) -> String {
        (row[field.rawValue] ?? "").trimmingCharacters(in: " ")
      }
      try seen.check(
        DanishFolding.fold(value(.name)).trimmingCharacters(in: " "), name: value(.name),
        line: line)
      func flag(_ field: RoomField, _ fallback: Bool) throws -> Bool {
        if value(field).isEmpty { return fallback }
        guard let on = Validation.flag(value(field)) else {
          throw ImportError.field(line: line, column: field.rawValue, .invalidFlag(value(field)))
        }
        return on
      }
      func number(_ field: RoomField, _ fallback: Int) throws -> Int {
        if value(field).isEmpty { return fallback }
        switch Room.number(value(field), field) {
        case .success(let count): return count
        case .failure(let error): throw ImportError.field(line: line, column: field.rawValue, error)
        }
      }
      func time(_ field: RoomField, _ fallback: Int) throws -> ClockTime {
        if value(field).isEmpty { return ClockTime(hour: fallback)! }
        guard let time = ClockTime(value(field)) else {
          throw ImportError.field(line: line, column: field.rawValue, .invalidTime(value(field)))
        }
        return time
      }
      let room = Room(
        name: value(.name), address: value(.address), area: value(.area),
        capacity: try number(.capacity, 10),
        facilities: AssociationStore.splitList(value(.facilities)),
        accessibleToilet: try flag(.accessibleToilet, false),
        stepFree: try flag(.stepFree, false),
        nearTransport: try flag(.nearTransport, false), cleaningFee: try number(.cleaningFee, 0),
        opens: try time(.opens, 8), closes: try time(.closes, 22), notes: value(.notes),
        active: try flag(.active, true))
      return try Importer.checked(line: line) { try RoomStore.validate(room) }
    }
    try store.db.write {
      try CSVTable.each(read) { line, checked in
        var room = checked
        room.id = try store.db.map(
          "SELECT id FROM rooms WHERE name_fold = ?", [.text(DanishFolding.fold(room.name))]
        ) { $0.int("id") }.first
        _ = try Importer.checked(line: line) { try rooms.save(room) }
        tally.count(new: room.id == nil)
      }
    }
    return tally.summary
  }

  public func exportRooms(format: CSVFormat = .plain, _ write: (String) -> Void) throws {
    let line = format.line
    write(format.start + line(Self.columns))
    let yesNo = { (on: Bool) in on ? "ja" : "nej" }
    for room in try RoomStore(db: store.db).rooms(includeInactive: true) {
      write(
        line([
          room.name, room.address, room.area, String(room.capacity),
          room.facilities.joined(separator: "|"), yesNo(room.accessibleToilet),
          yesNo(room.stepFree),
          yesNo(room.nearTransport), String(room.cleaningFee), room.opens.text, room.closes.text,
          room.notes, yesNo(room.active),
        ]))
    }
  }
}
