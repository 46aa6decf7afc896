import Core

/// A yes/no question. Nothing happens until it is answered; Esc means no.
struct Confirm {
  let question: String
  /// Who asked, and what a yes answers (`Answer.yes` goes back to them).
  let asked: Asked
  /// A yes typed right after the Esc that asked was held back once (it may
  /// be the first letter of a word typed on): the next yes answers.
  var heldBack = false

  /// True for yes, false for no, nil for a key that answers nothing (the
  /// table's `.confirm` rows say which keys answer).
  func answer(_ command: CommandID?) -> Bool? {
    switch command {
    case .yes: return true
    case .no: return false
    default: return nil
    }
  }

  func render(into grid: inout Grid, lang: Language) {
    let lines = Wrap.lines(question, width: 54)
    let inner = Box.draw(
      into: &grid, width: 60, height: lines.count + 4, title: lang.pick("Bekræft", "Confirm"))
    for (row, line) in lines.enumerated() {
      grid.put(line, x: inner.x, y: inner.y + row, style: .bold, limit: inner.width)
    }
    grid.put(
      lang.pick("j = ja    n / Esc = nej", "y = yes    n / Esc = no"), x: inner.x,
      y: inner.y + lines.count + 1, style: .accent)
  }
}
