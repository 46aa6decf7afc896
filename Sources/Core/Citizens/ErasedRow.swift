/// A row an erasure changed that is not a citizen: an inquiry's asker, a
/// sign-up, a nomination of the person, or one they made. The log names it
/// by its key (`inquiry:N`, `signup:N`, `prize:N`, `prize-by:N`) and the
/// moment it was made; it still holds the person while `holding` is true
/// of it. One description serves the restore's replay and the count of
/// backups that still hold the person.
struct ErasedRow {
  enum Kind { case asker, signUp, nomination, nominator }

  let kind: Kind
  let id: Int64

  init?(_ entry: ErasureLog.Entry) {
    if let id = entry.nominatorID {
      (kind, self.id) = (.nominator, id)
    } else if let id = entry.nominationID {
      (kind, self.id) = (.nomination, id)
    } else if let id = entry.signUpID {
      (kind, self.id) = (.signUp, id)
    } else if let id = entry.inquiryID {
      (kind, self.id) = (.asker, id)
    } else {
      return nil
    }
  }

  /// The table, the column that dates the row, and the test that it still
  /// holds the person.
  var place: (table: String, stamp: String, holding: String) {
    switch kind {
    case .asker:
      ("inquiries", "received_at", "(asker_name <> '' OR asker_contact <> '' OR text <> '')")
    case .signUp: ("event_signups", "signed_at", "anonymised_at IS NULL")
    case .nomination: ("prize_nominations", "created_at", "person <> ''")
    case .nominator: ("prize_nominations", "created_at", "nominated_by <> ''")
    }
  }

  /// Whether the database (a restored copy, brought up to date) still
  /// holds the person in this row, made at `stamp`.
  func isHeld(in db: Database, madeAt stamp: String) throws -> Bool {
    let (table, column, holding) = place
    return try db.scalarInt(
      "SELECT count(*) FROM \(table) WHERE id = ? AND \(column) = ? AND \(holding)",
      [.integer(id), .text(stamp)]) > 0
  }

  /// The same in a backup read as it is (a table it lacks holds no one).
  func isHeld(in copy: RawConnection, madeAt stamp: String) -> Bool {
    let (table, column, holding) = place
    let quoted = stamp.replacingAll("'", with: "''")
    guard
      case .success(let rows) = copy.rows(
        "SELECT count(*) FROM \(table) WHERE id = \(id) AND \(column) = '\(quoted)' AND \(holding)")
    else { return false }
    return rows.first != "0"
  }
}
