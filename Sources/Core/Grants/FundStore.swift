/// Funds and their rounds: reading, and saving with every rule checked
/// first (said next to the field), each write one transaction.
public struct FundStore {
  public let db: Database

  public init(db: Database) { self.db = db }

  public enum FundField: String, CaseIterable, Sendable {
    case name, grantor, criteria, url, active
  }

  public enum RoundField: String, CaseIterable, Sendable {
    case fund, deadline
    case reviewFrom = "review_from"
    case reviewUntil = "review_until"
    case decisionOn = "decision_on"
    case note
  }

  public enum Problem: Error, Equatable {
    case invalidFund([FundField: FieldError])
    case invalidRound([RoundField: FieldError])
  }

  /// Every fund, inactive ones too, in Danish order.
  public func funds() throws -> [Fund] {
    try db.map(
      "SELECT id, name, grantor, criteria, url, active FROM funds ORDER BY sort_key, id"
    ) {
      Fund(
        id: $0.int("id"), name: $0.text("name"), grantor: $0.text("grantor"),
        criteria: $0.text("criteria"), url: $0.text("url"), active: $0.int("active") == 1)
    }
  }

  /// The fund whose name folds to `name`'s folding.
  public func fundID(named name: String) throws -> Int64? {
    try db.map(
      "SELECT id FROM funds WHERE name_fold = ?", [.text(DanishFolding.fold(name).trimmed)]
    ) { $0.int("id") }.first
  }

  /// Inserts (no id) or updates; returns the id.
  @discardableResult
  public func save(_ input: Fund) throws -> Int64 {
    var (fund, errors) = Self.check(input)
    if errors.isEmpty, let other = try fundID(named: fund.name), other != fund.id {
      errors[.name] = .duplicateName
    }
    if !errors.isEmpty { throw Problem.invalidFund(errors) }
    return try write(fund)
  }

  /// A fund's fields checked as they are (no other fund asked): what a
  /// file's rows are read with before an import takes the write lock.
  public static func check(_ input: Fund) -> (Fund, [FundField: FieldError]) {
    var fund = input
    fund.name = fund.name.trimmed
    var errors: [FundField: FieldError] = [:]
    if fund.name.isEmpty { errors[.name] = .required }
    for (field, text, max) in [
      (FundField.name, fund.name, Validation.shortText),
      (.grantor, fund.grantor, Validation.shortText),
      (.criteria, fund.criteria, Validation.longText), (.url, fund.url, Validation.shortText),
    ] where errors[field] == nil {
      switch Validation.text(text, max: max, lines: field == .criteria) {
      case .success(let checked) where field == .criteria: fund.criteria = checked
      case .success: break
      case .failure(let error): errors[field] = error
      }
    }
    return (fund, errors)
  }

  private func write(_ fund: Fund) throws -> Int64 {
    let values: [SQLValue] = [
      .text(fund.name), .text(DanishFolding.fold(fund.name)), .text(DanishSortKey.make(fund.name)),
      .text(fund.grantor.trimmed), .text(fund.criteria), .text(fund.url.trimmed),
      .integer(fund.active ? 1 : 0),
    ]
    return try db.write {
      if let id = fund.id {
        try db.run(
          """
          UPDATE funds SET name = ?, name_fold = ?, sort_key = ?, grantor = ?, criteria = ?,
            url = ?, active = ? WHERE id = ?
          """, values + [.integer(id)])
        return id
      }
      try db.run(
        """
        INSERT INTO funds(name, name_fold, sort_key, grantor, criteria, url, active)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """, values)
      return db.lastInsertRowID
    }
  }

  /// A fund's rounds, by deadline (all funds' when `fundID` is nil).
  public func rounds(fundID: Int64? = nil) throws -> [FundRound] {
    try db.map(
      """
      SELECT id, fund_id, deadline, review_from, review_until, decision_on, note FROM fund_rounds
      WHERE ?1 IS NULL OR fund_id = ?1 ORDER BY deadline, fund_id
      """, [.int64(fundID)], Self.round)
  }

