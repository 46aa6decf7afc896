import Testing

@testable import TUI

/// What the flush layer writes: only the cells that changed.
@Suite struct GridDiffTests {
  @Test func firstFlushWritesEveryCellAndASameGridNothing() {
    var grid = Grid(width: 4, height: 2)
    grid.put("ab", x: 0, y: 0)
    #expect(grid.changes(from: nil).count == 8)
    #expect(grid.changes(from: grid).isEmpty)
  }

  @Test func oneChangedCellIsOneWrite() {
    var old = Grid(width: 6, height: 3)
    old.put("hej", x: 1, y: 1)
    var new = old
    new.put("j", x: 1, y: 1)
    #expect(
      new.changes(from: old) == [Grid.Change(x: 1, y: 1, cell: Cell(text: "j", style: .plain))])
    var styled = old
    styled[2, 1].style = .error
    #expect(styled.changes(from: old).map { [$0.x, $0.y] } == [[2, 1]])
  }

  @Test func wideCharacterIsWrittenOnceAndASizeChangeWritesAll() {
    let old = Grid(width: 4, height: 1)
    var new = old
    new.put("日", x: 1, y: 0)
    #expect(new.changes(from: old).map(\.x) == [1])  // its second column is covered
    #expect(Grid(width: 5, height: 1).changes(from: old).count == 5)
  }
}
