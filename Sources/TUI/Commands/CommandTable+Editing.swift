/// The keys of every text field (the search lines, forms, F3's profile and
/// F4's search): the editing keys every terminal user knows from readline.
/// Printable keys are the text itself; these are the rest.
extension CommandTable {
  /// Where a text field has the keyboard.
  static let typing = Context.having(.takesText)

  static let editing: [Command] = [
    Command(
      id: .cursorLeft, keys: [.left, .ctrl("b")], contexts: typing, hint: nil,
      help: (
        "Et tegn til venstre (i et valg: forrige mulighed)",
        "One character left (in a choice: the previous option)"
      )),
    Command(
      id: .cursorRight, keys: [.right], contexts: typing, hint: nil,
      help: (
        "Et tegn til højre (i et valg: næste mulighed)",
        "One character right (in a choice: the next option)"
      )),
    // ^F is readline's "forward" only where Find is not one key away.
    Command(
      id: .cursorRight, keys: [.ctrl("f")], contexts: [.form, .find], hint: nil,
      help: (
        "Et tegn til højre (i søgelinjer og profiler er Ctrl-F Find)",
        "One character right (in search lines and profiles Ctrl-F is Find)"
      )),
    Command(
      id: .wordLeft, keys: [.altLeft], contexts: typing, hint: nil,
      help: ("Et ord til venstre", "One word left")),
    Command(
      id: .wordRight, keys: [.altRight], contexts: typing, hint: nil,
      help: ("Et ord til højre", "One word right")),
    Command(
      id: .cursorStart, keys: [.home, .ctrl("a")], contexts: typing, hint: nil,
      help: ("Til starten af feltet", "To the start of the field")),
    Command(
      id: .cursorEnd, keys: [.end, .ctrl("e")], contexts: typing, hint: nil,
      help: ("Til slutningen af feltet", "To the end of the field")),
    Command(
      id: .deleteBack, keys: [.backspace], contexts: typing, hint: nil,
      help: ("Slet tegnet før markøren", "Delete the character before the cursor")),
    Command(
      id: .deleteForward, keys: [.delete, .ctrl("d")], contexts: typing, hint: nil,
      help: ("Slet tegnet under markøren", "Delete the character under the cursor")),
    Command(
      id: .clearToStart, keys: [.ctrl("u")], contexts: typing, hint: nil,
      help: ("Slet alt før markøren (ved slutningen: alt)", "Delete all before the cursor")),
    Command(
      id: .clearToEnd, keys: [.ctrl("k")], contexts: typing, hint: nil,
      help: ("Slet alt fra markøren og frem", "Delete from the cursor to the end")),
    Command(
      id: .deleteWord, keys: [.ctrl("w")], contexts: typing, hint: nil,
      help: ("Slet ordet før markøren", "Delete the word before the cursor")),
  ]
}
