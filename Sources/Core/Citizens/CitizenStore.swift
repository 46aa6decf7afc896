/// Citizens: saving a profile (with its rules), reading it back, finding one
/// by name, and linking it to the inquiry it came from.
public final class CitizenStore {
  public let db: Database
  public var clock: Clock

  public init(db: Database, clock: Clock = .system) {
    self.db = db
    self.clock = clock
  }

  static let columns = """
    c.id, c.name, c.phone, c.email, c.seeking, c.interests, c.target_groups, c.availability,
    coalesce(a.name, '') AS area_name, c.reach, c.birth_year, c.languages, c.needs_step_free, c.needs_toilet,
    c.note, c.consent_on, c.version, c.without_child_certificate
    """

  public func citizen(id: Int64) throws -> Citizen? {
    try db.map(
      "SELECT \(Self.columns) FROM citizens c LEFT JOIN areas a ON a.id = c.area_id WHERE c.id = ?",
      [.integer(id)], Self.citizen
    ).first
  }

  static func citizen(_ row: Statement) -> Citizen {
    Citizen(
      id: row.int("id"), name: row.text("name"), phone: row.text("phone"),
      email: row.text("email"), seeking: Seeking(rawValue: row.text("seeking")) ?? .volunteer,
      interests: AssociationStore.splitList(row.text("interests")),
      targetGroups: AssociationStore.splitList(row.text("target_groups")),
      availability: Schedule(mask: Int(row.int("availability"))), area: row.text("area_name"),
      reach: Reach(rawValue: row.text("reach")) ?? .near,
      birthYear: row.optionalInt("birth_year").map(Int.init),
      languages: AssociationStore.splitList(row.text("languages")),
      needsStepFree: row.int("needs_step_free") == 1, needsToilet: row.int("needs_toilet") == 1,
      withoutChildCertificate: row.int("without_child_certificate") == 1,
      note: row.text("note"), consentOn: Day(iso: row.text("consent_on")),
      version: Int(row.int("version")))
  }

  /// Citizens whose name holds every typed word (folded), by name; all when empty.
  public func find(_ text: String, limit: Int = 200) throws -> [Citizen] {
    let words = DanishFolding.fold(text).split(separator: " ").map(String.init)
    let conditions = words.map { _ in "instr(' ' || c.name_fold, ' ' || ?) > 0" }
    let sql = """
      SELECT \(Self.columns) FROM citizens c LEFT JOIN areas a ON a.id = c.area_id
      \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
      ORDER BY c.name_fold, c.id LIMIT \(limit)
      """
    return try db.map(sql, words.map { .text($0) }, Self.citizen)
  }

  public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM citizens")) }

  /// Checks a profile: a name, valid phone and e-mail, a consent date.
  public static func validate(_ input: Citizen) throws(CitizenError) -> Citizen {
    var out = input
    var errors: [CitizenField: FieldError] = [:]
    Validation.apply(Validation.required(input.name), .name, to: &out.name, errors: &errors)
    Validation.apply(Validation.phone(input.phone), .phone, to: &out.phone, errors: &errors)
    Validation.apply(Validation.email(input.email), .email, to: &out.email, errors: &errors)
    if input.consentOn == nil { errors[.consentOn] = .consentRequired }
    Validation.apply(Validation.text(input.area), .area, to: &out.area, errors: &errors)
    Validation.apply(
      Validation.text(input.note, max: Validation.longText, lines: true), .note, to: &out.note,
      errors: &errors)
    for (field, items) in [
      (CitizenField.languages, input.languages), (.interests, input.interests),
    ] {
      switch Validation.list(items) {
      case .success(let checked):
        if field == .languages { out.languages = checked } else { out.interests = checked }
      case .failure(let error): errors[field] = error
      }
    }
    if !errors.isEmpty { throw .invalid(errors) }
    return out
  }

  /// Creates or updates a profile; with `inquiryID`, links that inquiry to
  /// the citizen. An update made from an older copy is refused.
  @discardableResult
  public func save(_ input: Citizen, linkInquiry inquiryID: Int64? = nil) throws -> Citizen {
    var citizen = try Self.validate(input)
    return try db.write {
      let areaID = try AssociationStore.areaID(in: db, named: citizen.area)
      if !citizen.area.isEmpty && areaID == nil {
        throw CitizenError.invalid([.area: .unknownArea(citizen.area)])
      }
      let stamp = clock.stamp()
      let values: [SQLValue] = [
        .text(citizen.name), .text(DanishFolding.fold(citizen.name)), .text(citizen.phone),
        .text(citizen.email),
        .text(citizen.seeking.rawValue), .text(citizen.interests.joined(separator: "|")),
        .text(citizen.targetGroups.joined(separator: "|")),
        .integer(Int64(citizen.availability.mask)), .int64(areaID), .text(citizen.reach.rawValue),
        .int(citizen.birthYear), .text(citizen.languages.joined(separator: "|")),
        .bool(citizen.needsStepFree), .bool(citizen.needsToilet), .text(citizen.note),
        .text(citizen.consentOn!.iso), .text(stamp), .bool(citizen.withoutChildCertificate),
      ]
      if let id = citizen.id {
        try db.run(
          """
          UPDATE citizens SET name = ?, name_fold = ?, phone = ?, email = ?, seeking = ?, interests = ?,
            target_groups = ?, availability = ?, area_id = ?, reach = ?, birth_year = ?,
            languages = ?, needs_step_free = ?, needs_toilet = ?, note = ?, consent_on = ?,
            updated_at = ?, without_child_certificate = ?, version = version + 1
          WHERE id = ? AND version = ?
          """, values + [.integer(id), .integer(Int64(citizen.version))])
        guard db.changes == 1 else {
          throw try self.citizen(id: id) == nil
            ? CitizenError.notFound : CitizenError.changedMeanwhile
        }
        citizen.version += 1
      } else {
        try db.run(
          """
          INSERT INTO citizens(name, name_fold, phone, email, seeking, interests, target_groups,
            availability, area_id, reach, birth_year, languages, needs_step_free, needs_toilet,
            note, consent_on, updated_at, without_child_certificate, created_at, id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \(Schema.nextID("citizens")))
          """, values + [.text(stamp)])
        citizen.id = db.lastInsertRowID
        citizen.version = 1
      }
      if let inquiryID {
        try db.run(
          "UPDATE inquiries SET citizen_id = ?, version = version + 1 WHERE id = ?",
          [.integer(citizen.id!), .integer(inquiryID)])
        guard db.changes == 1 else { throw CitizenError.inquiryNotFound }
      }
      return citizen
    }
  }

  /// The citizen an inquiry is linked to, if any.
  public func citizenID(ofInquiry inquiryID: Int64) throws -> Int64? {
    try db.map("SELECT citizen_id FROM inquiries WHERE id = ?", [.integer(inquiryID)]) {
      $0.optionalInt("citizen_id")
    }.first ?? nil
  }

  /// The citizen's newest inquiry that is not closed, if any: opening the
  /// citizen in F3 links the profile to it.
  public func openInquiryID(ofCitizen citizenID: Int64) throws -> Int64? {
    try db.map(
      """
      SELECT id FROM inquiries WHERE citizen_id = ? AND status <> 'closed'
      ORDER BY received_at DESC LIMIT 1
      """, [.integer(citizenID)]
    ) { $0.int("id") }.first
  }
}
