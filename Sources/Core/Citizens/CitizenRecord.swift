/// Everything stored about one citizen: the profile, the inquiries linked to
/// them with their timelines, and the referrals. Shown on one screen and
/// written by `skranke citizen export ID` (the right of access).
public struct CitizenRecord: Sendable {
  public struct LinkedInquiry: Sendable {
    public let inquiry: Inquiry
    public let category: String
    public let timeline: [InquiryEvent]
  }

  public let citizen: Citizen
  public let inquiries: [LinkedInquiry]
  public let referrals: [Referral]
  public let createdAt: String
  public let updatedAt: String

  public static func load(_ db: Database, id: Int64) throws -> CitizenRecord {
    guard let citizen = try CitizenStore(db: db).citizen(id: id) else {
      throw CitizenError.notFound
    }
    let store = InquiryStore(db: db)
    let categories = try store.directory.categories(includeInactive: true)
    let ids = try db.map(
      "SELECT id FROM inquiries WHERE citizen_id = ? ORDER BY received_at, id", [.integer(id)]
    ) { $0.int(0) }
    let inquiries = try ids.compactMap { inquiryID -> LinkedInquiry? in
      guard let inquiry = try store.inquiry(id: inquiryID) else { return nil }
      let category = categories.first { $0.id == inquiry.categoryID }?.nameDA ?? ""
      return LinkedInquiry(
        inquiry: inquiry, category: category, timeline: try store.timeline(id: inquiryID))
    }
    let stamps =
      try db.map(
        "SELECT created_at, updated_at FROM citizens WHERE id = ?", [.integer(id)]
      ) { ($0.text(0), $0.text(1)) }.first ?? ("", "")
    return CitizenRecord(
      citizen: citizen, inquiries: inquiries,
      referrals: try ReferralStore(db: db).referrals(citizenID: id), createdAt: stamps.0,
      updatedAt: stamps.1)
  }

  /// The profile as label–value pairs, in the UI's language.
  public func profileLines(_ lang: Language, groups: [TargetGroup]) -> [(String, String)] {
    let c = citizen
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
      (lang.pick("Oprettet", "Created"), createdAt),
      (lang.pick("Sidst ændret", "Last changed"), updatedAt),
    ]
  }

  /// The whole record as text a citizen can read.
  public func text(_ lang: Language, groups: [TargetGroup]) -> String {
    var out = lang.pick(
      "Oplysninger gemt om \(citizen.name) (borger nr. \(citizen.id ?? 0))\n",
      "Data stored about \(citizen.name) (citizen no. \(citizen.id ?? 0))\n")
    out += "\n" + lang.pick("PROFIL", "PROFILE") + "\n"
    for (label, value) in profileLines(lang, groups: groups) { out += "  \(label): \(value)\n" }
    out += "\n" + lang.pick("HENVENDELSER", "INQUIRIES") + " (\(inquiries.count))\n"
    for linked in inquiries {
      let i = linked.inquiry
      out += "  #\(i.id ?? 0) \(i.receivedAt) · \(linked.category)\n"
      out += "    \(lang.pick("Hvem", "Who")): \(i.askerName) \(i.askerContact)\n"
      out += "    \(lang.pick("Tekst", "Text")): \(i.text)\n"
      for event in linked.timeline {
        let change =
          event.oldValue.isEmpty && event.newValue.isEmpty
          ? "" : " \(event.oldValue)→\(event.newValue)"
        out +=
          "    \(event.at) \(event.staffInitials) \(event.kind.rawValue)\(change) \(event.text)\n"
      }
    }
    out += "\n" + lang.pick("HENVISNINGER", "REFERRALS") + " (\(referrals.count))\n"
    for r in referrals {
      out +=
        "  \(r.referredOn.numeric) \(r.activityTitle) (\(r.associationName)): \(r.status.label(lang))"
        + (r.followUp.map { " · " + lang.pick("opfølgning ", "follow-up ") + $0.numeric } ?? "")
        + "\n"
    }
    return out
  }

  /// The whole record as JSON, with the stored codes.
  public func json() -> JSON {
    let c = citizen
    let profile: JSON = .object([
      ("id", .int(Int(c.id ?? 0))), ("name", .string(c.name)), ("phone", .string(c.phone)),
      ("email", .string(c.email)), ("seeking", .string(c.seeking.rawValue)),
      ("interests", .array(c.interests.map { .string($0) })),
      ("target_groups", .array(c.targetGroups.map { .string($0) })),
      ("availability", .string(c.availability.csvText)), ("area", .string(c.area)),
      ("reach", .string(c.reach.rawValue)), ("birth_year", c.birthYear.map { .int($0) } ?? .null),
      ("languages", .array(c.languages.map { .string($0) })),
      ("needs_step_free", .bool(c.needsStepFree)), ("needs_toilet", .bool(c.needsToilet)),
      ("without_child_certificate", .bool(c.withoutChildCertificate)),
      ("note", .string(c.note)), ("consent_on", .optional(c.consentOn?.iso)),
      ("created_at", .string(createdAt)), ("updated_at", .string(updatedAt)),
    ])
    let inquiryList: [JSON] = inquiries.map { linked in
      let i = linked.inquiry
      return .object([
        ("id", .int(Int(i.id ?? 0))), ("received_at", .string(i.receivedAt)),
        ("category", .string(linked.category)), ("asker_name", .string(i.askerName)),
        ("asker_contact", .string(i.askerContact)), ("text", .string(i.text)),
        (
          "timeline",
          .array(
            linked.timeline.map {
              .object([
                ("at", .string($0.at)), ("staff", .string($0.staffInitials)),
                ("kind", .string($0.kind.rawValue)), ("old", .string($0.oldValue)),
                ("new", .string($0.newValue)), ("text", .string($0.text)),
              ])
            })
        ),
      ])
    }
    let referralList: [JSON] = referrals.map {
      .object([
        ("referred_on", .string($0.referredOn.iso)), ("activity", .string($0.activityTitle)),
        ("association", .string($0.associationName)), ("status", .string($0.status.rawValue)),
        ("follow_up", .optional($0.followUp?.iso)), ("staff", .string($0.staffInitials)),
      ])
    }
    return .object([
      ("citizen", profile), ("inquiries", .array(inquiryList)), ("referrals", .array(referralList)),
    ])
  }
}
