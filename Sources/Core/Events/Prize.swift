/// The centre's yearly prizes: the volunteer prize (frivilligpris) for a
/// person, and Årets Forening for an association. Each year has its
/// nominations (who nominated, why); one of them is chosen.
public enum Prize: String, CaseIterable, Sendable {
  case volunteer = "frivilligpris"
  case association = "aarets_forening"

  public func name(_ lang: Language) -> String {
    switch self {
    case .volunteer: lang.pick("Frivilligprisen", "The volunteer prize")
    case .association: lang.pick("Årets Forening", "Association of the year")
    }
  }

  /// What the command line takes: `frivilligpris`, `aarets-forening`
  /// (or `årets forening`), folded.
  public init?(typed: String) {
    let folded = DanishFolding.fold(typed).trimmed.replacingAll(" ", with: "-")
      .replacingAll("_", with: "-")
    switch folded {
    case "frivilligpris", "frivilligprisen", "volunteer": self = .volunteer
    case "arets-forening", "aarets-forening", "association": self = .association
    default: return nil
    }
  }
}

/// One nomination: an association or a person, by whom and why.
public struct Nomination: Equatable, Sendable {
  public let id: Int64
  public let year: Int
  public let prize: Prize
  public let associationID: Int64?
  /// The association's name, or the person's.
  public let nominee: String
  public let nominatedBy: String
  public let reason: String
  public let chosen: Bool
}

/// What the prize rules refused.
public enum PrizeError: UserFacingError, Equatable {
  case invalid(String, FieldError)
  /// A person for Årets Forening, or an association for the volunteer prize.
  case wrongNominee(Prize)
  case notFound(Int64)

  public var exitCode: Int32 {
    if case .notFound = self { return 1 }
    return 2
  }

  public func message(_ lang: Language) -> String {
    switch self {
    case .invalid(let field, let error): return field + ": " + error.message(lang)
    case .wrongNominee(.volunteer):
      return lang.pick(
        "Frivilligprisen gives til en person (--person)",
        "The volunteer prize goes to a person (--person)")
    case .wrongNominee(.association):
      return lang.pick(
        "Årets Forening gives til en forening (--association)",
        "Association of the year goes to an association (--association)")
    case .notFound(let id):
      return lang.pick("Indstilling nr. \(id) findes ikke.", "Nomination no. \(id) does not exist.")
    }
  }
}

/// Nominating and choosing.
public struct PrizeStore {
  public let db: Database
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  public static let years = 2000...2200

  @discardableResult
  public func nominate(
    year: Int, prize: Prize, associationID: Int64?, person: String, by: String, reason: String
  ) throws -> Int64 {
    guard Self.years.contains(year) else {
      throw PrizeError.invalid("year", .outOfRange(Self.years.lowerBound, Self.years.upperBound))
    }
    let person = try Self.text("person", Validation.text(person.trimmed))
    let by = try Self.text("by", Validation.text(by.trimmed))
    let reason = try Self.text(
      "why", Validation.text(reason, max: Validation.longText, lines: true))
    switch prize {
    case .volunteer where person.isEmpty || associationID != nil,
      .association where associationID == nil || !person.isEmpty:
      throw PrizeError.wrongNominee(prize)
    default: break
    }
    return try db.write {
      try db.run(
        """
        INSERT INTO prize_nominations(year, prize, association_id, person, person_fold,
          nominated_by, reason, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          .int(year), .text(prize.rawValue), .int64(associationID), .text(person),
          .text(DanishFolding.fold(person)), .text(by), .text(reason), .text(clock.stamp()),
        ])
      return db.lastInsertRowID
    }
  }

  /// Marks the nomination chosen, and no other of its year and prize.
  public func choose(_ id: Int64) throws {
    try db.write {
      guard let nomination = try nomination(id: id) else { throw PrizeError.notFound(id) }
      try db.run(
        "UPDATE prize_nominations SET chosen = 0 WHERE year = ? AND prize = ? AND chosen = 1",
        [.int(nomination.year), .text(nomination.prize.rawValue)])
      try db.run("UPDATE prize_nominations SET chosen = 1 WHERE id = ?", [.integer(id)])
    }
  }

  static let columns = """
    p.id, p.year, p.prize, p.association_id, coalesce(a.name, p.person) AS nominee,
    p.nominated_by, p.reason, p.chosen
    """

  static func nomination(_ row: Statement) -> Nomination {
    Nomination(
      id: row.int("id"), year: Int(row.int("year")),
      prize: Prize(rawValue: row.text("prize")) ?? .volunteer,
      associationID: row.optionalInt("association_id"), nominee: row.text("nominee"),
      nominatedBy: row.text("nominated_by"), reason: row.text("reason"), chosen: row.bool("chosen"))
  }

  public func nomination(id: Int64) throws -> Nomination? {
    try db.map(
      """
      SELECT \(Self.columns) FROM prize_nominations p
        LEFT JOIN associations a ON a.id = p.association_id WHERE p.id = ?
      """, [.integer(id)], Self.nomination
    ).first
  }

  /// A year's nominations: by prize, the chosen first, then in the order
  /// they came.
  public func nominations(year: Int) throws -> [Nomination] {
    try db.map(
      """
      SELECT \(Self.columns) FROM prize_nominations p
        LEFT JOIN associations a ON a.id = p.association_id
      WHERE p.year = ? ORDER BY p.prize, p.chosen DESC, p.id
      """, [.int(year)], Self.nomination)
  }

  /// An association's nominations, newest year first.
  public func nominations(associationID: Int64) throws -> [Nomination] {
    try db.map(
      """
      SELECT \(Self.columns) FROM prize_nominations p
        LEFT JOIN associations a ON a.id = p.association_id
      WHERE p.association_id = ? ORDER BY p.year DESC, p.id
      """, [.integer(associationID)], Self.nomination)
  }

  static func text(_ field: String, _ result: Result<String, FieldError>) throws -> String {
    switch result {
    case .success(let value): return value
    case .failure(let error): throw PrizeError.invalid(field, error)
    }
  }
}
