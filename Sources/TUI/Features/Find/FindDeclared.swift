import Core

/// Find (Ctrl-F) as it declares itself: not a pane, drawn over any.
extension Context {
  /// Find (Ctrl-F): typing in its line over everything.
  static let find = Context(
    "find", [.takesText, .writing, .searchLine, .pages, .opens, .backs])
}

extension Feature {
  static let find = Feature(
    places: [Place(.find, ("Find (Ctrl-F)", "Find (Ctrl-F)"))],
    guide: (
      "Find søger i alt på én gang: foreninger og aktiviteter, åbne og lukkede henvendelser (navn, telefon med eller uden mellemrum, e-mail, tekst, #123), borgere, lokaler og foreningernes bookinger. Åbne og kommende står før lukkede og forbi. Enter åbner i sin rude; Esc rydder linjen og går så tilbage, hvor du var.",
      "Find searches everything at once: associations and activities, open and closed inquiries (name, phone with or without spaces, e-mail, text, #123), citizens, rooms and the associations' bookings. Open and upcoming come before closed and past. Enter opens it in its pane; Esc clears the line, then goes back to where you were."
    ),
    commands: { CommandTable.find })
}
