/// Search-as-you-type over associations and their activities.
///
/// Every typed word must match (AND). Words of 3+ letters match anywhere in a
/// word (so `hjælp` finds "Lektiehjælp"); shorter words match the start of a
/// word. Results come in tiers: 0, the name starts with the first word; 1,
/// every word is in the name; 2, found in the other text (description,
/// activities, contact, address). Within a tier, Danish order; a page at a
/// time by key, never OFFSET.
///
/// Each tier is read on its own, and only while the page is not full:
/// tier 0 from a range of the covering name index; tiers 1 and 2 after a
/// cheap count of their FTS candidates (stopping at `denseAbove + 1`). Many
/// candidates means a walk in Danish order fills a page within a few hundred
/// rows; few means fetching and sorting them all is cheaper. Measured with
/// `skranke bench --scale b`; see the README.
public final class SearchService {
  let db: Database
  let denseAbove: Int

  /// `denseAbove` near sqrt(page size × table size) balances the two ways at
  /// 20,000 associations; tests move it to force one way or the other.
  public init(db: Database, denseAbove: Int = 1000) {
    self.db = db
    self.denseAbove = denseAbove
  }

  /// One page of results; pass the last hit's cursor to get the next page.
  /// `trace` sees every statement as it runs (for the benchmark).
  public func search(
    _ query: SearchQuery, after cursor: SearchCursor? = nil, limit: Int = 50,
    trace: ((SearchStep) -> Void)? = nil
  ) throws -> [SearchHit] {
    let plan = SearchPlan(query)
    func rows(_ step: SearchStep) throws -> [SearchHit] {
      trace?(step)
      var hits: [SearchHit] = []
      try db.forEach(
        step.sql, step.values,
        columns: ["id", "name", "sort_key", "active", "area_name", "target_codes", "tier"]
      ) { row, column in
        hits.append(
          SearchHit(
            id: row.int(column[0]), name: row.text(column[1]), area: row.text(column[4]),
            targetCodesText: row.text(column[5]),
            active: row.int(column[3]) == 1, tier: Int(row.int(column[6])),
            sortKey: row.text(column[2])))
      }
      return hits
    }
    if plan.words.isEmpty { return try rows(plan.browse(after: cursor, limit: limit)) }
    // One snapshot for all the tiers, so a save between them cannot show a
    // row twice or not at all.
    return try db.read {
      var hits: [SearchHit] = []
      for tier in (cursor?.tier ?? 0)...2 where hits.count < limit {
        var walk = false
        if tier > 0 {
          let probe = plan.probe(tier, cap: denseAbove + 1)
          trace?(probe)
          let candidates = try db.scalarInt(probe.sql, probe.values)
          if candidates == 0 { continue }
          walk = candidates > denseAbove
        }
        hits += try rows(plan.page(tier, walk: walk, after: cursor, limit: limit - hits.count))
      }
      return hits
    }
  }
}
