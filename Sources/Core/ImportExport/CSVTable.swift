import Glibc

/// A CSV file read whole and checked against the columns a file kind knows:
/// the header names the columns (any order), each row becomes a dictionary.
struct CSVTable {
  /// The largest file an import reads: 20 times the demo data at the
  /// largest scale the benchmark runs. A larger one (or `/dev/zero`) is
  /// refused before it fills the memory.
  static let maxFileBytes = 64 << 20

  let header: [String]
  let rows: [(line: Int, values: [String: String])]

  static func read(path: String, known: [String], required: [String]) throws(ImportError)
    -> CSVTable
  {
    let bytes: [UInt8]
    do { bytes = try BinaryFile.read(path, limit: maxFileBytes) } catch {
      if error.tooLarge { throw .tooLarge(path: path, limit: maxFileBytes) }
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
    // Two columns of one name: which one was meant? (The last one won.)
    for (index, name) in header.enumerated() where header[..<index].contains(name) {
      throw .duplicateColumn(name)
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
      for (name, value) in zip(header, record.fields) {
        // Line ends are stored one way, for every field of every import
        // (a one-line field then refuses a break as the control it is).
        values[name] = Validation.lineFeeds(CSVParser.unguard(value))
      }
      rows.append((record.line, values))
    }
    if !failures.isEmpty { throw .collect(failures) }
    return CSVTable(header: header, rows: rows)
  }

  /// Runs `body` for every row and collects the rows that fail, so the
  /// error names every failing line; the caller's transaction then rolls
  /// everything back. Other errors (the disk, the database) stop at once.
  func forEachRow(_ body: (Int, [String: String]) throws -> Void) throws {
    try Self.each(Read(rows: rows.map { ($0.line, $0.values) }, failures: []), body)
  }

  /// Rows read into values before any write, and the lines that failed.
  struct Read<T> {
    var rows: [(line: Int, value: T)]
    var failures: [ImportError]
  }

  /// Reads every row into a value (before any write); a failing row is
  /// kept to be said with the rest (`each`), so a dry run still counts
  /// the good ones.
  func mapRows<T>(_ body: (Int, [String: String]) throws -> T) throws -> Read<T> {
    var read = Read<T>(rows: [], failures: [])
    for (line, row) in rows {
      do {
        read.rows.append((line, try body(line, row)))
      } catch let failure as ImportError {
        read.failures.append(failure)
      }
    }
    return read
  }

  /// `body` for each value read; its failures and the reading's are
  /// thrown together at the end, in the order of their lines.
  static func each<T>(_ read: Read<T>, _ body: (Int, T) throws -> Void) throws {
    var failures = read.failures
    for (line, item) in read.rows {
      do { try body(line, item) } catch let failure as ImportError { failures.append(failure) }
    }
    if !failures.isEmpty {
      throw ImportError.collect(failures.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
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
