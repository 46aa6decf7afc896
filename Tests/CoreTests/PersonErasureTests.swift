import Testing

@testable import Core

/// Issue 25: Birthe asked at the desk (inquiry #2, with her phone) and has
/// no citizen record; she could not be erased. A person is now found by
/// name, phone, e-mail or inquiry number wherever they are, and erased
/// there, with one line left on each timeline touched.
@Suite struct PersonErasureTests {
  let database = TestDatabase()
  let today = ErasureFixture.today

  struct Desk {
    let db: Database
    let inquiries: InquiryStore
    let staff: Staff
  }

  func desk() throws -> Desk {
    let db = try Database(path: database.path)
    let inquiries = InquiryStore(db: db, clock: ErasureFixture.clock)
    let staff = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    return Desk(db: db, inquiries: inquiries, staff: staff)
  }

  func asked(_ d: Desk, _ name: String, _ contact: String, _ text: String) throws -> Int64 {
    var inquiry = Inquiry()
    inquiry.askerName = name
    inquiry.askerContact = contact
    inquiry.text = text
    inquiry.categoryID = try d.inquiries.directory.categories()[0].id
    inquiry.followUp = today.adding(7)
    return try d.inquiries.create(inquiry, by: d.staff.id).id!
  }

  func eraser(_ d: Desk) -> CitizenEraser { CitizenEraser(db: d.db, clock: ErasureFixture.clock) }

