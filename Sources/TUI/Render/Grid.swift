import Core

/// One terminal cell: a grapheme (or "" where a wide character's second
/// column is) and its style.
public struct Cell: Equatable, Sendable {
  public var text: String
  public var style: Style

  public static let blank = Cell(text: " ", style: .plain)
}

/// An in-memory screen. Panes draw here and never call ncurses; the flush
/// layer copies only the cells that changed. Tests assert on `lines`.
public struct Grid: Equatable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Draws text at (x, y), clipped to `limit` columns (default: to the edge),
  /// sanitising anything from data. Returns the columns used.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil
  ) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, x + (limit ?? width))
    var column = x
    // What can show in the columns left, never the whole of a huge text.
    let shown = TerminalCells.bounded(text, scalars: 8 * max(0, end - x) + 16, ellipsis: false)
    for raw in shown {
      // Most of what is drawn is plain ASCII: one cell, nothing to decide.
      if DisplayWidth.isPrintableASCII(raw) {
        if column + 1 > end { return column - x }
        if column >= 0 { self[column, y] = Cell(text: String(raw), style: style) }
        column += 1
        continue
      }
      for (drawn, cellWidth) in DisplayWidth.cells(raw) {
        if cellWidth == 0 {
          // A lone combining mark: attach it to the previous cell.
          if column > x, column - 1 >= 0 { self[column - 1, y].text += drawn }
          continue
        }
        if column + cellWidth > end { return column - x }
        if column >= 0 {
          self[column, y] = Cell(text: drawn, style: style)
          if cellWidth == 2 { self[column + 1, y] = Cell(text: "", style: style) }
        }
        column += cellWidth
      }
    }
    return column - x
  }

  /// Fills a rectangle with spaces in a style (a highlighted row, a bar).
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int = 1, style: Style = .plain)
  {
    for row in max(0, y)..<min(height, y + h) {
      for column in max(0, x)..<min(width, x + w) {
        self[column, row] = Cell(text: " ", style: style)
      }
    }
  }

  /// The text of each row, trailing spaces kept: what a user would see.
  public var lines: [String] {
    (0..<height).map { row in
      (0..<width).map { self[$0, row].text }.joined()
    }
  }

  /// The whole screen as one string, for `contains` checks in tests.
  public var text: String { lines.joined(separator: "\n") }
}
