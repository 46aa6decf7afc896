/// Everything stored about one person (the right of access): their
/// citizen profile if they have one, every inquiry they asked or are
/// linked to with its timeline, their referrals, and the notes elsewhere
/// that name them. Shown on one screen (Ctrl-P), written or printed (`p`)
/// and written by `skranke citizen export`.
public struct CitizenRecord: Sendable {
  public struct LinkedInquiry: Sendable {
    public let inquiry: Inquiry
    public let category: String
    public let timeline: [InquiryEvent]
  }

  /// Nil for a person who only asked at the desk.
  public let citizen: Citizen?
  public let inquiries: [LinkedInquiry]
  public let referrals: [Referral]
  public let mentions: [PersonHoldings.Mention]
  /// What the record was read from: what an erasure takes.
  public let held: PersonHoldings
  public let createdAt: String
  public let updatedAt: String
  /// For saying the timelines in words: the categories, the colleagues and
  /// the names of the associations the inquiries name.
  let categories: [InquiryCategory]
  let staff: [Staff]
  let associationNames: [Int64: String]

  public var name: String { citizen?.name ?? held.name }

  public static func load(_ db: Database, id: Int64) throws -> CitizenRecord {
    guard try CitizenStore(db: db).citizen(id: id) != nil else { throw CitizenError.notFound }
    return try load(db, query: PersonQuery(citizenID: id))
  }

  /// The person a query names, wherever they are.
  public static func load(_ db: Database, query: PersonQuery) throws -> CitizenRecord {
    let held = try PersonSearch(db: db).find(query)
    let citizen = try held.citizens.first.flatMap { try CitizenStore(db: db).citizen(id: $0.id) }
    let store = InquiryStore(db: db)
    var ids = try held.citizens.flatMap { c in
      try db.map("SELECT id FROM inquiries WHERE citizen_id = ?", [.integer(c.id)]) { $0.int("id") }
    }
    ids += held.askers.map(\.id)
    let categories = try store.directory.categories(includeInactive: true)
    let inquiries = try Set(ids).sorted().compactMap { id -> LinkedInquiry? in
      guard let inquiry = try store.inquiry(id: id) else { return nil }
      let category = categories.first { $0.id == inquiry.categoryID }?.nameDA ?? ""
      return LinkedInquiry(
        inquiry: inquiry, category: category, timeline: try store.timeline(id: id))
    }
    let stamps =
      try citizen.flatMap { c in
        try db.map(
          "SELECT created_at, updated_at FROM citizens WHERE id = ?", [.integer(c.id ?? 0)]
        ) { ($0.text("created_at"), $0.text("updated_at")) }.first
      } ?? ("", "")
    let referrals = try held.citizens.flatMap {
      try ReferralStore(db: db).referrals(citizenID: $0.id)
    }
    var named = Set(inquiries.compactMap(\.inquiry.associationID))
    for linked in inquiries {
      for event in linked.timeline where event.field == .association {
        named.formUnion([event.oldValue, event.newValue].compactMap { Int64($0) })
      }
    }
    var associationNames: [Int64: String] = [:]
    for id in named {
      associationNames[id] = try db.map(
        "SELECT name FROM associations WHERE id = ?", [.integer(id)], { $0.text("name") }
      ).first
    }
    return CitizenRecord(
      citizen: citizen, inquiries: inquiries, referrals: referrals, mentions: held.mentions,
      held: held, createdAt: stamps.0, updatedAt: stamps.1, categories: categories,
      staff: try store.directory.staff(includeInactive: true),
      associationNames: associationNames)
  }

  /// The profile as label–value pairs, in the UI's language.
  public func profileLines(_ lang: Language, groups: [TargetGroup]) -> [(String, String)] {
    guard let c = citizen else { return [] }
    let groupNames = c.targetGroups.map { code in
      groups.first { $0.code == code }?.name(lang) ?? code
    }
    let yes = lang.pick("ja", "yes")
    let no = lang.pick("nej", "no")
    return [
      (CitizenField.name.label(lang), c.name),
      (CitizenField.phone.label(lang), Validation.formatPhone(c.phone)),
      (CitizenField.email.label(lang), c.email),
      (CitizenField.seeking.label(lang), c.seeking.label(lang)),
      (CitizenField.interests.label(lang), c.interests.joined(separator: ", ")),
      (CitizenField.targetGroups.label(lang), groupNames.joined(separator: ", ")),
      (CitizenField.availability.label(lang), c.availability.label(lang)),
      (CitizenField.area.label(lang), c.area),
      (CitizenField.reach.label(lang), c.reach.label(lang)),
      (CitizenField.birthYear.label(lang), c.birthYear.map(String.init) ?? ""),
      (CitizenField.languages.label(lang), c.languages.joined(separator: ", ")),
      (CitizenField.needsStepFree.label(lang), c.needsStepFree ? yes : no),
      (CitizenField.needsToilet.label(lang), c.needsToilet ? yes : no),
      (CitizenField.withoutChildCertificate.label(lang), c.withoutChildCertificate ? yes : no),
      (CitizenField.note.label(lang), c.note),
      (CitizenField.consentOn.label(lang), c.consentOn?.numeric ?? ""),
      (lang.pick("Oprettet", "Created"), Self.moment(createdAt)),
      (lang.pick("Sidst ændret", "Last changed"), Self.moment(updatedAt)),
    ]
  }

  /// `2026-12-07 10:15` as `07-12-2026 10:15`.
  static func moment(_ stamp: String) -> String {
    guard let day = Day(iso: String(stamp.prefix(10))) else { return stamp }
    return day.numeric + stamp.dropFirst(10)
  }
}
