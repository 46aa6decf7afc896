import Core

/// I dag's state: the day as read and its lines, and the line with the
/// cursor (only lines that open something can have it).
struct TodayState {
  var plan = TodayPlan()
  var lines: [TodayLine] = []
  /// Index in `lines` of the selected line; nil when none opens anything.
  var selected: Int?
  var scroll = 0

  var context: Context { .today }

  var selectable: [Int] { lines.indices.filter { lines[$0].target != nil } }

  /// A key (and what the table says it means); returns what to do next.
  mutating func handle(_ command: CommandID?) -> [TodayEffect] {
    switch command {
    case .down: move(1)
    case .up: move(-1)
    case .pageDown: move(10)
    case .pageUp: move(-10)
    case .printDay: return [.printDay]
    case .open:
      if let selected, let target = lines[selected].target { return [.open(target)] }
    default: break
    }
    return []
  }

  private mutating func move(_ steps: Int) {
    let all = selectable
    guard !all.isEmpty else { return }
    let at = selected.flatMap { all.firstIndex(of: $0) } ?? 0
    selected = all[max(0, min(all.count - 1, at + steps))]
  }

  /// What an effect found, applied here: the only way loaded data gets in.
  mutating func apply(_ message: TodayMessage) {
    switch message {
    case .plan(let plan, let lines):
      // The cursor stays on the same thing when it is still there.
      let kept = selected.flatMap { self.lines.indices.contains($0) ? self.lines[$0].target : nil }
      self.plan = plan
      self.lines = lines
      selected =
        kept.flatMap { target in lines.firstIndex { $0.target == target } } ?? selectable.first
    case .newDesk:
      selected = nil
      scroll = 0
    }
  }
}
