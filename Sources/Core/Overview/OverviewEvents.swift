/// "Kommende arrangementer" on the overview's index and in its booklet:
/// the centre's public events, what, when, where, price and seats left.
/// Never who signed up.
extension OverviewPages {
  func events() -> String {
    guard !overview.events.isEmpty else { return "" }
    var out =
      "<section class=\"events\"><h2>"
      + lang.pick("Kommende arrangementer", "Coming events") + "</h2>\n"
    for event in overview.events {
      out += "<article class=\"event\"><h3>" + HTMLText.escape(event.title) + "</h3>\n"
      var facts = [HTMLText.escape(event.kind.name(lang))]
      if let first = event.sessions.first {
        facts.append(
          HTMLText.escape(
            first.slot.day.label(lang) + " " + first.slot.start.text + "–" + first.slot.end.text))
      }
      if event.sessions.count > 1 {
        let gap = event.sessions[1].slot.day.ordinal - event.sessions[0].slot.day.ordinal
        facts.append(
          gap == 14
            ? lang.pick(
              "\(event.sessions.count) gange, hver anden uge",
              "\(event.sessions.count) sessions, every other week")
            : lang.pick(
              "\(event.sessions.count) gange, hver uge", "\(event.sessions.count) sessions, weekly")
        )
      }
      let place = [event.place, event.address].filter { !$0.isEmpty }.joined(separator: ", ")
      facts.append(HTMLText.escape(place))
      facts.append(event.price > 0 ? "\(event.price) kr." : lang.pick("gratis", "free"))
      out += "<p class=\"when\">" + facts.joined(separator: " · ") + "</p>\n"
      if !event.description.isEmpty {
        out += "<p>" + HTMLText.escape(event.description) + "</p>\n"
      }
      var signup =
        event.seatsLeft > 0
        ? lang.pick("\(event.seatsLeft) ledige pladser", "\(event.seatsLeft) seats left")
        : lang.pick("Fuldt: venteliste", "Full: waiting list")
      if let deadline = event.deadline {
        signup += lang.pick(" · tilmelding senest ", " · sign up by ") + deadline.label(lang)
      }
      out += "<p class=\"signup\">" + HTMLText.escape(signup) + "</p></article>\n"
    }
    return out + "</section>\n"
  }
}
