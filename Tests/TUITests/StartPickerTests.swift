import Core
import Testing

@testable import TUI

/// Issue 25.8: at start-up Enter made a new worker into Aisha, the first
/// on the list. Nobody is marked until someone is; the one who last
/// worked at this login is offered by name.
@Suite struct StartPickerTests {
  func desk(_ db: Database, login: String?) throws -> App {
    let app = try App(
      store: try AssociationStore(db: db), lang: .danish, databaseLabel: "skranke.db",
      clock: .fixed(GoldenScreenTests.today, "10:00"), login: login)
    app.layout(width: 100, height: 30)
    return app
  }

  @Test func enterChoosesNoOneUntilSomeoneIsMarkedAndTheLastIsOfferedByName() throws {
    let db = try Database(path: copyOfGoldenDatabase())
    let first = try desk(db, login: "skranke1")
    #expect(first.render(width: 100, height: 30).text.contains("Hvem sidder ved skranken?"))
    first.handle(.enter)
    #expect(first.me == nil)
    #expect(first.render(width: 100, height: 30).text.contains("Marker dig selv med ↓ først."))
    // ↓ marks "add myself"; a letter jumps to a colleague, Enter chooses.
    first.handle(.char("l"))
    first.handle(.enter)
    let chosen = try #require(first.me)
    #expect(chosen.initials.hasPrefix("L"))

    // The next start at this login offers that person, marked, by name.
    let next = try desk(db, login: "skranke1")
    #expect(next.render(width: 100, height: 30).text.contains("Er det \(chosen.name)?"))
    next.handle(.enter)
    #expect(next.me == chosen)
    // Another login is not told who worked here.
    let other = try desk(db, login: "skranke2")
    other.handle(.enter)
    #expect(other.me == nil)
  }
}
