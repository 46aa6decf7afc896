/// How an export writes CSV: skranke's own (`,`), or what Danish Excel
/// opens correctly by double-click (`--excel`): a UTF-8 byte-order mark
/// (else Excel reads Windows-1252 and garbles æøå) and `;` between fields
/// (Excel in a Danish locale splits on `;`, the decimal comma's partner).
/// Both end lines with CRLF, and the importer reads both back.
public struct CSVFormat: Sendable, Equatable {
  public let separator: Unicode.Scalar
  public let byteOrderMark: Bool

  public static let plain = CSVFormat(separator: ",", byteOrderMark: false)
  public static let excel = CSVFormat(separator: ";", byteOrderMark: true)

  /// What the file begins with.
  public var start: String { byteOrderMark ? "\u{FEFF}" : "" }

  /// One line: each field escaped for this separator (and against
  /// formulas and control bytes), CRLF.
  public func line(_ fields: [String]) -> String {
    fields.map { CSVParser.escape($0, separator: separator) }
      .joined(separator: String(separator)) + "\r\n"
  }
}
