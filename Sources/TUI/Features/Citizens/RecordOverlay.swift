import Core

/// Everything stored about one person, on one screen (the right of
/// access), laid out as the written copy is (`p` writes or prints it),
/// with erasure one key away.
struct RecordOverlay {
  enum Outcome: Equatable {
    case none
    case close
    case erase
    case print
  }

  let record: CitizenRecord
  let groups: [TargetGroup]
  var scroll = 0
  /// The text at the width last drawn (notes wrap under their line).
  private var laidOut: (width: Int, lines: [String])?

  init(_ record: CitizenRecord, groups: [TargetGroup]) {
    self.record = record
    self.groups = groups
  }

  var name: String { record.name }

  /// What the table's `.record` rows say a key means.
  mutating func handle(_ command: CommandID?) -> Outcome {
    switch command {
    case .up: scroll = max(0, scroll - 1)
    case .down: scroll += 1
    case .pageUp: scroll = max(0, scroll - 10)
    case .pageDown: scroll += 10
    case .eraseCitizen: return .erase
    case .printRecord: return .print
    case .back: return .close
    default: break
    }
    return .none
  }

  mutating func render(into grid: inout Grid, lang: Language) {
    let inner = Box.draw(
      // Short of the message line, so "written to …" after p shows.
      into: &grid, width: min(grid.width - 4, 96), height: grid.height - 4,
      title: lang.pick(
        "Persondata — Esc lukker, ↑↓ ruller, p skriver ud, x sletter personen",
        "Personal data — Esc closes, ↑↓ scroll, p prints, x erases the person"))
    if laidOut?.width != inner.width {
      let text = record.text(lang, groups: groups, width: inner.width)
      laidOut = (
        inner.width, text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      )
    }
    let lines = laidOut?.lines ?? []
    scroll = min(scroll, max(0, lines.count - inner.height))
    for row in 0..<inner.height where scroll + row < lines.count {
      let text = lines[scroll + row]
      let isHeading = !text.isEmpty && !text.hasPrefix(" ")
      grid.put(
        text, x: inner.x, y: inner.y + row, style: isHeading ? .header : .plain, limit: inner.width)
    }
  }
}
