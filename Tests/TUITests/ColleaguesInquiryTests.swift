import Core
import Testing

@testable import TUI

/// Issue 25.4: KM closed LS's inquiry without a word; LS never knew.
/// Closing or handing over a colleague's inquiry asks first, the timeline
/// says whose it was, and the owner sees it on I dag.
@Suite struct ColleaguesInquiryTests {
  func screen(_ app: App) -> String { app.render(width: 110, height: 36).text }

  @Test func closingAColleaguesInquiryAsksSaysWhoseAndTellsTheOwner() throws {
    let db = try Database(path: copyOfGoldenDatabase())
    let km = try goldenDesk(width: 110, height: 36, db: db)
    openInquiry(km, 5)
    #expect(screen(km).contains("ejer LS"))
    km.handle(.char("l"))
    #expect(screen(km).contains("#5 er LS's. Luk alligevel?"))
    km.handle(.char("n"))
    #expect(km.modals.isEmpty)
    km.handle(.char("l"))
    km.handle(.char("j"))
    #expect(screen(km).contains("Luk #5"))
    km.handle(.right)  // an outcome
    km.handle(.tab)
    for c in "Ringede, fik svar" { km.handle(.char(c)) }
    km.handle(.ctrl("s"))
    #expect(screen(km).contains("Lukket for LS:"))
    // Handing over one's own asks nothing; a colleague's asks.
    openInquiry(km, 6)
    km.handle(.char("h"))
    #expect(screen(km).contains("#6 er LS's. Overdrag alligevel?"))
    km.handle(.escape)
    openInquiry(km, 1)
    km.handle(.char("h"))
    #expect(screen(km).contains("Overdrag #1"))

    // LS starts the day: the closed inquiry is on I dag, once.
    let ls = try goldenDesk(staff: "LS", width: 110, height: 36, db: db)
    #expect(screen(ls).contains("✓ lukket af KM  #5"))
    km.handle(.escape)
    let again = try goldenDesk(staff: "LS", width: 110, height: 36, db: db)
    again.handle(.function(2))
    again.handle(.function(6))
    _ = ls
    #expect(!screen(again).contains("✓ lukket af KM  #5"))
  }
}

/// Issue 25.5: a question answered at once took 17 keys to log and close.
/// The new-inquiry form closes it in the same save.
@Suite struct AnsweredOnTheSpotTests {
  @Test func oneSaveLogsAndClosesIt() throws {
    let app = try goldenDesk(width: 110, height: 36)
    let store = InquiryStore(db: app.db, clock: .fixed(GoldenScreenTests.today))
    let closedCount = "SELECT count(*) FROM inquiries WHERE status = 'closed'"
    let before = try app.db.scalarInt(closedCount)
    var keys = 0
    func press(_ key: Key) {
      app.handle(key)
      keys += 1
    }
    press(.ctrl("n"))
    for c in "Hvornår har I åbent i julen?" { app.handle(.char(c)) }
    press(.tab)
    press(.right)  // the category
    press(.tab)
    press(.right)  // answered now: helped
    press(.ctrl("s"))
    let text = app.render(width: 110, height: 36).text
    #expect(text.contains("er logget og lukket: Hjulpet."))
    #expect(keys == 6)
    #expect(try app.db.scalarInt(closedCount) == before + 1)
    let id = try app.db.scalarInt("SELECT max(id) FROM inquiries")
    let inquiry = try #require(try store.inquiry(id: id))
    #expect(inquiry.status.isClosed && inquiry.outcome == .helped)
    #expect(try store.timeline(id: id).map(\.kind) == [.created, .closed])
  }
}
