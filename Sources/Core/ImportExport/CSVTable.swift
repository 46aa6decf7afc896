import Glibc

/// A CSV file read whole and checked against the columns a file kind knows:
/// the header names the columns (any order), each row becomes a dictionary.
struct CSVTable {
  let header: [String]
  let rows: [(line: Int, values: [String: String])]

  static func read(path: String, known: [String], required: [String]) throws(ImportError)
    -> CSVTable
  {
    guard let bytes = readFile(path) else {
      throw .cannotRead(path: path, reason: String(cString: strerror(errno)))
    }
    return try parse(bytes: bytes, known: known, required: required)
  }

  static func parse(bytes: [UInt8], known: [String], required: [String]) throws(ImportError)
    -> CSVTable
  {
    let text = TextDecoding.decode(bytes).text
    let records: [CSVRecord]
    do { records = try CSVParser.parse(text) } catch { throw .csv(error) }
    guard let first = records.first else { throw .empty }
    let header = first.fields.map { $0.trimmingCharacters(in: " ").lowercased() }
    for name in header where !known.contains(name) {
      throw .unknownColumn(name, known: known)
    }
    for name in required where !header.contains(name) { throw .missingColumn(name) }
    var rows: [(line: Int, values: [String: String])] = []
    for record in records.dropFirst() {
      guard record.fields.count == header.count else {
        throw .fieldCount(line: record.line, expected: header.count, found: record.fields.count)
      }
      var values: [String: String] = [:]
      for (name, value) in zip(header, record.fields) { values[name] = value }
      rows.append((record.line, values))
    }
    return CSVTable(header: header, rows: rows)
  }

  static func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
      if count < buffer.count {
        if ferror(file) != 0 { return nil }
        break
      }
    }
    return bytes
  }
}
