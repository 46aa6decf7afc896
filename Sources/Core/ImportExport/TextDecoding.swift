/// Turns a file's bytes into text the way Danish files arrive, and refuses
/// to guess where a guess would change the data:
///
/// - UTF-8, with or without a byte-order mark;
/// - UTF-16 with a byte-order mark (Excel's "Unicode text");
/// - Windows-1252 (older Danish Excel, many municipal systems) only when the
///   file is not UTF-8 at all, i.e. holds no UTF-8 sequence of two or more
///   bytes, and no byte Windows-1252 leaves undefined.
///
/// A UTF-8 file with one stray byte is not read as Windows-1252 (that would
/// store "Ny Øforening" as "Ny Ã˜forening"): it is refused with the line and
/// column of the byte. So is a NUL anywhere in the text.
public enum TextDecoding {
  public enum Encoding: Equatable, Sendable {
    case utf8
    case utf16
    case windows1252
  }

  /// Where the bytes stopped making sense.
  public struct Failure: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
      /// A byte that is not UTF-8 in a file that otherwise is.
      case strayByte(UInt8)
      /// A byte Windows-1252 does not define.
      case undefinedByte(UInt8)
      case nul
      /// Bytes that are text in no encoding (a spreadsheet's own format,
      /// a picture, random data): many that are not UTF-8, or NUL bytes.
      case notText
      /// UTF-16 with half a character or an unpaired surrogate.
      case brokenUTF16
      /// NUL bytes between letters: UTF-16 saved without its byte-order mark.
      case utf16WithoutMark
    }
    public let line: Int
    public let column: Int
    public let reason: Reason
  }

  public static func decode(_ bytes: [UInt8]) throws(Failure) -> (text: String, encoding: Encoding)
  {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let text = try utf16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF)
      return (try checkedForNUL(text), .utf16)
    }
    var body = bytes[...]
    let marked = body.starts(with: [0xEF, 0xBB, 0xBF])
    if marked { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) {
      if looksLikeUTF16(body) {
        throw position(of: body.firstIndex(of: 0)!, in: body, .utf16WithoutMark)
      }
      return (try checkedForNUL(text), .utf8)
    }
    let scan = UTF8Scan(body)
    if marked || scan.hasMultibyte, let index = scan.firstInvalid {
      // A few stray bytes in UTF-8 text, or bytes that are text in no
      // encoding at all (then "the rest is UTF-8" would not be true).
      let many = scan.invalid > max(8, body.count / 100)
      throw position(of: index, in: body, many ? .notText : .strayByte(body[index]))
    }
    if let undefined = body.firstIndex(where: { windows1252Undefined.contains($0) }) {
      throw position(of: undefined, in: body, .undefinedByte(body[undefined]))
    }
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(body.count)
    for byte in body {
      if byte >= 0x80 && byte < 0xA0 {
        scalars.append(Unicode.Scalar(windows1252High[Int(byte - 0x80)])!)
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return (try checkedForNUL(String(scalars)), .windows1252)
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(Failure)
    -> String
  {
    guard bytes.count % 2 == 0 else { throw Failure(line: 1, column: 1, reason: .brokenUTF16) }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      index += 2
    }
    var text = ""
    var line = 1
    var column = 1
    var iterator = units.makeIterator()
    var decoder = UTF16()
    decoding: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        text.unicodeScalars.append(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput: break decoding
      case .error: throw Failure(line: line, column: column, reason: .brokenUTF16)
      }
    }
    return text
  }

  /// A NUL is never text: it is refused with its line and column.
  private static func checkedForNUL(_ text: String) throws(Failure) -> String {
    guard text.utf8.contains(0) else { return text }
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      if scalar == "\0" { throw Failure(line: line, column: column, reason: .nul) }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return text
  }

  /// Many NULs at every other byte: UTF-16 text without a byte-order mark.
  private static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
    let sample = bytes.prefix(200)
    let nuls = sample.filter { $0 == 0 }.count
    return sample.count >= 4 && nuls * 3 >= sample.count
  }

  /// Line and column (in characters, counting from 1) of a byte.
  static func position(of index: Int, in bytes: ArraySlice<UInt8>, _ reason: Failure.Reason)
    -> Failure
  {
    var line = 1
    var column = 1
    for byte in bytes[..<index] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return Failure(line: line, column: column, reason: reason)
  }

  /// Bytes Windows-1252 leaves undefined.
  static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

  /// Windows-1252 code points for bytes 0x80–0x9F (0xFFFD where undefined).
  static let windows1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}

/// One pass over bytes that are not valid UTF-8 as a whole: does any valid
/// sequence of two or more bytes occur, and where is the first invalid byte.
struct UTF8Scan {
  var hasMultibyte = false
  var firstInvalid: Int?
  /// How many bytes are not part of a valid sequence.
  var invalid = 0

  init(_ bytes: ArraySlice<UInt8>) {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length = Self.sequenceLength(bytes, at: index)
      if length > 1 {
        hasMultibyte = true
        index += length
      } else {
        if firstInvalid == nil { firstInvalid = index }
        invalid += 1
        index += 1
      }
    }
  }

  /// The length of a valid UTF-8 sequence at `index`, or 0.
  static func sequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard index + length <= bytes.endIndex else { return 0 }
    return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
  }
}
