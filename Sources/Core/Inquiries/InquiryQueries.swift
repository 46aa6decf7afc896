/// The SQL behind the inquiry lists. Every list is read a page at a time by
/// key through a partial index that holds exactly its rows in its order, so
/// a page costs the same at 200 inquiries and at 200,000.
struct InquiryQueries {
  /// Typed words every row must hold (F2's search line, in any view).
  var search = ""

  static let columns = """
    i.id, i.received_at, i.channel, i.asker_name, i.category_id, substr(i.text, 1, 200) AS summary,
    i.owner_id, s.initials, i.status, i.waiting_on, i.follow_up, i.closed_at, i.outcome,
    i.handed_over_from IS NOT NULL AS handed_over
    """

  static func row(_ row: Statement) -> InquiryRow {
    InquiryRow(
      id: row.int("id"), receivedAt: row.text("received_at"),
      channel: Channel(rawValue: row.text("channel")) ?? .other,
      askerName: row.text("asker_name"), categoryID: row.int("category_id"),
      summary: row.text("summary"), ownerID: row.int("owner_id"),
      ownerInitials: row.text("initials"),
      status: InquiryStatus(status: row.text("status"), waitingOn: row.optionalText("waiting_on")),
      followUp: row.isNull("follow_up") ? nil : Day(iso: row.text("follow_up")),
      closedAt: row.optionalText("closed_at"),
      outcome: row.isNull("outcome") ? nil : Outcome(rawValue: row.text("outcome")),
      handedOver: row.int("handed_over") == 1)
  }

  /// How many statements a page of `view` may take: "Alle åbne" by owner
  /// finishes the current owner's list, then goes on with the next owners.
  func parts(_ view: InquiryView, after last: InquiryRow?) -> Int {
    if case .allOpenByOwner = view, last != nil { return 2 }
    return 1
  }

  func step(_ view: InquiryView, part: Int, after last: InquiryRow?, limit: Int) -> SearchStep {
    var binder = SQLBinder()
    let from = "FROM inquiries i JOIN staff s ON s.id = i.owner_id"
    // The search's words are bound only by the open views that use them.
    func open() -> String {
      "i.status <> 'closed'" + words(search, &binder).map { " AND " + $0 }.joined()
    }
    let byDate = "ORDER BY i.follow_up, i.id LIMIT"
    let sql: String
    switch view {
    case .mine(let owner):
      sql = """
        SELECT \(Self.columns) \(from)
        WHERE \(open()) AND i.owner_id = \(binder.bind(.integer(owner)))
          AND (i.follow_up, i.id) > (\(followUpKey(last, &binder)))
        \(byDate) \(binder.bind(.int(limit)))
        """
    case .allOpenByDate:
      sql = """
        SELECT \(Self.columns) \(from)
        WHERE \(open()) AND (i.follow_up, i.id) > (\(followUpKey(last, &binder)))
        \(byDate) \(binder.bind(.int(limit)))
        """
    case .allOpenByOwner:
      if let last, part == 0 {
        sql = """
          SELECT \(Self.columns) \(from)
          WHERE \(open()) AND i.owner_id = \(binder.bind(.integer(last.ownerID)))
            AND (i.follow_up, i.id) > (\(followUpKey(last, &binder)))
          \(byDate) \(binder.bind(.int(limit)))
          """
      } else {
        sql = """
          SELECT \(Self.columns)
          FROM staff s CROSS JOIN inquiries i ON i.owner_id = s.id AND \(open())
          WHERE s.initials > \(binder.bind(.text(last?.ownerInitials ?? "")))
          ORDER BY s.initials, i.follow_up, i.id LIMIT \(binder.bind(.int(limit)))
          """
      }
    case .closed(let search):
      var conditions = ["i.status = 'closed'"]
      if let last {
        conditions.append(
          "(i.closed_at, i.id) < (\(binder.bind(.optionalText(last.closedAt))), \(binder.bind(.integer(last.id))))"
        )
      }
      conditions += words(search, &binder)
      sql = """
        SELECT \(Self.columns) \(from)
        WHERE \(conditions.joined(separator: " AND "))
        ORDER BY i.closed_at DESC, i.id DESC LIMIT \(binder.bind(.int(limit)))
        """
    case .association(let id):
      // Newest first by id (logged in time order), through the index of
      // `Schema.v17`; the search's words narrow it as in the other views.
      var conditions = ["i.association_id = \(binder.bind(.integer(id)))"]
      if let last { conditions.append("i.id < \(binder.bind(.integer(last.id)))") }
      conditions += words(search, &binder)
      sql = """
        SELECT \(Self.columns) \(from)
        WHERE \(conditions.joined(separator: " AND "))
        ORDER BY i.id DESC LIMIT \(binder.bind(.int(limit)))
        """
    }
    return SearchStep(sql: sql, values: binder.values)
  }

  /// One condition per typed word: short words match the start of a word
  /// of the folded name, contact and text; longer ones anywhere.
  private func words(_ text: String, _ binder: inout SQLBinder) -> [String] {
    DanishFolding.words(text).map { word in
      word.unicodeScalars.count >= 3
        ? "instr(i.search_text, \(binder.bind(.text(word)))) > 0"
        : "instr(' ' || i.search_text, \(binder.bind(.text(" " + word)))) > 0"
    }
  }

  private func followUpKey(_ last: InquiryRow?, _ binder: inout SQLBinder) -> String {
    "\(binder.bind(.text(last?.followUp?.iso ?? ""))), \(binder.bind(.integer(last?.id ?? 0)))"
  }
}
