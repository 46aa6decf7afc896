/// One word of the interest vocabulary (interesser): "gåture", "it", "mad".
public struct Interest: Equatable, Sendable {
  public let id: Int64
  public let name: String
  public let active: Bool
}

/// The editable list of interests that citizens and activities share, so a
/// citizen's "gåture" meets an activity's "gåture". Words are the same when
/// they fold to the same text. Activities may bring new words (an import
/// adds them); a hidden word stays on what already has it.
public struct InterestVocabulary {
  let db: Database

  public init(db: Database) { self.db = db }

  /// In Danish order.
  public func all(includeHidden: Bool = false) throws -> [Interest] {
    try db.map(
      """
      SELECT id, name, active FROM interests \(includeHidden ? "" : "WHERE active = 1")
      ORDER BY sort_key, id
      """
    ) { Interest(id: $0.int("id"), name: $0.text("name"), active: $0.int("active") == 1) }
  }

  /// Adds each word not yet known; known words are left as they are.
  public func addMissing(_ names: [String]) throws {
    guard !names.isEmpty else { return }
    let insert = try db.cached(
      "INSERT OR IGNORE INTO interests(name, name_fold, sort_key) VALUES (?, ?, ?)")
    for name in names {
      let trimmed = name.trimmingCharacters(in: " ")
      let folded = DanishFolding.fold(trimmed).trimmingCharacters(in: " ")
      guard !folded.isEmpty else { continue }
      try insert.run([.text(trimmed), .text(folded), .text(DanishSortKey.make(trimmed))])
    }
  }

  /// Adds one word, or shows a hidden one again.
  public func add(_ name: String) throws {
    switch Validation.required(name, max: 60) {
    case .success: break
    case .failure(let error): throw StoreError.invalidWord(error)
    }
    try db.write {
      try addMissing([name])
      try db.run(
        "UPDATE interests SET active = 1 WHERE name_fold = ?",
        [.text(DanishFolding.fold(name).trimmingCharacters(in: " "))])
    }
  }

  public func setActive(id: Int64, _ active: Bool) throws {
    try db.write {
      try db.run("UPDATE interests SET active = ? WHERE id = ?", [.bool(active), .integer(id)])
    }
  }

  /// Reads "samvær, gå" as vocabulary words: a word is found by its folded
  /// text, or by a beginning only one word has. A word not found names
  /// itself and the nearest words, so the worker can fix it.
  public static func resolve(_ text: String, in vocabulary: [Interest]) -> Result<
    [String], FieldError
  > {
    var out: [String] = []
    let words = text.splitScalars { $0 == "," || $0 == "|" }.filter { !$0.isEmpty }
      .map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    for word in words {
      let folded = DanishFolding.fold(word).trimmingCharacters(in: " ")
      let keyed = vocabulary.map { (DanishFolding.fold($0.name), $0.name) }
      if let exact = keyed.first(where: { $0.0 == folded }) {
        if !out.contains(exact.1) { out.append(exact.1) }
        continue
      }
      let starts = keyed.filter { $0.0.hasPrefix(folded) }
      if starts.count == 1 {
        if !out.contains(starts[0].1) { out.append(starts[0].1) }
        continue
      }
      let near =
        starts.isEmpty
        ? keyed.filter { $0.0.hasPrefix(String(folded.prefix(2))) }
        : starts
      return .failure(.unknownInterest(word, suggestions: near.prefix(5).map(\.1)))
    }
    return .success(out)
  }
}
