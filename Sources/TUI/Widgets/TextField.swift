import Core

/// A one-line text input with a cursor: the search line and form fields.
/// Its keys are the table's editing rows (readline's ^A ^E ^U ^K ^W, Alt-← →,
/// besides the arrows); it never reads a raw key except typed text.
struct TextField: Equatable {
  private(set) var characters: [Character]
  private(set) var cursor: Int
  /// The whole text is selected (the field was just entered): typing
  /// replaces it, an arrow keeps it, a delete key clears it.
  private(set) var selected = false

  /// Two fields are the same when their text is (where the cursor stands
  /// is not a change anyone would want to keep or discard).
  static func == (lhs: TextField, rhs: TextField) -> Bool { lhs.characters == rhs.characters }

  /// Selects the whole text, as entering a filled-in field does.
  mutating func selectAll() {
    guard !characters.isEmpty else { return }
    selected = true
    cursor = characters.count
  }

  init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  var text: String { String(characters) }

  /// Types a printable key, or carries out an editing command (the table's
  /// readline rows); false when the key is neither.
  mutating func handle(_ key: Key, _ command: CommandID?) -> Bool {
    if let command { return edit(command) }
    guard let c = key.printable else { return false }
    if selected {
      characters = []
      cursor = 0
      selected = false
    }
    characters.insert(c, at: cursor)
    cursor += 1
    return true
  }

  /// Like `handle`, but true only when the text changed (a cursor move is
  /// not a new search).
  mutating func changes(_ key: Key, _ command: CommandID?) -> Bool {
    let before = characters
    return handle(key, command) && characters != before
  }

  /// One editing command; false when it is not one.
  mutating func edit(_ command: CommandID) -> Bool {
    if selected, command.isEditing {
      selected = false
      switch command {
      case .cursorLeft, .cursorStart, .wordLeft: cursor = 0
      case .cursorRight, .cursorEnd, .wordRight: cursor = characters.count
      default:  // a delete key takes the whole selection
        characters = []
        cursor = 0
      }
      return true
    }
    switch command {
    case .deleteBack:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .deleteForward:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .cursorLeft: cursor = max(0, cursor - 1)
    case .cursorRight: cursor = min(characters.count, cursor + 1)
    case .cursorStart: cursor = 0
    case .cursorEnd: cursor = characters.count
    case .wordLeft: cursor = wordStart(before: cursor)
    case .wordRight:
      while cursor < characters.count && characters[cursor] == " " { cursor += 1 }
      while cursor < characters.count && characters[cursor] != " " { cursor += 1 }
    case .clearToStart:
      characters.removeFirst(cursor)
      cursor = 0
    case .clearToEnd: characters.removeLast(characters.count - cursor)
    case .deleteWord:
      let start = wordStart(before: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
    default: return false
    }
    return true
  }

  /// Where the word before `index` starts (spaces before it skipped).
  private func wordStart(before index: Int) -> Int {
    var start = index
    while start > 0 && characters[start - 1] == " " { start -= 1 }
    while start > 0 && characters[start - 1] != " " { start -= 1 }
    return start
  }

  mutating func set(_ text: String) {
    characters = Array(text)
    cursor = characters.count
    selected = false
  }

  /// Draws the field in `width` columns, scrolled so the cursor is visible;
  /// the cursor is a reversed cell when focused.
  func render(
    into grid: inout Grid, x: Int, y: Int, width: Int, focused: Bool, style: Style = .plain
  ) {
    guard width > 0 else { return }
    grid.fill(x: x, y: y, width: width, style: style)
    if !focused {
      // Not being edited: a value too long for its column ends with "…".
      grid.put(Wrap.truncate(text, width: width), x: x, y: y, style: style)
      return
    }
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
      let cellStyle =
        focused && (selected || index == cursor) ? Style(reverse: true) : style
      column += grid.put(String(characters[index]), x: column, y: y, style: cellStyle)
    }
    if focused && cursor == characters.count && column < x + width {
      grid.put(" ", x: column, y: y, style: Style(reverse: true))
    }
  }
}
