/// What the flush layer writes: the cells of the new grid that differ from
/// the grid last put on the screen. Pure, so the diff is unit tested
/// without a terminal.
extension Grid {
  /// One cell to write at (x, y).
  public struct Change: Equatable, Sendable {
    public let x: Int
    public let y: Int
    public let cell: Cell
  }

  /// The cells to write to turn `previous` into this grid: every cell when
  /// there is no previous grid or its size differs. The second column of a
  /// wide character is never written (the character covers it).
  public func changes(from previous: Grid?) -> [Change] {
    let comparable = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
    var out: [Change] = []
    for y in 0..<height {
      for x in 0..<width {
        let cell = self[x, y]
        if cell.text.isEmpty { continue }
        if let comparable, comparable[x, y] == cell { continue }
        out.append(Change(x: x, y: y, cell: cell))
      }
    }
    return out
  }
}
