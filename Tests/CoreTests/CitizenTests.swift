import Glibc
import Testing

@testable import Core

@Suite struct CitizenTests {
  let database = TestDatabase()
  static let today = MatchFixture.today

  struct World {
    let db: Database
    let citizens: CitizenStore
    let inquiries: InquiryStore
    let referrals: ReferralStore
    let staff: Staff
  }

  func world() throws -> World {
    let db = try MatchFixture.load(database).db
    let inquiries = InquiryStore(db: db, clock: .fixed(Self.today))
    let staff = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    return World(
      db: db, citizens: CitizenStore(db: db, clock: .fixed(Self.today)), inquiries: inquiries,
      referrals: ReferralStore(db: db, clock: .fixed(Self.today)), staff: staff)
  }

  func walkIn(_ w: World, name: String, text: String) throws -> Inquiry {
    var inquiry = Inquiry()
    inquiry.askerName = name
    inquiry.askerContact = "22 33 44 55"
    inquiry.text = text
    inquiry.categoryID = try w.inquiries.directory.categories()[0].id
    inquiry.followUp = Self.today.adding(7)
    return try w.inquiries.create(inquiry, by: w.staff.id)
  }

  func activityID(_ w: World, _ title: String) throws -> Int64 {
    try #require(
      try w.db.map("SELECT id FROM activities WHERE title = ?", [.text(title)]) { $0.int(0) }.first)
  }

  @Test func consentNameAndContactAreCheckedBeforeSaving() throws {
    let w = try world()
    var citizen = MatchFixture.grethe
    citizen.consentOn = nil
    citizen.phone = "12 34"
    #expect(throws: CitizenError.invalid([.consentOn: .consentRequired, .phone: .invalidPhone])) {
      try w.citizens.save(citizen)
    }
    citizen.phone = "+45 22 33 44 55"
    citizen.consentOn = Self.today
    citizen.area = "Atlantis"
    #expect(throws: CitizenError.invalid([.area: .unknownArea("Atlantis")])) {
      try w.citizens.save(citizen)
    }
    #expect(try w.citizens.count() == 0)
    citizen.area = "hirtshals"
    let saved = try w.citizens.save(citizen)
    let loaded = try #require(try w.citizens.citizen(id: saved.id!))
    #expect(loaded.phone == "22334455" && loaded.area == "Hirtshals" && loaded.version == 1)
    #expect(loaded.availability == citizen.availability && loaded.interests == citizen.interests)
    #expect(try w.citizens.find("grethe").map(\.id) == [saved.id])
    #expect(try w.citizens.find("nielsen gre").count == 1)
    // A save made from an older copy is refused.
    var stale = loaded
    _ = try w.citizens.save(loaded)
    stale.note = "andet"
    #expect(throws: CitizenError.changedMeanwhile) { try w.citizens.save(stale) }
  }

  @Test func ageOrBirthYearIsReadEitherWay() {
    #expect(Citizen.birthYear(from: "67", today: Self.today) == .success(1959))
    #expect(Citizen.birthYear(from: "1959", today: Self.today) == .success(1959))
    #expect(Citizen.birthYear(from: "", today: Self.today) == .success(nil))
    #expect(Citizen.birthYear(from: "1850", today: Self.today) == .failure(.invalidBirth))
    #expect(Citizen.birthYear(from: "tres", today: Self.today) == .failure(.invalidBirth))
  }

  @Test func interestsAreReadFromTheVocabulary() throws {
    let w = try world()
    let vocabulary = try InterestVocabulary(db: w.db).all()
    #expect(vocabulary.map(\.name).contains("samvær"))
    #expect(
      InterestVocabulary.resolve("Samvaer, omso", in: vocabulary) == .success(["samvær", "omsorg"]))
    guard
      case .failure(.unknownInterest("sk", let near)) = InterestVocabulary.resolve(
        "sk", in: vocabulary)
    else {
      Issue.record("an ambiguous beginning must be refused")
      return
    }
    #expect(near == ["skak", "skole"])
  }

  @Test func aReferralGoesOnTheInquiryAndKeepsItOpen() throws {
    let w = try world()
    let inquiry = try walkIn(w, name: "Grethe Nielsen", text: "Vil gerne hjælpe andre")
    let citizen = try w.citizens.save(MatchFixture.grethe, linkInquiry: inquiry.id)
    #expect(try w.citizens.citizenID(ofInquiry: inquiry.id!) == citizen.id)
    let referral = try w.referrals.refer(
      citizenID: citizen.id!, activityID: try activityID(w, "Besøgsven"), inquiryID: inquiry.id,
      followUp: Self.today.adding(14), by: w.staff.id)
    #expect(referral.status == .suggested && referral.associationName == "Ældre Sagen Hirtshals")
    let entry = try #require(try w.inquiries.timeline(id: inquiry.id!).last)
    #expect(entry.kind == .referral && entry.newValue == "suggested")
    // The inquiry's follow-up (a week ahead) is earlier than the referral's: unchanged.
    #expect(try w.inquiries.inquiry(id: inquiry.id!)?.followUp == Self.today.adding(7))
    try w.referrals.setStatus(
      .contacted, followUp: Self.today.adding(3), of: referral.id, by: w.staff.id)
    // An earlier referral follow-up brings the inquiry's forward, on the timeline too.
    #expect(try w.inquiries.inquiry(id: inquiry.id!)?.followUp == Self.today.adding(3))
    #expect(try w.inquiries.timeline(id: inquiry.id!).last?.kind == .followUp)
    #expect(entry.text.hasPrefix("Besøgsven (Ældre Sagen Hirtshals)"))
    let current = try #require(try w.inquiries.inquiry(id: inquiry.id!))
    #expect(throws: InquiryError.referralsPending(1)) {
      try w.inquiries.close(current, outcome: .referredAssociation, note: "Henvist", by: w.staff.id)
    }
    #expect(throws: CitizenError.followUpRequired) {
      try w.referrals.setStatus(.contacted, followUp: nil, of: referral.id, by: w.staff.id)
    }
    try w.referrals.setStatus(.started, followUp: nil, of: referral.id, by: w.staff.id)
    let last = try #require(try w.inquiries.timeline(id: inquiry.id!).last)
    #expect(last.oldValue == "contacted" && last.newValue == "started")
    let now = try #require(try w.inquiries.inquiry(id: inquiry.id!))
    try w.inquiries.close(now, outcome: .referredAssociation, note: "Startet", by: w.staff.id)
  }

  /// Issue 13, item 12: one open referral per citizen and activity (a
  /// second only when asked for), and the association's contact on the
  /// inquiry's timeline with the referral.
  @Test func oneOpenReferralPerActivityWithTheContactOnTheTimeline() throws {
    let w = try world()
    let inquiry = try walkIn(w, name: "Grethe Nielsen", text: "Vil gerne hjælpe andre")
    let citizen = try w.citizens.save(MatchFixture.grethe, linkInquiry: inquiry.id)
    let activity = try activityID(w, "Besøgsven")
    let first = try w.referrals.refer(
      citizenID: citizen.id!, activityID: activity, inquiryID: inquiry.id,
      followUp: Self.today.adding(14), by: w.staff.id)
    let entry = try #require(try w.inquiries.timeline(id: inquiry.id!).last)
    #expect(entry.text.hasPrefix("Besøgsven (Ældre Sagen Hirtshals) · Poul Ravn · 98 37 14 21"))
    #expect(throws: CitizenError.alreadyReferred(.suggested, Self.today)) {
      try w.referrals.refer(
        citizenID: citizen.id!, activityID: activity, inquiryID: inquiry.id,
        followUp: Self.today.adding(14), by: w.staff.id)
    }
    try w.referrals.refer(
      citizenID: citizen.id!, activityID: activity, inquiryID: inquiry.id,
      followUp: Self.today.adding(14), again: true, by: w.staff.id)
    try w.referrals.setStatus(.notStarted, followUp: nil, of: first.id, by: w.staff.id)
    #expect(try w.referrals.openReferral(citizenID: citizen.id!, activityID: activity) != nil)
  }

  @Test func theRecordHoldsProfileInquiriesAndReferrals() throws {
    let w = try world()
    let inquiry = try walkIn(w, name: "Grethe Nielsen", text: "Enke, vil gerne hjælpe")
    let citizen = try w.citizens.save(MatchFixture.grethe, linkInquiry: inquiry.id)
    try w.referrals.refer(
      citizenID: citizen.id!, activityID: try activityID(w, "Læseven"), inquiryID: inquiry.id,
      followUp: Self.today.adding(14), by: w.staff.id)
    let record = try CitizenRecord.load(w.db, id: citizen.id!)
    let text = record.text(.danish, groups: [])
    for expected in [
      "Grethe Nielsen", "Hirtshals", "samvær, omsorg", "tir formiddag, tor formiddag",
      "Enke, vil gerne hjælpe", "Læseven (Røde Kors Hjørring): foreslået", "23-11-2026",
    ] {
      #expect(text.contains(expected), "\(expected)")
    }
    let json = record.json().text()
    #expect(json.contains("\"name\": \"Grethe Nielsen\""))
    #expect(json.contains("\"status\": \"suggested\""))
  }

  @Test func erasingLeavesNoTraceButKeepsTheCounts() throws {
    let w = try world()
    let name = "Gudrun Østergaard-Pilgaard"
    let inquiry = try walkIn(w, name: name, text: "\(name) vil være besøgsven")
    var profile = MatchFixture.grethe
    profile.name = name
    profile.email = "gudrun.pilgaard@example.dk"
    profile.note = "Ring efter kl. 10, spørg efter Gudrun Pilgaard"
    let citizen = try w.citizens.save(profile, linkInquiry: inquiry.id)
    try w.inquiries.addNote(
      "Talte med Gudrun Pilgaard i telefonen", to: inquiry.id!, by: w.staff.id)
    var edited = try #require(try w.inquiries.inquiry(id: inquiry.id!))
    edited.askerName = name + " (enke)"
    _ = try w.inquiries.update(edited, from: inquiry, by: w.staff.id)
    try w.referrals.refer(
      citizenID: citizen.id!, activityID: try activityID(w, "Besøgsven"), inquiryID: inquiry.id,
      followUp: Self.today.adding(14), by: w.staff.id)
    // A second desk has the file open (and idle) while the erasure runs.
    let otherDesk = try database.open()
    #expect(try otherDesk.scalarInt("SELECT count(*) FROM citizens") == 1)
    let inquiriesBefore = try w.db.scalarInt("SELECT count(*) FROM inquiries")
    let eventsBefore = try w.db.scalarInt("SELECT count(*) FROM inquiry_events")

    let outcome = try CitizenEraser(db: w.db).erase(id: citizen.id!)
    #expect(outcome.name == name && outcome.inquiries == 1 && outcome.referrals == 1)
    #expect(outcome.fileRewritten)

    for needle in ["Pilgaard", "gudrun", "22 33 44 55", "22334455"] {
      #expect(
        try StoredBytes.tables(containing: needle, w.db).isEmpty, "\(needle) still in a table")
      for suffix in ["", "-wal"] {
        #expect(
          !StoredBytes.file(database.path + suffix, contains: needle), "\(needle) in file\(suffix)")
      }
    }
    #expect(try w.db.scalarInt("SELECT count(*) FROM inquiries") == inquiriesBefore)
    // One line more: what happened, on the day it happened.
    #expect(try w.db.scalarInt("SELECT count(*) FROM inquiry_events") == eventsBefore + 1)
    #expect(try w.inquiries.timeline(id: inquiry.id!).last?.isErasure == true)
    #expect(try w.db.scalarInt("SELECT count(*) FROM referrals WHERE citizen_id IS NULL") == 1)
    // The timeline is still guarded once the erasure is over.
    #expect(throws: SQLiteError.self) { try w.db.run("UPDATE inquiry_events SET text = 'x'") }
    #expect(try w.db.scalarText("PRAGMA integrity_check") == "ok")
    _ = otherDesk
  }

  @Test func dormantCitizensAreListedAfterTheRetentionPeriod() throws {
    let w = try world()
    let old = CitizenStore(db: w.db, clock: .fixed(Day(year: 2024, month: 10, day: 1)!))
    var early = MatchFixture.grethe
    early.name = "Gammel Sag"
    let dormant = try old.save(early)
    try w.citizens.save(MatchFixture.son)
    let eraser = CitizenEraser(db: w.db, clock: .fixed(Self.today))
    #expect(try eraser.dormant().map(\.id) == [dormant.id!])
    #expect(try eraser.dormant(months: 30).isEmpty)
    // A referral today makes the person current again.
    try ReferralStore(db: w.db, clock: .fixed(Self.today)).refer(
      citizenID: dormant.id!, activityID: try activityID(w, "Besøgsven"), inquiryID: nil,
      followUp: Self.today.adding(7), by: w.staff.id)
    #expect(try eraser.dormant().isEmpty)
    #expect(
      CitizenEraser.monthsBefore(Day(year: 2026, month: 3, day: 31)!, 1) == Day(
        year: 2026, month: 2, day: 28)!)
  }
}
