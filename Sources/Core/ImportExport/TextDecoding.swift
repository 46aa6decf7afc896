/// Turns a file's bytes into text the way Danish files arrive: UTF-8 with or
/// without a byte-order mark, else Windows-1252 (what older Danish Excel and
/// many municipal systems write). Latin-1 is a subset, so it decodes too.
public enum TextDecoding {
  public enum Encoding: Equatable, Sendable {
    case utf8
    case windows1252
  }

  public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(body.count)
    for byte in body {
      if byte >= 0x80 && byte < 0xA0 {
        let value = windows1252High[Int(byte - 0x80)]
        scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return (String(scalars), .windows1252)
  }

  /// Windows-1252 code points for bytes 0x80–0x9F (0xFFFD where undefined).
  static let windows1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}
