/// Search-as-you-type over associations and their activities.
///
/// Every typed word must match (AND). Words of 3+ letters match anywhere in a
/// word through the trigram index (so `hjælp` finds "Lektiehjælp"); shorter
/// words match the start of a word through the prefix index. Results come in
/// tiers (name starts with the first word; all words in the name; elsewhere),
/// then in Danish order, a page at a time by key.
public final class SearchService {
  let db: Database

  public init(db: Database) { self.db = db }

  /// The SQL and values for one page; public so the benchmark can run the
  /// very same query through SQLite directly and compare.
  public func plan(_ query: SearchQuery, after cursor: SearchCursor?, limit: Int) -> (
    sql: String, values: [SQLValue]
  ) {
    let words = DanishFolding.words(query.text)
    let long = words.filter { $0.count >= 3 }
    let short = words.filter { $0.count < 3 }
    var values: [SQLValue] = []
    let filters = """
      (?1 IS NULL OR a.active = ?1) AND (?2 IS NULL OR a.area_id = ?2)
        AND (?3 IS NULL OR EXISTS (SELECT 1 FROM association_target_groups g
             WHERE g.association_id = a.id AND g.target_group_id = ?3))
      """
    switch query.active {
    case .active: values.append(.integer(1))
    case .inactive: values.append(.integer(0))
    case .all: values.append(.null)
    }
    values += [.int64(query.areaID), .int64(query.targetGroupID)]
    let columns = """
      a.id, a.name, a.sort_key, a.active, coalesce(ar.name, '') AS area, a.target_codes
      """
    values += [
      .integer(Int64(cursor?.tier ?? -1)), .text(cursor?.sortKey ?? ""),
      .integer(cursor?.id ?? -1), .integer(Int64(limit)),
    ]
    if words.isEmpty {
      let sql = """
        SELECT \(columns), 2 AS tier FROM associations a LEFT JOIN areas ar ON ar.id = a.area_id
        WHERE \(filters) AND (2, a.sort_key, a.id) > (?4, ?5, ?6)
        ORDER BY a.sort_key, a.id LIMIT ?7
        """
      return (sql, values)
    }
    func match(name: Bool) -> String {
      var parts: [String] = []
      if !long.isEmpty {
        parts.append(
          "SELECT rowid FROM search_trigrams WHERE search_trigrams MATCH ?\(values.count + 1)")
        values.append(.text(expression(long, prefix: false, nameOnly: name)))
      }
      if !short.isEmpty {
        parts.append("SELECT rowid FROM search_words WHERE search_words MATCH ?\(values.count + 1)")
        values.append(.text(expression(short, prefix: true, nameOnly: name)))
      }
      return parts.joined(separator: " INTERSECT ")
    }
    let hits = match(name: false)
    let nameHits = match(name: true)
    values += [.text(words[0]), .integer(Int64(words[0].count))]
    let first = values.count - 1
    let sql = """
      SELECT * FROM (
        SELECT \(columns),
          CASE WHEN a.id IN (\(nameHits))
            THEN (CASE WHEN substr(a.name_fold, 1, ?\(first + 1)) = ?\(first) THEN 0 ELSE 1 END)
            ELSE 2 END AS tier
        FROM (\(hits)) h JOIN associations a ON a.id = h.rowid
        LEFT JOIN areas ar ON ar.id = a.area_id
        WHERE \(filters))
      WHERE (tier, sort_key, id) > (?4, ?5, ?6)
      ORDER BY tier, sort_key, id LIMIT ?7
      """
    return (sql, values)
  }

  /// An FTS5 expression: every word, quoted (folded words hold only letters
  /// and digits, so quoting is safe), with `*` for prefix search.
  private func expression(_ words: [String], prefix: Bool, nameOnly: Bool) -> String {
    let terms = words.map { "\"\($0)\"" + (prefix ? "*" : "") }.joined(separator: " ")
    return nameOnly ? "name : (\(terms))" : terms
  }

  /// One page of results; pass the last hit's cursor to get the next page.
  public func search(_ query: SearchQuery, after cursor: SearchCursor? = nil, limit: Int = 50)
    throws -> [SearchHit]
  {
    let (sql, values) = plan(query, after: cursor, limit: limit)
    return try db.map(sql, values) { row in
      SearchHit(
        id: row.int(0), name: row.text(1), area: row.text(4),
        targetCodes: row.text(5).split(separator: "|").map(String.init),
        active: row.int(3) == 1, tier: Int(row.int(6)), sortKey: row.text(2))
    }
  }
}
