import Core
import Testing

@testable import TUI

/// A save flow as a message: the question a pane asked and the answer
/// given, straight to the pane, with no terminal and no screen drawn.
@Suite struct AnswerTests {
  static let today = Day(year: 2026, month: 11, day: 23)!

  func desk() throws -> App {
    let path = temporaryDirectory("skranke-answers") + "/a.db"
    let store = try AssociationStore(db: try Database(path: path))
    try StaffDirectory(db: store.db).add(initials: "KM", name: "Karen Madsen")
    return try App(
      store: store, lang: .danish, databaseLabel: "a.db", staffInitials: "KM",
      clock: .fixed(Self.today), startOnAssociations: true)
  }

  @Test func aBadDateKeepsTheFormOpenWithItsError() throws {
    let app = try desk()
    let rooms = app.pane(RoomsFeature.self)
    var form = BookingChangeForm.goTo(lang: .danish)
    form.fields[0].value = .text(TextField("banan"))
    let kept = rooms.answer(RoomsQuestion.goToDate, .save(form))
    #expect(kept?.form.fields[0].error != nil)
    #expect(rooms.state.weekStart == Self.today.monday)
  }

  @Test func aGoodDateMovesTheWeekAndClosesTheForm() throws {
    let app = try desk()
    let rooms = app.pane(RoomsFeature.self)
    var form = BookingChangeForm.goTo(lang: .danish)
    form.fields[0].value = .text(TextField("2027-01-06"))
    #expect(rooms.answer(RoomsQuestion.goToDate, .save(form)) == nil)
    #expect(rooms.state.weekStart == Day(year: 2027, month: 1, day: 4))
  }

  @Test func anAnswerToAnotherPanesQuestionChangesNothing() throws {
    let app = try desk()
    let rooms = app.pane(RoomsFeature.self)
    #expect(rooms.answer(TodayQuestion.round, .chosen(1)) == nil)
    #expect(rooms.state.weekStart == Self.today.monday)
  }

  @Test func theShellDeliversAFormsAnswerToThePaneThatAsked() throws {
    let app = try desk()
    app.handle(.function(4))
    app.handle(.char("g"))  // go to a date
    guard case .form(_, let asked)? = app.modals.last else {
      Issue.record("no go-to-date form")
      return
    }
    #expect(asked.by == .pane(.rooms))
    #expect(asked.question is RoomsQuestion)
  }
}
