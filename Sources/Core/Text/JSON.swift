/// A JSON value and its text, for `--json` output (no Foundation needed).
/// Object keys keep the order they were given, so output is stable.
public indirect enum JSON: Equatable, Sendable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  case array([JSON])
  case object([(String, JSON)])

  public static func == (a: JSON, b: JSON) -> Bool { a.text() == b.text() }

  public static func optional(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }

  /// Indented with two spaces, one member per line.
  public func text(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .string(let value): return Self.quote(value)
    case .int(let value): return String(value)
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: ",\n")
        + "\n" + indent + "]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      return "{\n"
        + members.map { inner + Self.quote($0.0) + ": " + $0.1.text(indent: inner) }
        .joined(separator: ",\n") + "\n" + indent + "}"
    }
  }

  static func quote(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // Controls and the characters that reorder or break lines in a
        // viewer are written as escapes: the value is the same, the bytes safe.
        if SafeText.isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
