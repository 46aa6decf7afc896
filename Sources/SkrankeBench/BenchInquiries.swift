import Core

/// The inquiry lists in `skranke bench`: "Mine" and "Alle åbne" a page at a
/// time over `count` synthetic inquiries (10% open, 20 owners).
enum BenchInquiries {
  static func run(path: String, count: Int, raw: RawQuery) throws -> [Bench.Row] {
    let db = try Database(path: path)
    let store = InquiryStore(db: db)
    try SyntheticInquiries.generate(into: db, count: count, owners: 20, today: store.today)
    let owners = try store.directory.staff().map(\.id)
    // Where each view's pages start: the first page, and a few further on
    // (after the last row of an earlier page), as scrolling down reads them.
    func starts(_ view: InquiryView) throws -> [InquiryRow?] {
      var result: [InquiryRow?] = [nil]
      var last: InquiryRow?
      for _ in 0..<4 {
        let page = try store.page(view, after: last, limit: 100)
        guard let end = page.last else { break }
        last = end
        result.append(end)
      }
      return result
    }
    var mine: [(InquiryView, InquiryRow?)] = []
    for owner in owners {
      let view = InquiryView.mine(ownerID: owner)
      mine += try starts(view).map { (view, $0) }
    }
    let byOwner = try starts(.allOpenByOwner).map { (InquiryView.allOpenByOwner, $0) }
    let byDate = try starts(.allOpenByDate).map { (InquiryView.allOpenByDate, $0) }
    var rows: [Bench.Row] = []
    for (name, pages) in [
      ("inquiries: Mine", mine), ("inquiries: all open by owner", byOwner),
      ("inquiries: all open by date", byDate),
    ] {
      rows.append(
        try Bench.compare(name, raw: raw) { round, trace in
          let (view, after) = pages[round % pages.count]
          _ = try store.page(view, after: after, limit: 100, trace: trace)
        })
    }
    return rows
  }
}
