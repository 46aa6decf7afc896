import Core

/// Find (Ctrl-F): one search line over everything, the hits grouped by
/// kind with their counts, best first; Enter opens the marked hit in its
/// own pane, Esc goes back to where you were. Searching is the shell's
/// (it holds the store); this is the line, the list and the cursor.
struct FindOverlay: Equatable {
  enum Outcome: Equatable {
    case none
    /// The text changed: search again.
    case search(String)
    case open(FindHit.Target)
    case close
  }

  var query = TextField()
  var result = FindResult()
  /// One kind alone (Tab), with more of its hits; nil: every kind.
  var only: FindKind?
  /// Index into `result.hits`.
  var selected = 0
  var scroll = 0

  /// A key and what the table's `.find` rows say it means; typed text
  /// goes to the line.
  mutating func handle(_ key: Key, _ command: CommandID?) -> Outcome {
    switch command {
    case .back:
      // Esc clears the line first (a search line's rule), then goes back.
      guard !query.text.isEmpty else { return .close }
      query.set("")
      selected = 0
      scroll = 0
      return .search("")
    case .open:
      let hits = result.hits
      return hits.indices.contains(selected) ? .open(hits[selected].target) : .none
    case .down: selected = min(max(0, result.hits.count - 1), selected + 1)
    case .up: selected = max(0, selected - 1)
    case .pageDown: selected = min(max(0, result.hits.count - 1), selected + 10)
    case .pageUp: selected = max(0, selected - 10)
    case .findOneKind:
      if only != nil {
        only = nil
      } else {
        // The kind of the marked hit (with nothing found, nothing to show).
        var first = 0
        for group in result.groups {
          if selected < first + group.hits.count {
            only = group.kind
            break
          }
          first += group.hits.count
        }
        guard only != nil else { return .none }
      }
      return .search(query.text)
    default:
      guard query.changes(key, command) else { return .none }
      return .search(query.text)
    }
    return .none
  }

  /// What the search found for the line as it is now.
  mutating func show(_ found: FindResult) {
    result = found
    selected = 0
    scroll = 0
  }
}
