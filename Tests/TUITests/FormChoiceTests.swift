import Testing

@testable import TUI

/// A choice field (‹ › round, status, category) changes only on purpose:
/// space or ←/→, or a letter that starts a choice. A new worker pressing `?`
/// for help changed the round and the status unseen (trial finding).
@Suite struct FormChoiceTests {
  func form() -> Form {
    Form(
      title: "t",
      fields: [
        FormField(key: "c", label: "Status", value: .choice(["skrives", "sendt", "afslået"], 0))
      ])
  }

  @Test func punctuationNeverChangesAChoice() {
    var form = form()
    for c in "?-.!/ " where c != " " { _ = form.handle(.char(c), nil) }
    #expect(form.field("c")?.choice == 0)
    _ = form.handle(.char("a"), nil)
    #expect(form.field("c")?.choice == 2)
    _ = form.handle(.char("s"), nil)
    #expect(form.field("c")?.choice == 0)
    _ = form.handle(.char(" "), nil)
    #expect(form.field("c")?.choice == 1)
  }
}
