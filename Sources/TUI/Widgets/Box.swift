import Core

/// A framed box drawn over the pane (help, pickers, questions).
enum Box {
  /// The inner rectangle a box of this size has on a screen of this size.
  static func inner(width: Int, height: Int, screen: (width: Int, height: Int)) -> Rect {
    let (x, y, w, h) = frame(width: width, height: height, screen: screen)
    return Rect(x: x + 2, y: y + 1, width: w - 4, height: h - 2)
  }

  private static func frame(width: Int, height: Int, screen: (width: Int, height: Int)) -> (
    Int, Int, Int, Int
  ) {
    let w = min(width, screen.width - 2)
    let h = min(height, screen.height - 2)
    return ((screen.width - w) / 2, max(1, (screen.height - h) / 2), w, h)
  }

  /// Clears and frames a centred rectangle; returns the inner rectangle.
  static func draw(into grid: inout Grid, width: Int, height: Int, title: String) -> Rect {
    let (x, y, w, h) = frame(width: width, height: height, screen: (grid.width, grid.height))
    grid.fill(x: x, y: y, width: w, height: h)
    let horizontal = String(repeating: "─", count: max(0, w - 2))
    grid.put("┌" + horizontal + "┐", x: x, y: y)
    for row in y + 1..<y + h - 1 {
      grid.put("│", x: x, y: row)
      grid.put("│", x: x + w - 1, y: row)
    }
    grid.put("└" + horizontal + "┘", x: x, y: y + h - 1)
    grid.put(
      " " + Wrap.truncate(title, width: w - 5) + " ", x: x + 2, y: y, style: .accent, limit: w - 4)
    return inner(width: width, height: height, screen: (grid.width, grid.height))
  }
}
