/// Word wrapping for descriptions in a given number of columns.
public enum Wrap {
  /// Longer texts are wrapped as far as 20,000 scalars (twice the longest
  /// text skranke stores), then "…".
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    let text = TerminalCells.bounded(text)
    var result: [String] = []
    // Any line end splits (a stored "\r\n" is one Character, not "\n").
    for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      if DisplayWidth.of(String(paragraph)) <= width {  // fits: keep its spacing
        result.append(String(paragraph))
        continue
      }
      var line = ""
      var lineWidth = 0
      // A phone number in groups is one word: it never breaks.
      for word in WordUnits.split(paragraph) {
        var piece = String(word)
        var pieceWidth = DisplayWidth.of(piece)
        if lineWidth > 0 && lineWidth + 1 + pieceWidth > width {
          result.append(line)
          line = ""
          lineWidth = 0
        }
        if pieceWidth > width {  // a word longer than the line: cut it, in one pass
          var head = ""
          var headWidth = 0
          for character in piece {
            let w = DisplayWidth.of(character)
            if headWidth + w > width && headWidth > 0 {
              result.append(head)
              head = ""
              headWidth = 0
            }
            head.append(character)
            headWidth += w
          }
          piece = head
          pieceWidth = headWidth
        }
        if lineWidth > 0 {
          line += " "
          lineWidth += 1
        }
        line += piece
        lineWidth += pieceWidth
      }
      result.append(line)
    }
    return result
  }

  /// Cuts text to a width, with "…" when something was cut.
  public static func truncate(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    let text = TerminalCells.bounded(text, scalars: 8 * width + 16, ellipsis: false)
    if DisplayWidth.of(text) <= width { return text }
    var out = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    return out + "…"
  }

  /// Pads (or cuts) to exactly `width` columns.
  public static func pad(_ text: String, width: Int) -> String {
    let cut = truncate(text, width: width)
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }
}
