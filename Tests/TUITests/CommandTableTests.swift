import Testing

@testable import TUI

@Suite struct CommandTableTests {
  /// A key means one thing where it applies: two commands on one key in one
  /// context would make the second unreachable (as `k` for categories once was).
  @Test func noKeyIsTakenTwiceInOneContext() {
    for context in Context.all {
      var seen: [Key: CommandID] = [:]
      for command in CommandTable.all where command.contexts.contains(context) {
        for key in command.keys {
          if let earlier = seen[key], earlier != command.id {
            Issue.record("\(key) in \(context): \(earlier) and \(command.id)")
          }
          seen[key] = command.id
        }
      }
    }
  }

  @Test func everyInquiryActionHasAHintOrHelp() {
    let ids: [CommandID] = [
      .newInquiry, .addNote, .addCall, .changeStatus, .moveFollowUp, .handOver, .closeInquiry,
      .reopenInquiry, .nextView, .editCategories, .switchStaff,
    ]
    for id in ids {
      let command = CommandTable.all.first { $0.id == id }
      #expect(command?.helpText(.danish).isEmpty == false, "\(id)")
      #expect(command?.helpText(.english).isEmpty == false, "\(id)")
    }
  }
}
