/// What is typed into a search line: folded, turned into an FTS query and
/// run on a real index. The query never fails, and an association stored
/// under a name is found by typing that name.
enum SearchTargets {
  /// Stores an association named by the input (when the name is one the
  /// form would accept), then runs `body` with its id.
  static func withNamed(_ text: String, _ body: (Int64?) throws -> Void) {
    FuzzDatabase.undone {
      let name = text.trimmed
      var id: Int64?
      if case .success = Validation.required(name), !DanishFolding.fold(name).isEmpty {
        id = try? FuzzDatabase.store.save(Association(name: name))
      }
      try body(id)
    }
  }

  static func search(_ input: FuzzInput) {
    let text = input.text
    withNamed(text) { id in
      let service = SearchService(db: FuzzDatabase.store.db)
      let hits: [SearchHit]
      do { hits = try service.search(SearchQuery(text: text)) } catch {
        require(false, "the search failed: \(error)")
        return
      }
      if let id { require(hits.contains { $0.id == id }, "'\(codes(text))' did not find itself") }
    }
  }

  static func find(_ input: FuzzInput) {
    let text = input.text
    withNamed(text) { id in
      let service = FindService(db: FuzzDatabase.store.db)
      let result: FindResult
      do { result = try service.find(text, lang: .danish) } catch {
        require(false, "Find failed: \(error)")
        return
      }
      // `#12` asks for inquiry 12, and digits alone (`98 92 12 34`) for a
      // phone number: neither is a name.
      let query = FindQuery(text)
      if let id, query.number == nil, query.digits == nil {
        require(
          result.hits.contains { $0.target == .association(id) },
          "Find of '\(codes(text))' did not find the association")
      }
    }
  }
}