  /// One round by its number.
  public func round(id: Int64) throws -> FundRound? {
    try db.map(
      """
      SELECT id, fund_id, deadline, review_from, review_until, decision_on, note FROM fund_rounds
      WHERE id = ?
      """, [.integer(id)], Self.round
    ).first
  }

  /// The round of `fundID` with that deadline, if any (a round's key).
  public func roundID(fundID: Int64, deadline: Day) throws -> Int64? {
    try db.map(
      "SELECT id FROM fund_rounds WHERE fund_id = ? AND deadline = ?",
      [.integer(fundID), .text(deadline.iso)]
    ) { $0.int("id") }.first
  }

  /// Inserts (no id) or updates; returns the id. The dates must follow
  /// one another: deadline, review window, decision.
  @discardableResult
  public func save(_ input: FundRound) throws -> Int64 {
    var (round, errors) = Self.check(input)
    let known = try db.scalarInt(
      "SELECT count(*) FROM funds WHERE id = ?", [.integer(round.fundID)])
    if known == 0 { errors[.fund] = .required }
    if errors.isEmpty, let other = try roundID(fundID: round.fundID, deadline: round.deadline),
      other != round.id
    {
      errors[.deadline] = .duplicateName
    }
    if !errors.isEmpty { throw Problem.invalidRound(errors) }
    return try write(round)
  }

  /// A round's dates and note checked as they are (its fund aside).
  public static func check(_ input: FundRound) -> (FundRound, [RoundField: FieldError]) {
    var round = input
    var errors: [RoundField: FieldError] = [:]
    if let from = round.reviewFrom, from < round.deadline { errors[.reviewFrom] = .beforeDeadline }
    if let until = round.reviewUntil {
      if round.reviewFrom == nil {
        errors[.reviewFrom] = .required
      } else if let from = round.reviewFrom, until < from {
        errors[.reviewUntil] = .endsBeforeStart
      }
    }
    if let decision = round.decisionOn, decision < round.deadline {
      errors[.decisionOn] = .beforeDeadline
    }
    switch Validation.text(round.note, max: Validation.longText, lines: true) {
    case .success(let note): round.note = note
    case .failure(let error): errors[.note] = error
    }
    return (round, errors)
  }

  private func write(_ round: FundRound) throws -> Int64 {
    let values: [SQLValue] = [
      .integer(round.fundID), .text(round.deadline.iso), .optionalText(round.reviewFrom?.iso),
      .optionalText(round.reviewUntil?.iso), .optionalText(round.decisionOn?.iso),
      .text(round.note),
    ]
    return try db.write {
      if let id = round.id {
        try db.run(
          """
          UPDATE fund_rounds SET fund_id = ?, deadline = ?, review_from = ?, review_until = ?,
            decision_on = ?, note = ? WHERE id = ?
          """, values + [.integer(id)])
        return id
      }
      try db.run(
        """
        INSERT INTO fund_rounds(fund_id, deadline, review_from, review_until, decision_on, note)
        VALUES (?, ?, ?, ?, ?, ?)
        """, values)
      return db.lastInsertRowID
    }
  }

  static func round(_ row: Statement) -> FundRound {
    func day(_ column: String) -> Day? { row.isNull(column) ? nil : Day(iso: row.text(column)) }
    return FundRound(
      id: row.int("id"), fundID: row.int("fund_id"), deadline: day("deadline") ?? Day(ordinal: 0),
      reviewFrom: day("review_from"), reviewUntil: day("review_until"),
      decisionOn: day("decision_on"), note: row.text("note"))
  }
}

extension FundStore.Problem: UserFacingError {
  public func message(_ lang: Language) -> String {
    switch self {
    case .invalidFund(let errors): return FieldError.line(errors, lang)
    case .invalidRound(let errors): return FieldError.line(errors, lang)
    }
  }
}
