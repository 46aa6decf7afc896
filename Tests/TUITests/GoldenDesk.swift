import Core

@testable import TUI

/// A desk on a private copy of the golden screens' demo database (or on
/// `db`, made from one), at their date and 10:00, laid out at
/// `width`×`height`: the start of most TUI tests.
func goldenDesk(
  _ lang: Language = .danish, staff: String? = "KM", startOnAssociations: Bool = false,
  width: Int = 100, height: Int = 30, db: Database? = nil
) throws -> App {
  let app = try App(
    store: try AssociationStore(db: try db ?? Database(path: copyOfGoldenDatabase())), lang: lang,
    databaseLabel: "skranke.db", staffInitials: staff,
    clock: .fixed(GoldenScreenTests.today, "10:00"), startOnAssociations: startOnAssociations)
  app.layout(width: width, height: height)
  return app
}

/// Opens inquiry `id` in F2 the way a worker does: Ctrl-F, `#id`, Enter.
func openInquiry(_ app: App, _ id: Int64) {
  app.handle(.ctrl("f"))
  for c in "#\(id)" { app.handle(.char(c)) }
  app.handle(.enter)
}
