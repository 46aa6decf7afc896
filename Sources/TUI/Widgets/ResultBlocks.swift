/// The right-hand side of F3 and F4: a form on the left, a divider, and a
/// ranked list where each entry is a block of lines (a name, then its
/// reasons or dates), scrolled so the selected block stays in view.
enum ResultBlocks {
  struct Line {
    let text: String
    let style: Style
    /// Which entry the line belongs to.
    let row: Int
  }

  /// Splits `rect` at `left` columns, draws the divider, and returns the
  /// two sides.
  static func split(_ rect: Rect, left: Int, into grid: inout Grid) -> (Rect, Rect) {
    for y in rect.y..<rect.maxY { grid.put("│", x: rect.x + left, y: y, style: .muted) }
    return (
      Rect(x: rect.x, y: rect.y, width: left, height: rect.height),
      Rect(x: rect.x + left + 2, y: rect.y, width: rect.width - left - 3, height: rect.height)
    )
  }

  /// Draws `lines` from `y` to the bottom of `rect`, moving `scroll` so the
  /// whole selected block shows when it fits (else its start).
  static func render(
    _ lines: [Line], selected: Int, scroll: inout Int, into grid: inout Grid, rect: Rect, y: Int
  ) {
    let height = rect.maxY - y
    let first = lines.firstIndex { $0.row == selected } ?? 0
    let last = lines.lastIndex { $0.row == selected } ?? 0
    if first < scroll { scroll = first }
    if last >= scroll + height { scroll = min(first, last - height + 1) }
    for (offset, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
      grid.put(line.text, x: rect.x, y: y + offset, style: line.style, limit: rect.width)
    }
  }
}
