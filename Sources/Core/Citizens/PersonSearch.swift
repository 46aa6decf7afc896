/// Who the worker means: what they know of a person (a citizen's number,
/// an inquiry's number, a name, a phone number or an e-mail address).
public struct PersonQuery: Equatable, Sendable {
  public var citizenID: Int64?
  public var inquiryID: Int64?
  public var name = ""
  public var phone = ""
  public var email = ""

  public init(
    citizenID: Int64? = nil, inquiryID: Int64? = nil, name: String = "", phone: String = "",
    email: String = ""
  ) {
    self.citizenID = citizenID
    self.inquiryID = inquiryID
    self.name = name
    self.phone = phone
    self.email = email
  }

  public var isEmpty: Bool {
    citizenID == nil && inquiryID == nil && name.trimmed.isEmpty && phone.trimmed.isEmpty
      && email.trimmed.isEmpty
  }
}

/// Everything skranke holds about one person, wherever it is: their
/// citizen record (with its inquiries and referrals), inquiries where they
/// are only the asker, and timeline notes elsewhere that name them. What
/// an erasure and the access copy both start from.
public struct PersonHoldings: Equatable, Sendable {
  /// A row that holds the person: its number, the name and contact it
  /// holds, and when it was made (`2026-12-07 10:41`).
  public struct Held: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let contact: String
    public let at: String
  }

  /// A timeline note in someone else's inquiry that names the person.
  public struct Mention: Equatable, Sendable {
    public let eventID: Int64
    public let inquiryID: Int64
    public let at: String
    public let text: String
  }

  public var citizens: [Held] = []
  /// Inquiries where the person is the asker and that no citizen above
  /// is linked to (those go with the citizen).
  public var askers: [Held] = []
  /// How many inquiries are linked to the citizens above.
  public var linkedInquiries = 0
  public var mentions: [Mention] = []
  /// Sign-ups to the centre's events that name the person.
  public var signups: [SignUpHeld] = []
  /// Nominations of the person for the volunteer prize, and nominations
  /// the person made.
  public var nominations: [Held] = []
  public var nominated: [Held] = []
  /// The words that name the person, as a note may write them: what a
  /// note's mention is found by and what an erasure takes out of it.
  public var words: [String] = []

  public var isEmpty: Bool {
    citizens.isEmpty && askers.isEmpty && mentions.isEmpty && signups.isEmpty
      && nominations.isEmpty && nominated.isEmpty
  }

  /// A name to say it by: the first name held.
  public var name: String {
    (citizens + askers).map(\.name).first { !$0.isEmpty } ?? signups.first?.name ?? nominations
      .first?.name ?? ""
  }
}

/// Finds a person by what the worker knows. Only what the query names is
/// used to match (and the record a number points to): a name shared by
/// two people is listed for the worker to see, never followed further.
public struct PersonSearch {
  public let db: Database

  public init(db: Database) { self.db = db }

  public func find(_ query: PersonQuery) throws -> PersonHoldings {
    var match = PersonMatch()
    var citizenIDs = Set<Int64>()
    var inquiryIDs = Set<Int64>()
    match.read(name: query.name, contact: query.phone + "," + query.email)
    if let id = query.citizenID {
      for row in try db.map(
        "SELECT name, phone, email FROM citizens WHERE id = ?", [.integer(id)],
        { ($0.text("name"), $0.text("phone"), $0.text("email")) })
      {
        citizenIDs.insert(id)
        match.read(name: row.0, contact: row.1 + "," + row.2)
      }
    }
    if let id = query.inquiryID {
      for row in try db.map(
        "SELECT asker_name, asker_contact, citizen_id FROM inquiries WHERE id = ?", [.integer(id)],
        { ($0.text("asker_name"), $0.text("asker_contact"), $0.optionalInt("citizen_id")) })
      {
        inquiryIDs.insert(id)
        if let citizen = row.2 { citizenIDs.insert(citizen) }
        match.read(name: row.0, contact: row.1)
      }
    }
    var found = PersonHoldings()
    try db.forEach(
      "SELECT id, name, phone, email, created_at FROM citizens",
      columns: ["id", "name", "phone", "email", "created_at"]
    ) { row, column in
      let id = row.int(column[0])
      let (name, phone, email) = (column[1], column[2], column[3])
      guard
        citizenIDs.contains(id)
          || match.matches(name: row.text(name), contact: row.text(phone) + "," + row.text(email))
      else { return }
      citizenIDs.insert(id)
      let contact = [Validation.formatPhone(row.text(phone)), row.text(email)].filter {
        !$0.isEmpty
      }
      found.citizens.append(
        .init(
          id: id, name: row.text(name), contact: contact.joined(separator: " · "),
          at: row.text(column[4])))
    }
    var erasedInquiries = Set<Int64>()
    try db.forEach(
      """
      SELECT id, asker_name, asker_contact, citizen_id, received_at FROM inquiries
      WHERE asker_name <> '' OR asker_contact <> '' OR citizen_id IS NOT NULL
      """, columns: ["id", "asker_name", "asker_contact", "citizen_id", "received_at"]
    ) { row, column in
      let id = row.int(column[0])
      let (name, contact, citizen) = (column[1], column[2], column[3])
      if !row.isNull(citizen), citizenIDs.contains(row.int(citizen)) {
        found.linkedInquiries += 1
        erasedInquiries.insert(id)
        return
      }
      guard
        inquiryIDs.contains(id) || match.matches(name: row.text(name), contact: row.text(contact))
      else {
        return
      }
      guard !row.text(name).isEmpty || !row.text(contact).isEmpty else { return }
      erasedInquiries.insert(id)
      found.askers.append(
        .init(id: id, name: row.text(name), contact: row.text(contact), at: row.text(column[4])))
    }
    found.words = PersonMatch.words(
      names: found.citizens.map(\.name) + found.askers.map(\.name) + [query.name],
      phones: match.phones, emails: match.emails)
    found.mentions = try mentions(of: found.words, outside: erasedInquiries)
    found.signups = try signups(matching: match)
    (found.nominations, found.nominated) = try nominations(matching: match)
    return found
  }

  /// Notes, calls and other timeline text in inquiries not erased whole
  /// that hold one of the person's words (SQLite's LIKE ignores the case
  /// of a–z; the words come in the cases a note is likely to use).
  private func mentions(of words: [String], outside erased: Set<Int64>) throws
    -> [PersonHoldings.Mention]
  {
    guard !words.isEmpty else { return [] }
    let tests = words.map { _ in "instr(lower(text), lower(?)) > 0" }.joined(separator: " OR ")
    return try db.map(
      "SELECT id, inquiry_id, at, text FROM inquiry_events WHERE text <> '' AND (\(tests)) ORDER BY id",
      words.map { .text($0) }
    ) { row in
      PersonHoldings.Mention(
        eventID: row.int("id"), inquiryID: row.int("inquiry_id"), at: row.text("at"),
        text: row.text("text"))
    }.filter { !erased.contains($0.inquiryID) }
  }
}
