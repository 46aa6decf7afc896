import Core
import Testing

@testable import TUI

/// Text fields take readline's keys through the command table, and the
/// widgets on top (a question, the help) act only on keys with a row.
@Suite struct EditingKeysTests {
  /// Types `text`, then applies each key as the table reads it in a form.
  func field(_ text: String, then keys: [Key]) -> TextField {
    var field = TextField()
    for c in text { _ = field.handle(.char(c), nil) }
    for key in keys { _ = field.handle(key, CommandTable.command(for: key, in: .form)) }
    return field
  }

  @Test func readlineKeysEditTheField() {
    #expect(field("lokale tirsdag", then: [.ctrl("w")]).text == "lokale ")
    #expect(field("lokale tirsdag", then: [.ctrl("a"), .ctrl("k")]).text == "")
    #expect(field("lokale tirsdag", then: [.altLeft, .ctrl("u")]).text == "tirsdag")
    #expect(field("lokale tirsdag", then: [.home, .altRight, .ctrl("k")]).text == "lokale")
    #expect(
      field("lokale tirsdag", then: [.altLeft, .altLeft, .ctrl("d")]).text == "okale tirsdag")
    #expect(field("lokale", then: [.ctrl("a"), .ctrl("e"), .backspace]).text == "lokal")
    #expect(field("ab", then: [.left, .char("x")]).text == "axb")
    #expect(field("ab", then: [.home, .delete]).text == "b")
  }

  @Test func everyEditingKeyIsARowInEveryTextContext() {
    let keys: [Key] = [
      .left, .right, .altLeft, .altRight, .home, .end, .ctrl("a"), .ctrl("e"), .ctrl("b"),
      .ctrl("f"), .backspace, .delete, .ctrl("d"), .ctrl("u"), .ctrl("k"), .ctrl("w"),
    ]
    for context in CommandTable.typing {
      for key in keys {
        // Ctrl-F is Find in a pane's own text line (→ moves there); in a
        // form and in Find's line it is readline's forward.
        if key == .ctrl("f") && CommandTable.panes.contains(context) {
          #expect(CommandTable.command(for: key, in: context) == .find, "\(context)")
          continue
        }
        #expect(
          CommandTable.command(for: key, in: context)?.isEditing == true, "\(key) in \(context)")
      }
    }
  }

  @Test func questionsAndHelpAnswerOnlyTheirRows() {
    #expect(CommandTable.command(for: .char("j"), in: .confirm) == .yes)
    #expect(CommandTable.command(for: .char("y"), in: .confirm) == .yes)
    #expect(CommandTable.command(for: .escape, in: .confirm) == .no)
    #expect(CommandTable.command(for: .char("x"), in: .confirm) == nil)
    let confirm = Confirm(question: "?", asked: Asked(by: .desk, question: DeskQuestion.quit))
    #expect(confirm.answer(CommandTable.command(for: .char("x"), in: .confirm)) == nil)
    var help = HelpOverlay()
    let down = help.handle(CommandTable.command(for: .char("j"), in: .help))
    #expect(down && help.scroll == 1)
    let other = help.handle(CommandTable.command(for: .char("x"), in: .help))
    #expect(other)  // no row: the help stays open
    let escape = help.handle(CommandTable.command(for: .escape, in: .help))
    #expect(!escape)
  }

  /// A one-question form (go to a date) is done on Enter; Tab and ↓ only move.
  @Test func onlyEnterCompletesAOneQuestionForm() {
    var form = BookingChangeForm.goTo(lang: .danish)
    for key in [Key.tab, .down] {
      #expect(form.handle(key, CommandTable.command(for: key, in: .form)) == .none)
    }
    #expect(form.handle(.enter, CommandTable.command(for: .enter, in: .form)) == .save)
  }
}
