import Core

/// After any Esc, what is typed is text (issue 25): the shell's side of
/// the rule. `App.afterEscape` is set by Esc; while it is set, a letter
/// that would be a pane's command goes to the pane's search line, or is
/// held back with a word on what to do.
extension App {
  /// Keys that mean the same after an Esc: help, and the ones that open a
  /// line to type in.
  static func meantAfterEscape(_ command: CommandID?) -> Bool {
    [.help, .search, .find, .findRoom].contains(command)
  }

  /// After any Esc, what is typed is text: the pane's search line takes it,
  /// or, where there is none, the letter does nothing and says why.
  func typeAfterEscape(_ key: Key, _ command: CommandID?) {
    if front.typeAfterEscape(key) { return }
    let label = CommandTable.all.first { $0.id == command }?.hintLabel(lang)
    let what = (key.printable.map { String($0) } ?? "") + (label.map { " (\($0))" } ?? "")
    say(
      command == nil
        ? lang.pick(
          "Lige efter Esc er bogstaver ikke kommandoer.",
          "Right after Esc, letters are not commands.")
        : lang.pick(
          "\(what) virker efter en piletast: lige efter Esc er bogstaver ikke kommandoer.",
          "\(what) works after an arrow key: right after Esc, letters are not commands."),
      isError: true)
  }
}
