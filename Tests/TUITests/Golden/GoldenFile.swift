import Glibc

@testable import TUI

/// A whole screen as a text file: the characters, then the style of every
/// cell (a letter per style, named in a legend), so a golden fails on any
/// one-cell change of text or style and its diff reads as the screen.
enum GoldenFile {
  /// The file's text for `grid`.
  static func encode(_ grid: Grid, title: String) -> String {
    var legend: [Style] = []
    func code(_ style: Style) -> Character {
      if style == .plain { return "." }
      if let index = legend.firstIndex(of: style) { return letter(index) }
      legend.append(style)
      return letter(legend.count - 1)
    }
    var out = "# \(title) · \(grid.width)×\(grid.height)\n"
    out += "# text (each row ends with |)\n"
    for line in grid.lines { out += line + "|\n" }
    out += "# styles (. plain; letters as in the legend)\n"
    for y in 0..<grid.height {
      var row = ""
      for x in 0..<grid.width { row.append(code(grid[x, y].style)) }
      out += row + "|\n"
    }
    out += "# legend\n"
    for (index, style) in legend.enumerated() {
      out += "\(letter(index)) = \(describe(style))\n"
    }
    return out
  }

  static func letter(_ index: Int) -> Character {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return index < letters.count ? letters[index] : "?"
  }

  static func describe(_ style: Style) -> String {
    var words = ["\(style.role)"]
    if style.bold { words.append("bold") }
    if style.reverse { words.append("reverse") }
    if style.underline { words.append("underline") }
    return words.joined(separator: " ")
  }

  /// The lines that differ, numbered, expected then actual: what a failing
  /// golden prints (at most 12 pairs, then a count).
  static func diff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    var count = 0
    for index in 0..<max(old.count, new.count) {
      let a = index < old.count ? String(old[index]) : "(no line)"
      let b = index < new.count ? String(new[index]) : "(no line)"
      guard a != b else { continue }
      count += 1
      if count <= 12 { out += ["line \(index + 1):", "- \(a)", "+ \(b)"] }
    }
    if count > 12 { out.append("… and \(count - 12) more lines differ") }
    return out.joined(separator: "\n")
  }

  /// `Tests/TUITests/Screens`, found from this source file.
  static var folder: String {
    var parts = String(#filePath).split(separator: "/").map(String.init)
    parts.removeLast(2)
    return "/" + parts.joined(separator: "/") + "/Screens"
  }

  static func read(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func write(_ text: String, to path: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    let bytes = Array(text.utf8)
    return fwrite(bytes, 1, bytes.count, file) == bytes.count
  }

  /// Whether this run re-records the goldens (`scripts/record-screens.sh`).
  static var recording: Bool { getenv("SKRANKE_RECORD_SCREENS").map { String(cString: $0) } == "1" }
}