  @Test func anAskerWithNoRecordIsErasedFromTablesFileWALAndIndexes() throws {
    let d = try desk()
    let ole = try asked(d, "Ole Hansen", "", "Spørger om lokaler til koret")
    let birthe = try asked(d, "Birthe Nielsen", "20 30 40 50", "Vil gerne være besøgsven")
    try d.inquiries.addNote("Husk at ringe tilbage om tirsdagen", to: birthe, by: d.staff.id)
    try d.inquiries.addNote(
      "Birthe Nielsen ringede også om koret, tlf 20304050", to: ole, by: d.staff.id)
    #expect(try CitizenStore(db: d.db).citizen(id: 1) == nil)

    let held = try PersonSearch(db: d.db).find(PersonQuery(inquiryID: birthe))
    #expect(held.citizens.isEmpty && held.askers.map(\.id) == [birthe])
    #expect(held.mentions.map(\.inquiryID) == [ole])
    let before = try d.db.scalarInt("SELECT count(*) FROM inquiries")
    let outcome = try eraser(d).erase(
      held, notes: Set(held.mentions.map(\.eventID)), staffID: d.staff.id)
    #expect(outcome.name == "Birthe Nielsen" && outcome.inquiries == 1)
    #expect(outcome.notes == 1 && outcome.notesLeft == 0 && outcome.fileRewritten)

    for needle in ["Birthe", "20304050", "20 30 40 50", "besøgsven", "ringe tilbage"] {
      #expect(try StoredBytes.tables(containing: needle, d.db).isEmpty, "\(needle) in a table")
      for suffix in ["", "-wal"] {
        #expect(
          !StoredBytes.file(database.path + suffix, contains: needle), "\(needle) in \(suffix)")
      }
    }
    let found = try FindService(db: d.db, clock: ErasureFixture.clock).find("birthe", lang: .danish)
    #expect(found.hits.isEmpty)
    // The inquiry stays for the counts, with the line that says what happened.
    #expect(try d.db.scalarInt("SELECT count(*) FROM inquiries") == before)
    let line = try #require(try d.inquiries.timeline(id: birthe).last)
    #expect(line.isErasure && line.newValue == today.iso && line.staffInitials == "KM")
    // Ole's note keeps its words, without hers.
    let note = try #require(try d.inquiries.timeline(id: ole).first { $0.kind == .note })
    #expect(note.text == "[…] ringede også om koret, tlf […]")
    #expect(try d.inquiries.timeline(id: ole).last?.isErasure == false)
    #expect(
      try d.db.scalarInt(
        "SELECT count(*) FROM erasure_log WHERE citizen_id = ?", [.integer(-birthe)]) == 1)
    // The timeline is guarded again afterwards.
    #expect(throws: SQLiteError.self) { try d.db.run("UPDATE inquiry_events SET text = 'x'") }
  }

  @Test func byPhoneTheRecordAndEveryInquiryAreFoundButANamesakeOnlyByName() throws {
    let d = try desk()
    let first = try asked(d, "Birthe Nielsen", "20304050", "Første gang")
    let second = try asked(d, "B. Nielsen", "+45 20 30 40 50", "Anden gang")
    let third = try asked(d, "Birthe N.", "birthe@example.dk", "Tredje gang")
    _ = try asked(d, "Birthe Nielsen", "99 88 77 66", "En anden Birthe")
    let citizen = try CitizenStore(db: d.db, clock: ErasureFixture.clock).save(
      Citizen(name: "Birthe Nielsen", phone: "20304050", seeking: .volunteer, consentOn: today))
    let byPhone = try PersonSearch(db: d.db).find(PersonQuery(phone: "20 30 40 50"))
    #expect(byPhone.citizens.map(\.id) == [citizen.id!])
    #expect(byPhone.askers.map(\.id) == [first, second])
    let byMail = try PersonSearch(db: d.db).find(PersonQuery(email: "Birthe@Example.dk"))
    #expect(byMail.askers.map(\.id) == [third] && byMail.citizens.isEmpty)
    // By name, the namesake is listed too: the worker sees her and decides.
    let byName = try PersonSearch(db: d.db).find(PersonQuery(name: "birthe nielsen"))
    #expect(byName.askers.count == 2 && byName.citizens.count == 1)
    #expect(try PersonSearch(db: d.db).find(PersonQuery(phone: "11 22 33 44")).isEmpty)
  }

  @Test func aNoteTheWorkerDidNotConfirmIsLeftAndCounted() throws {
    let d = try desk()
    let ole = try asked(d, "Ole Hansen", "", "Lokaler")
    let birthe = try asked(d, "Birthe Nielsen", "", "Besøgsven")
    try d.inquiries.addNote("Birthe Nielsen kender koret", to: ole, by: d.staff.id)
    let held = try PersonSearch(db: d.db).find(PersonQuery(inquiryID: birthe))
    let outcome = try eraser(d).erase(held, notes: [], staffID: nil)
    #expect(outcome.notes == 0 && outcome.notesLeft == 1)
    #expect(try d.inquiries.timeline(id: ole).contains { $0.text == "Birthe Nielsen kender koret" })
    // Without a worker, the line is the owner's.
    #expect(try d.inquiries.timeline(id: birthe).last?.staffInitials == "KM")
  }

  @Test func aCopyFromBeforeTheErasureIsErasedAgainWhenRestored() throws {
    let d = try desk()
    let birthe = try asked(d, "Birthe Nielsen", "20304050", "Besøgsven")
    let copy = database.directory + "/copy.db"
    try d.db.run("VACUUM INTO ?", [.text(copy)])
    let held = try PersonSearch(db: d.db).find(PersonQuery(inquiryID: birthe))
    _ = try eraser(d).erase(held, notes: [], staffID: d.staff.id)
    let entries = try #require(ErasureLog.entries(inDatabase: database.path))
    #expect(entries.map(\.inquiryID) == [birthe])
    // The line in the log file reads back as the same entry.
    let line = try #require(entries.first?.line)
    #expect(ErasureLog.Entry(line: Substring(line.dropLast())) == entries.first)
    let restored = try Database(path: copy)
    #expect(try ErasureLog.reapply(entries, to: restored) == 1)
    #expect(try StoredBytes.tables(containing: "Birthe", restored).isEmpty)
    #expect(try ErasureLog.reapply(entries, to: restored) == 0)
  }
}
