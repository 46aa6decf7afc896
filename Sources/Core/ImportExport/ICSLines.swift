/// Content lines of an iCalendar file (RFC 5545 §3.1): text values escaped,
/// lines ending in CRLF and folded at 75 octets without splitting a UTF-8
/// character, so calendar programs read Danish letters intact.
struct ICSLines {
  private(set) var text = ""

  /// A property with a value written as it is (dates, rules, identifiers).
  mutating func raw(_ name: String, _ value: String) {
    fold(name + ":" + value)
  }

  /// A property with a TEXT value: backslash, semicolon, comma and newline
  /// escaped; other control characters (C0, DEL, C1) and bidirectional
  /// controls dropped.
  mutating func text(_ name: String, _ value: String) {
    fold(name + ":" + Self.escape(value))
  }

  static func escape(_ value: String) -> String {
    var out = ""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": continue
      default:
        if SafeText.isControl(scalar) || SafeText.isBidiControl(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Writes a line, breaking it before 75 octets; a continuation line
  /// starts with a space, which counts toward its 75.
  private mutating func fold(_ line: String) {
    var used = 0
    var limit = 75
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if used + size > limit {
        text += "\r\n "
        used = 1
        limit = 75
      }
      text.unicodeScalars.append(scalar)
      used += size
    }
    text += "\r\n"
  }
}
