/// The encodings a plain-text mail needs (RFC 2045, RFC 2047): a header's
/// words as UTF-8 encoded-words, the body as quoted-printable. Lines end
/// in LF: the message goes to the system's `sendmail`, whose local
/// interface takes UNIX line ends and writes CRLF on the wire itself.
public enum MailEncoding {
  /// A header value: left as it is when it is printable ASCII with no
  /// "=?" (nothing to encode), else as `=?UTF-8?B?…?=` words of at most
  /// 75 characters, never splitting a character, folded onto lines of
  /// their own. No control character of `text` survives either way: CR
  /// and LF inside an encoded-word are only bytes of its base64.
  public static func header(_ text: String) -> String {
    let clean = String(
      String.UnicodeScalarView(text.unicodeScalars.filter { !SafeText.isUnsafe($0) }))
    let plain = clean.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    if plain && !clean.contains("=?") { return clean }
    // 39 bytes are 52 base64 characters, a 64-character word: with the
    // longest header name before it ("Reply-To: ") a line stays within 78.
    var words: [String] = []
    var chunk: [UInt8] = []
    for scalar in clean.unicodeScalars {
      let bytes = Array(String(scalar).utf8)
      if chunk.count + bytes.count > 39 {
        words.append("=?UTF-8?B?" + base64(chunk) + "?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?" + base64(chunk) + "?=") }
    return words.joined(separator: "\n ")
  }

  /// The body, quoted-printable: lines of at most 76 characters (a soft
  /// break `=` ends a longer one), every byte outside printable ASCII and
  /// `=` as `=XX`, a space or tab at a line's end encoded; CR dropped,
  /// other controls but tab and LF dropped.
  public static func quotedPrintable(_ text: String) -> String {
    var out = ""
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if index > 0 { out += "\n" }
      var pieces: [String] = []
      let bytes = Array(line.utf8).filter { $0 != 0x0D }
      for (offset, byte) in bytes.enumerated() {
        let last = offset == bytes.count - 1
        if byte == 0x09 || (byte >= 0x20 && byte < 0x7F && byte != 0x3D) {
          if (byte == 0x20 || byte == 0x09) && last {
            pieces.append(hex(byte))
          } else {
            pieces.append(String(UnicodeScalar(byte)))
          }
        } else if byte >= 0x80 || byte == 0x3D {
          pieces.append(hex(byte))
        }  // other controls are dropped
      }
      var used = 0
      for piece in pieces {
        // 75 leaves room for the soft break's "=".
        if used + piece.count > 75 {
          out += "=\n"
          used = 0
        }
        out += piece
        used += piece.count
      }
    }
    return out
  }

  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }

  static func base64(_ bytes: [UInt8]) -> String {
    let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var out = ""
    var index = 0
    while index < bytes.count {
      let b0 = Int(bytes[index])
      let b1 = index + 1 < bytes.count ? Int(bytes[index + 1]) : 0
      let b2 = index + 2 < bytes.count ? Int(bytes[index + 2]) : 0
      out.append(table[b0 >> 2])
      out.append(table[((b0 & 3) << 4) | (b1 >> 4)])
      out.append(index + 1 < bytes.count ? table[((b1 & 15) << 2) | (b2 >> 6)] : "=")
      out.append(index + 2 < bytes.count ? table[b2 & 63] : "=")
      index += 3
    }
    return out
  }
}
