import Core

/// A one-line text input with a cursor: the search line and form fields.
/// Emacs-style keys as in a shell (^A ^E ^U ^K ^W) besides the arrows.
struct TextField: Equatable {
  private(set) var characters: [Character]
  private(set) var cursor: Int

  init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  var text: String { String(characters) }

  /// Applies an editing key; false when the key is not for the field.
  mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let c):
      characters.insert(c, at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .ctrl("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left, .ctrl("b"): cursor = max(0, cursor - 1)
    case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = characters.count
    case .ctrl("u"):
      characters.removeFirst(cursor)
      cursor = 0
    case .ctrl("k"): characters.removeLast(characters.count - cursor)
    case .ctrl("w"):
      var start = cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default: return false
    }
    return true
  }

  mutating func set(_ text: String) {
    characters = Array(text)
    cursor = characters.count
  }

  /// Draws the field in `width` columns, scrolled so the cursor is visible;
  /// the cursor is a reversed cell when focused.
  func render(
    into grid: inout Grid, x: Int, y: Int, width: Int, focused: Bool, style: Style = .plain
  ) {
    guard width > 0 else { return }
    grid.fill(x: x, y: y, width: width, style: style)
    var start = 0
    if focused {
      var used = 0
      start = cursor
      while start > 0 && used + DisplayWidth.of(characters[start - 1]) < width {
        start -= 1
        used += DisplayWidth.of(characters[start])
      }
    }
    var column = x
    for index in start..<characters.count {
      let w = DisplayWidth.of(characters[index])
      if column + w > x + width { break }
      let cellStyle = focused && index == cursor ? Style(reverse: true) : style
      column += grid.put(String(characters[index]), x: column, y: y, style: cellStyle)
    }
    if focused && cursor == characters.count && column < x + width {
      grid.put(" ", x: column, y: y, style: Style(reverse: true))
    }
  }
}
