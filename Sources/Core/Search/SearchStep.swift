/// One SQL statement of a search with its values, as run: the benchmark
/// replays the very same steps straight through SQLite to compare.
public struct SearchStep: Sendable {
  public let sql: String
  public let values: [SQLValue]
}

/// Collects values for numbered placeholders (`?1`, `?2`, ...), so one value
/// can be used twice in a statement.
struct SQLBinder {
  private(set) var values: [SQLValue] = []

  mutating func bind(_ value: SQLValue) -> String {
    values.append(value)
    return "?\(values.count)"
  }
}
