/// Text from the database made safe for an HTML page: every character
/// that means something in HTML is escaped, and control bytes (which a
/// stored value may hold from an old import) are dropped, so a name like
/// `<script>` or `A & B` shows as itself and never runs or breaks a page.
public enum HTMLText {
  /// For element content and quoted attribute values alike.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out += " "
      default:
        // Controls, and bidirectional controls that could make a name read
        // as another (as in the terminal, `SafeText`).
        if SafeText.isUnsafe(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A description as paragraphs: a blank line starts a new one, a single
  /// line break stays a line break.
  public static func paragraphs(_ text: String) -> String {
    var blocks: [[String]] = [[]]
    let lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    )
    for line in lines {
      let trimmed = String(line).trimmed
      if trimmed.isEmpty {
        if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
      } else {
        blocks[blocks.count - 1].append(escape(trimmed))
      }
    }
    return blocks.filter { !$0.isEmpty }
      .map { "<p>" + $0.joined(separator: "<br>") + "</p>" }.joined(separator: "\n")
  }

  /// A web address to link to: http(s) as given, a bare `example.dk` as
  /// https; anything else (a `javascript:` address, text with spaces) is
  /// not linked.
  public static func webLink(_ address: String) -> String? {
    let trimmed = address.trimmed
    let lower = trimmed.lowercased()
    if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
      return trimmed.contains(" ") ? nil : trimmed
    }
    guard !trimmed.isEmpty, !trimmed.contains(" "), !trimmed.contains(":"),
      trimmed.contains(".")
    else { return nil }
    return "https://" + trimmed
  }
}
