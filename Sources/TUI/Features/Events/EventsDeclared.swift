import Core

/// F7 Arrangementer as it declares itself (see `Feature`).
extension PaneID {
  static let events = PaneID(7)
}

extension Context {
  /// F7: the coming events, a line each.
  static let eventList = Context(
    "eventList", [.pane, .tabs, .moves, .pages, .opens, .edits, .quits])
  /// F7: one event and its participants (Space ticks who came).
  static let eventPeople = Context(
    "eventPeople", [.pane, .tabs, .moves, .pages, .backs, .edits, .quits])
  /// F7: a year's prize nominations (Enter chooses the marked one).
  static let eventPrizes = Context("eventPrizes", [.pane, .tabs, .moves, .backs, .quits])
}

extension Feature {
  static let events = Feature(
    tab: Tab(
      id: .events, title: ("Arrangementer", "Events"),
      help: (
        "Arrangementer: kurser, temadage, møder, tilmeldinger",
        "Events: courses, theme days, meetings, sign-ups"
      ),
      make: { try EventsFeature($0) }),
    places: [
      Place(.eventList, ("Arrangementer (F7)", "Events (F7)")),
      Place(.eventPeople, ("Et arrangements deltagere (F7)", "An event's participants (F7)")),
      Place(.eventPrizes, ("Årets priser (F7)", "The year's prizes (F7)")),
    ],
    guide: (
      "Arrangementer er centrets egne: kurser, temadage, netværks- og dialogmøder, Frivillig Fredag. n opretter et (i et af centrets lokaler, som bookes med det samme, eller på en adresse); e retter det, x aflyser det (lokalet bliver ledigt). Enter åbner deltagerne: t tilmelder (ud over pladserne kommer man på venteliste), x afmelder (den første på ventelisten rykker op), Mellemrum krydser af som mødt, p skriver listen til døren. i viser årets priser: frivilligprisen og Årets Forening, med indstillinger; Enter vælger vinderen.",
      "Events are the centre's own: courses, theme days, network and dialogue meetings, Frivillig Fredag. n adds one (in one of the centre's rooms, booked at once, or at an address); e edits it, x calls it off (the room is free again). Enter opens the participants: t signs up (past the seats, on the waiting list), x cancels (the first waiting moves up), Space ticks who came, p writes the list for the door. i shows the year's prizes: the volunteer prize and association of the year, with nominations; Enter chooses the winner."
    ),
    commands: { CommandTable.events },
    shows: {
      switch $0 {
      case .event, .signUp: return true
      default: return false
      }
    })
}
