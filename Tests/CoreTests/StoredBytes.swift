@testable import Core

/// Where a person's words are still stored: in a table's column, or as
/// bytes anywhere in a file (the database, its WAL).
enum StoredBytes {
  /// Tables (and columns) holding `needle`, case-insensitively.
  static func tables(containing needle: String, _ db: Database) throws -> [String] {
    let tables = try db.map(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ) { $0.text(0) }
    var found: [String] = []
    for table in tables {
      let columns = try db.map("SELECT name FROM pragma_table_info(?)", [.text(table)]) {
        $0.text(0)
      }
      for column in columns {
        let hits = try db.scalarInt(
          "SELECT count(*) FROM \"\(table)\" WHERE instr(lower(CAST(\"\(column)\" AS TEXT)), lower(?)) > 0",
          [.text(needle)])
        if hits > 0 { found.append(table + "." + column) }
      }
    }
    return found
  }

  /// Whether the file's bytes hold `needle` (its UTF-8), anywhere.
  static func file(_ path: String, contains needle: String) -> Bool {
    guard let bytes = try? BinaryFile.read(path) else { return false }
    let pattern = Array(needle.utf8)
    guard bytes.count >= pattern.count else { return false }
    for start in 0...(bytes.count - pattern.count)
    where bytes[start] == pattern[0] && Array(bytes[start..<start + pattern.count]) == pattern {
      return true
    }
    return false
  }
}
