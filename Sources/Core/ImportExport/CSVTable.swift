import Glibc

/// A CSV file read whole and checked against the columns a file kind knows:
/// the header names the columns (any order), each row becomes a dictionary.
struct CSVTable {
  let header: [String]
  let rows: [(line: Int, values: [String: String])]

  static func read(path: String, known: [String], required: [String]) throws(ImportError)
    -> CSVTable
  {
    let bytes: [UInt8]
    do { bytes = try BinaryFile.read(path) } catch {
      throw .cannotRead(path: path, reason: error.reason)
    }
    return try parse(bytes: bytes, known: known, required: required)
  }

  static func parse(bytes: [UInt8], known: [String], required: [String]) throws(ImportError)
    -> CSVTable
  {
    let text: String
    do { text = try TextDecoding.decode(bytes).text } catch { throw .encoding(error) }
    let records: [CSVRecord]
    do { records = try CSVParser.parse(text) } catch { throw .csv(error) }
    guard let first = records.first else { throw .empty }
    let header = first.fields.map { $0.trimmingCharacters(in: " ").lowercased() }
    for name in header where !known.contains(name) {
      throw .unknownColumn(name, known: known)
    }
    for name in required where !header.contains(name) { throw .missingColumn(name) }
    var rows: [(line: Int, values: [String: String])] = []
    var failures: [ImportError] = []
    for record in records.dropFirst() {
      guard record.fields.count == header.count else {
        failures.append(
          .fieldCount(line: record.line, expected: header.count, found: record.fields.count))
        continue
      }
      var values: [String: String] = [:]
      for (name, value) in zip(header, record.fields) { values[name] = CSVParser.unguard(value) }
      rows.append((record.line, values))
    }
    if !failures.isEmpty { throw .collect(failures) }
    return CSVTable(header: header, rows: rows)
  }

  /// Runs `body` for every row and collects the rows that fail, so the
  /// error names every failing line; the caller's transaction then rolls
  /// everything back. Other errors (the disk, the database) stop at once.
  func forEachRow(_ body: (Int, [String: String]) throws -> Void) throws {
    var failures: [ImportError] = []
    for (line, row) in rows {
      do { try body(line, row) } catch let failure as ImportError { failures.append(failure) }
    }
    if !failures.isEmpty { throw ImportError.collect(failures) }
  }
}

/// Remembers the keys a file has named, to refuse the same one twice.
struct SeenKeys {
  private var lines: [String: Int] = [:]

  /// Throws when `key` came earlier in the file.
  mutating func check(_ key: String, name: String, line: Int) throws {
    if let first = lines[key] {
      throw ImportError.duplicate(line: line, firstLine: first, name: name)
    }
    lines[key] = line
  }
}
