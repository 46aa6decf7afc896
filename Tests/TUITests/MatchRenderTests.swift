import Core
import Glibc
import Testing

@testable import TUI

/// F3 drawn at 100×30: a walk-in's profile typed in, suggestions with
/// reasons appearing as it is typed, a referral, and the personal data.
@Suite struct MatchRenderTests {
  static let today = Day(year: 2026, month: 11, day: 23)!
  let path: String

  init() throws {
    let directory = temporaryDirectory("skranke-match")
    path = directory + "/m.db"
    let store = try AssociationStore(db: try Database(path: path))
    let importer = Importer(store: store)
    _ = try importer.importAreas(bytes: Array("area,neighbours\nHjørring,Hirtshals\n".utf8))
    _ = try importer.importAssociations(
      bytes: Array(
        """
        name,area,contact_person,phone
        Ældre Sagen Hirtshals,Hirtshals,Poul Ravn,98371421
        Røde Kors Hjørring,Hjørring,,
        """.utf8))
    _ = try importer.importActivities(
      bytes: Array(
        """
        association,title,kind,area,schedule,interests,open_places
        Ældre Sagen Hirtshals,Besøgsven,frivilligjob,Hirtshals,tir formiddag|tor formiddag,samvær|omsorg,3
        Røde Kors Hjørring,Læseven,frivilligjob,Hjørring,tor formiddag,læsning|omsorg,
        Røde Kors Hjørring,Nattevagt,frivilligjob,Hjørring,fre aften,samvær,
        """.utf8))
    let inquiries = InquiryStore(db: store.db, clock: .fixed(Self.today))
    let km = try inquiries.directory.add(initials: "KM", name: "Karen Madsen")
    var walkIn = Inquiry()
    walkIn.askerName = "Grethe Nielsen"
    walkIn.askerContact = "22334455"
    walkIn.text = "Enke, vil gerne hjælpe andre"
    walkIn.categoryID = try inquiries.directory.categories()[0].id
    walkIn.followUp = Self.today.adding(7)
    try inquiries.create(walkIn, by: km.id)
  }

  func desk() throws -> App {
    try App(
      store: try AssociationStore(db: try Database(path: path)), lang: .danish,
      databaseLabel: "m.db", staffInitials: "KM", clock: .fixed(Self.today),
      startOnAssociations: true)
  }

  func type(_ app: App, _ text: String) { for c in text { app.handle(.char(c)) } }

  func screen(_ app: App) -> String {
    app.render(width: 100, height: 30).lines.joined(separator: "\n")
  }

  /// Moves to the profile field at `index` (0 = name).
  /// Where the consent box is in the profile form.
  func consentField(_ app: App) -> Int {
    app.pane(CitizensFeature.self).state.form.fields.firstIndex { $0.key == "consent_on" } ?? -1
  }

  func field(_ app: App, _ index: Int) {
    while app.pane(CitizensFeature.self).state.form.focus > index { app.handle(.up) }
    while app.pane(CitizensFeature.self).state.form.focus < index { app.handle(.tab) }
  }

