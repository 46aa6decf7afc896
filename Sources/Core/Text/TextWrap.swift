/// Plain text wrapped for a file, a printer or the command line: words
/// kept whole where they fit, and a hanging indent, so a long note reads
/// as one block under its heading (a word longer than a line is cut).
public enum TextWrap {
  /// `text` (one line, made safe) in lines of at most `width` characters:
  /// the first starts with `first`, the others with `rest` (spaces as wide
  /// as `first` when not given).
  public static func lines(_ text: String, width: Int, first: String = "", rest: String? = nil)
    -> [String]
  {
    let rest = rest ?? String(repeating: " ", count: first.count)
    var lines: [String] = []
    var line = first
    var empty = true
    func room(_ prefix: String) -> Int { max(10, width - prefix.count) }
    for word in WordUnits.split(Substring(SafeText.oneLine(text))) {
      var word = Substring(word)
      while !word.isEmpty {
        let prefix = lines.isEmpty ? first : rest
        let used = line.count - prefix.count
        if !empty && used + 1 + word.count <= room(prefix) {
          line += " " + word
          word = ""
        } else if empty && word.count <= room(prefix) {
          line += word
          word = ""
          empty = false
        } else if empty {
          line += word.prefix(room(prefix))
          word = word.dropFirst(room(prefix))
          lines.append(line)
          line = rest
        } else {
          lines.append(line)
          line = rest
          empty = true
        }
      }
    }
    if !empty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
