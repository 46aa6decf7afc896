/// One inquiry on an association's file: enough to see what the centre
/// did for it and where that stands. The file is about the association and
/// names no citizen: the asker's name is left out, and so is the text
/// unless the association itself asked (a citizen's words may name them).
public struct InquiryNote: Equatable, Sendable {
  public let id: Int64
  public let received: Day
  public let categoryDA: String
  public let categoryEN: String
  public let askerKind: AskerKind
  public let status: InquiryStatus
  public let outcome: Outcome?
  public let ownerInitials: String
  /// The text's first line (at most 200 characters) when the association
  /// asked; empty otherwise.
  public let summary: String

  public func category(_ lang: Language) -> String { lang.pick(categoryDA, categoryEN) }
}

extension AssociationHistory {
  /// The newest inquiries naming the association, through the index of
  /// `Schema.v17`, and their counts.
  mutating func readInquiries(associationID id: Int64, db: Database) throws {
    let key = SQLValue.integer(id)
    inquiries = try db.map(
      """
      SELECT i.id, substr(i.received_at, 1, 10) AS received_date, c.name_da, c.name_en,
        i.asker_kind, i.status, i.waiting_on, i.outcome, s.initials,
        CASE WHEN i.asker_kind = 'association' THEN substr(i.text, 1, 200) ELSE '' END AS summary
      FROM inquiries i JOIN inquiry_categories c ON c.id = i.category_id
        JOIN staff s ON s.id = i.owner_id
      WHERE i.association_id = ? ORDER BY i.id DESC LIMIT \(Self.shown)
      """, [key]
    ) { row in
      InquiryNote(
        id: row.int("id"), received: Day(iso: row.text("received_date")) ?? Day(ordinal: 0),
        categoryDA: row.text("name_da"), categoryEN: row.text("name_en"),
        askerKind: AskerKind(rawValue: row.text("asker_kind")) ?? .other,
        status: InquiryStatus(
          status: row.text("status"), waitingOn: row.optionalText("waiting_on")),
        outcome: row.isNull("outcome") ? nil : Outcome(rawValue: row.text("outcome")),
        ownerInitials: row.text("initials"),
        summary: row.text("summary").split(separator: "\n").first.map(String.init) ?? "")
    }
    try db.forEach(
      """
      SELECT count(*) AS inquiry_count, coalesce(sum(status <> 'closed'), 0) AS open_count
      FROM inquiries WHERE association_id = ?
      """, [key]
    ) { row in
      inquiryCount = Int(row.int("inquiry_count"))
      inquiriesOpen = Int(row.int("open_count"))
    }
  }
}
