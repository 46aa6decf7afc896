import Core

/// Everything stored about one citizen, on one screen (the right of
/// access), with erasure one key away.
struct RecordOverlay: Equatable {
  enum Outcome: Equatable {
    case none
    case close
    case erase
  }

  let citizenID: Int64
  let name: String
  let lines: [String]
  var scroll = 0

  init(_ record: CitizenRecord, groups: [TargetGroup], lang: Language) {
    citizenID = record.citizen.id ?? 0
    name = record.citizen.name
    lines = record.text(lang, groups: groups).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
  }

  /// What the table's `.record` rows say a key means.
  mutating func handle(_ command: CommandID?) -> Outcome {
    switch command {
    case .up: scroll = max(0, scroll - 1)
    case .down: scroll += 1
    case .pageUp: scroll = max(0, scroll - 10)
    case .pageDown: scroll += 10
    case .eraseCitizen: return .erase
    case .back: return .close
    default: break
    }
    return .none
  }

  mutating func render(into grid: inout Grid, lang: Language) {
    let inner = Box.draw(
      into: &grid, width: min(grid.width - 4, 96), height: grid.height - 2,
      title: lang.pick(
        "Persondata — Esc lukker, ↑↓ ruller, x sletter borgeren",
        "Personal data — Esc closes, ↑↓ scroll, x erases the citizen"))
    var wrapped: [String] = []
    for line in lines { wrapped += Wrap.lines(line, width: inner.width) }
    scroll = min(scroll, max(0, wrapped.count - inner.height))
    for row in 0..<inner.height where scroll + row < wrapped.count {
      let text = wrapped[scroll + row]
      let isHeading = !text.isEmpty && !text.hasPrefix(" ")
      grid.put(
        text, x: inner.x, y: inner.y + row, style: isHeading ? .header : .plain, limit: inner.width)
    }
  }
}
