/// How many columns text takes on screen: the rule of `TerminalCells`
/// (Core), which every cell, list column and text field uses.
public enum DisplayWidth {
  public static func cells(_ character: Character) -> [(text: String, width: Int)] {
    TerminalCells.cells(character)
  }

  public static func of(_ character: Character) -> Int {
    if isPrintableASCII(character) { return 1 }
    return cells(character).reduce(0) { $0 + $1.width }
  }

  /// One column, drawn as it is ("\r\n" is ASCII too, but two placeholders).
  public static func isPrintableASCII(_ character: Character) -> Bool {
    guard let byte = character.utf8.first, character.utf8.count == 1 else { return false }
    return byte >= 0x20 && byte < 0x7F
  }

  public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }
}
