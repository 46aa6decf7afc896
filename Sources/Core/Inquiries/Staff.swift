/// A medarbejder: who is at the keyboard, and who owns an inquiry.
public struct Staff: Equatable, Sendable {
  public let id: Int64
  public let initials: String
  public let name: String
  public let active: Bool
  /// Away to and including this day (holiday, illness); nil: here.
  public var awayUntil: Day? = nil
}

/// A category an inquiry is filed under; the list is editable.
public struct InquiryCategory: Equatable, Sendable {
  public let id: Int64
  public let nameDA: String
  public let nameEN: String
  public let active: Bool

  public func name(_ lang: Language) -> String { lang.pick(nameDA, nameEN) }
}

/// The staff list and the category list.
public struct StaffDirectory {
  let db: Database

  public init(db: Database) { self.db = db }

  public func staff(includeInactive: Bool = false) throws -> [Staff] {
    try db.map(
      """
      SELECT id, initials, name, active, away_until FROM staff WHERE active = 1 OR ?
      ORDER BY initials
      """, [.bool(includeInactive)]
    ) {
      Staff(
        id: $0.int("id"), initials: $0.text("initials"), name: $0.text("name"),
        active: $0.int("active") == 1,
        awayUntil: $0.isNull("away_until") ? nil : Day(iso: $0.text("away_until")))
    }
  }

  public func staff(initials: String) throws -> Staff? {
    let wanted = Self.normalise(initials)
    return try staff(includeInactive: true).first { $0.initials == wanted }
  }

  public func staff(id: Int64) throws -> Staff? {
    try staff(includeInactive: true).first { $0.id == id }
  }

  /// Adds a staff member (or reactivates one with the same initials).
  @discardableResult
  public func add(initials: String, name: String) throws -> Staff {
    let wanted = Self.normalise(initials)
    // Counted in scalars: `isLetter` looks at a Character's first scalar
    // only, and a letter with a million marks on it is one Character.
    guard (1...6).contains(wanted.unicodeScalars.count),
      wanted.unicodeScalars.allSatisfy({
        $0.properties.isAlphabetic || ASCIIDigits.isDigit($0)
      })
    else { throw InquiryError.invalidInitials }
    if case .failure(let error) = Validation.text(name) {
      throw InquiryError.invalidStaffName(error)
    }
    try db.write {
      try db.run(
        """
        INSERT INTO staff(initials, name) VALUES (?, ?)
        ON CONFLICT(initials) DO UPDATE SET active = 1,
          name = CASE WHEN excluded.name = '' THEN name ELSE excluded.name END
        """, [.text(wanted), .text((try? Validation.text(name).get()) ?? "")])
    }
    return try staff(initials: wanted)!
  }

  /// Takes a staff member off the list (their inquiries keep their initials;
  /// `add` with the same initials brings them back).
  /// Only through `InquiryStore.deactivate`, which hands open inquiries over first.
  func deactivate(initials: String) throws {
    guard let member = try staff(initials: initials) else { throw InquiryError.unknownStaff }
    try db.write {
      try db.run("UPDATE staff SET active = 0 WHERE id = ?", [.integer(member.id)])
    }
  }

  static func normalise(_ initials: String) -> String {
    initials.trimmingCharacters(in: " ").uppercased()
  }

  public func categories(includeInactive: Bool = false) throws -> [InquiryCategory] {
    try db.map(
      """
      SELECT id, name_da, name_en, active FROM inquiry_categories WHERE active = 1 OR ?
      ORDER BY sort, id
      """, [.bool(includeInactive)]
    ) {
      InquiryCategory(
        id: $0.int("id"), nameDA: $0.text("name_da"), nameEN: $0.text("name_en"),
        active: $0.int("active") == 1)
    }
  }

  /// Adds a category at the end of the list (one name for both languages).
  @discardableResult
  public func addCategory(_ name: String) throws -> Int64 {
    let trimmed = name.trimmingCharacters(in: " ")
    guard !trimmed.isEmpty else { throw InquiryError.missing(.category) }
    if case .failure(let error) = Validation.text(trimmed, max: 60) {
      throw InquiryError.invalid([.category: error])
    }
    return try db.write {
      try db.run(
        """
        INSERT INTO inquiry_categories(name_da, name_en, name_fold, sort)
        VALUES (?1, ?1, ?2, (SELECT coalesce(max(sort), 0) + 10 FROM inquiry_categories))
        ON CONFLICT(name_fold) DO UPDATE SET active = 1
        """, [.text(trimmed), .text(DanishFolding.fold(trimmed))])
      return try db.scalarInt(
        "SELECT id FROM inquiry_categories WHERE name_fold = ?",
        [.text(DanishFolding.fold(trimmed))]
      )
    }
  }

  public func setCategoryActive(_ id: Int64, _ active: Bool) throws {
    try db.write {
      try db.run(
        "UPDATE inquiry_categories SET active = ? WHERE id = ?", [.bool(active), .integer(id)])
    }
  }
}
