/// A framed box drawn over the pane (help, pickers, questions).
enum Box {
  /// Clears and frames a centred rectangle; returns the inner rectangle.
  static func draw(into grid: inout Grid, width: Int, height: Int, title: String) -> Rect {
    let w = min(width, grid.width - 2)
    let h = min(height, grid.height - 2)
    let x = (grid.width - w) / 2
    let y = max(1, (grid.height - h) / 2)
    grid.fill(x: x, y: y, width: w, height: h)
    let horizontal = String(repeating: "─", count: max(0, w - 2))
    grid.put("┌" + horizontal + "┐", x: x, y: y)
    for row in y + 1..<y + h - 1 {
      grid.put("│", x: x, y: row)
      grid.put("│", x: x + w - 1, y: row)
    }
    grid.put("└" + horizontal + "┘", x: x, y: y + h - 1)
    grid.put(" " + title + " ", x: x + 2, y: y, style: .accent, limit: w - 4)
    return Rect(x: x + 2, y: y + 1, width: w - 4, height: h - 2)
  }
}