  /// An area made by saving an association in F1 is known in F3 at once
  /// (F3 had read its areas before): no restart needed to match on it.
  @Test func anAreaAddedInF1IsKnownInF3() throws {
    let app = try desk()
    app.handle(.function(3))
    app.handle(.function(1))
    app.handle(.down)
    app.handle(.char("n"))
    type(app, "Strandens Venner")
    app.handle(.tab)
    app.handle(.tab)
    type(app, "Tversted Strand")
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("Gemt: Strandens Venner"))
    app.handle(.function(3))
    field(app, 6)
    type(app, "Tversted Strand")
    app.handle(.ctrl("s"))
    #expect(!screen(app).contains("ukendt område"))
  }

  @Test func suggestionsAppearAsTheProfileIsTyped() throws {
    let app = try desk()
    app.handle(.function(3))
    #expect(screen(app).contains("Ny borger"))
    #expect(screen(app).contains("Forslagene kommer"))
    field(app, 4)
    type(app, "samvær, omso")
    var text = screen(app)
    // Three roles share an interest; none is excluded yet.
    #expect(text.contains("Forslag — 3 af 3 passer"))
    field(app, 5)
    type(app, "tir tor formiddag")
    text = screen(app)
    #expect(text.contains("Forslag — 2 af 3 passer"))
    #expect(text.contains("1. Besøgsven"))
    #expect(text.contains("+ fælles interesser: samvær, omsorg"))
    #expect(text.contains("+ tir og tor formiddag passer"))
    field(app, 6)
    type(app, "hirtsh")
    text = screen(app)
    #expect(text.contains("+ samme by: Hirtshals"))
    #expect(text.contains("+ naboområde: Hjørring"))
    // Refining a criterion reorders at once: only Thursday leaves Læseven
    // level on time, and "kun eget område" drops Hjørring.
    field(app, 7)
    app.handle(.left)
    #expect(!screen(app).contains("Læseven"))
  }

  @Test func referringNeedsConsentThenShowsTheContactAndLogsIt() throws {
    let app = try desk()
    app.handle(.function(2))
    app.handle(.enter)
    app.handle(.char("b"))
    #expect(app.active == .citizens)
    var text = screen(app)
    #expect(text.contains("Fra henvendelse #1 Grethe Nielsen"))
    #expect(text.contains("Grethe Nielsen") && text.contains("22 33 44 55"))
    type(app, "samvær")
    field(app, 5)
    type(app, "tir formiddag")
    app.handle(.ctrl("r"))
    app.handle(.enter)
    text = screen(app)
    #expect(text.contains("kræver samtykke: sæt kryds"))
    #expect(
      app.pane(CitizensFeature.self).state.focus == .profile
        && app.pane(CitizensFeature.self).state.form.focus == consentField(app))
    app.handle(.char(" "))
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("Borgeren er gemt (nr. 1) og knyttet til henvendelse #1."))
    app.handle(.ctrl("r"))
    app.handle(.char("h"))
    text = screen(app)
    #expect(text.contains("Henvis til Besøgsven · Ældre Sagen Hirtshals"))
    #expect(text.contains("Poul Ravn · 98 37 14 21"))
    #expect(text.contains("07-12-2026"))
    app.handle(.ctrl("s"))
    #expect(
      screen(app).contains(
        "Henvist til Besøgsven (Ældre Sagen Hirtshals). Kontakt: Poul Ravn, 98 37 14 21"))
    // The suggestion says it is referred; referring again asks first.
    #expect(screen(app).contains("↪ henvist: foreslået"))
    app.handle(.char("h"))
    #expect(screen(app).contains("Borgeren er allerede henvist hertil (foreslået"))
    app.handle(.char("n"))
    #expect(!screen(app).contains("Henvis til Besøgsven"))
    app.handle(.function(2))
    app.handle(.enter)
    text = screen(app)
    // The association's contact is on the inquiry's timeline with the referral.
    #expect(text.contains("Henvist: Besøgsven (Ældre Sagen Hirtshals) · Poul Ravn · 98 37"))
    // The inquiry stays open until the referral's outcome is known.
    app.handle(.char("r"))
    app.handle(.tab)
    app.handle(.right)
    app.handle(.ctrl("s"))
    #expect(screen(app).contains("Henvisningen er opdateret: startet"))
    // Started on an activity with counted places: offered to count one down.
    #expect(screen(app).contains("Tæl én ledig plads ned på Besøgsven (3 → 2)?"))
    app.handle(.char("j"))
    #expect(screen(app).contains("Besøgsven: 2 ledige pladser"))
    #expect(screen(app).contains("foreslået → startet"))
  }

  @Test func personalDataIsShownAndCanBeErased() throws {
    let app = try desk()
    app.handle(.function(3))
    type(app, "Hans Hansen")
    app.handle(.ctrl("p"))
    #expect(screen(app).contains("ikke gemt endnu"))
    field(app, consentField(app))
    app.handle(.char(" "))
    app.handle(.ctrl("s"))
    app.handle(.ctrl("p"))
    var text = screen(app)
    #expect(text.contains("Oplysninger gemt om Hans Hansen (borger nr. 1)"))
    #expect(text.contains("Samtykke givet: 23-11-2026"))
    app.handle(.char("x"))
    #expect(screen(app).contains("Slet Hans Hansen for altid?"))
    app.handle(.char("j"))
    text = screen(app)
    #expect(text.contains("Slettet: Hans Hansen"))
    #expect(text.contains("Ny borger"))
    #expect(try CitizenStore(db: app.db).count() == 0)
  }
}

extension MatchRenderTests {
  /// Issue 24.11: a citizen erased at one desk stayed on another desk's
  /// open F3 until it moved. The next tick closes the profile.
  @Test func aCitizenErasedAtAnotherDeskLeavesThisDesksScreen() throws {
    let app = try desk()
    let other = try Database(path: path)
    let birthe = try CitizenStore(db: other, clock: .fixed(Self.today)).save(
      Citizen(name: "Birthe Lund", seeking: .volunteer, consentOn: Self.today))
    app.handle(.function(3))
    app.pane(CitizensFeature.self).receive(.open(.citizen(birthe.id!)))
    #expect(screen(app).contains("Birthe Lund"))
    _ = try CitizenEraser(db: other, clock: .fixed(Self.today)).erase(id: birthe.id!)
    #expect(app.tick())
    let after = screen(app)
    #expect(!after.contains("Birthe Lund"))
    #expect(after.contains("slettet ved en anden skranke"))
  }
}
