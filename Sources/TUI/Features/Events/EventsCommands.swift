extension CommandID {
  static let newEvent = CommandID("newEvent")
  static let signUp = CommandID("signUp")
  static let cancelSignUp = CommandID("cancelSignUp")
  static let tickAttended = CommandID("tickAttended")
  static let printDoorList = CommandID("printDoorList")
  static let nextSession = CommandID("nextSession")
  static let previousSession = CommandID("previousSession")
  static let showPrizes = CommandID("showPrizes")
  static let callOff = CommandID("callOff")
  static let nominate = CommandID("nominate")
  static let chooseWinner = CommandID("chooseWinner")
  static let previousYear = CommandID("previousYear")
  static let nextYear = CommandID("nextYear")
}

/// The keys of F7 Arrangementer: a new event in the list; in an event's
/// participants, signing up, cancelling, ticking who came and the list
/// for the door.
extension CommandTable {
  static let events: [Command] = [
    Command(
      id: .newEvent, keys: [.char("n")], contexts: [.eventList], hint: ("Nyt", "New"),
      help: (
        "Nyt arrangement: titel, slags, hvornår (tir 17-20 til 30-03), lokale eller adresse, pladser",
        "New event: title, kind, when (tue 17-20 until 30-03), room or address, seats"
      )),
    Command(
      id: .callOff, keys: [.char("x")], contexts: [.eventList], hint: ("Aflys", "Call off"),
      help: (
        "Aflys det markerede arrangement (lokalet bliver ledigt; tilmeldingerne bliver stående)",
        "Call off the marked event (the room is free again; the sign-ups stay)"
      )),
    Command(
      id: .showPrizes, keys: [.char("i")], contexts: [.eventList], hint: ("Priser", "Prizes"),
      help: (
        "Årets priser: frivilligprisen og Årets Forening, indstillinger og vinder",
        "The year's prizes: the volunteer prize and association of the year, nominations, winner"
      )),
    Command(
      id: .nominate, keys: [.char("n")], contexts: [.eventPrizes], hint: ("Indstil", "Nominate"),
      help: (
        "Indstil en person eller en forening (hvem indstiller, hvorfor)",
        "Nominate a person or an association (who nominates, why)"
      )),
    Command(
      id: .chooseWinner, keys: [.enter], contexts: [.eventPrizes],
      hint: ("Vælg vinder", "Choose winner"),
      help: (
        "Vælg den markerede som årets vinder (★; vælg en anden for at skifte)",
        "Choose the marked one as the year's winner (★; choose another to change)"
      )),
    Command(
      id: .previousYear, keys: [.left, .char("h")], contexts: [.eventPrizes], hint: nil,
      help: ("Året før", "The year before")),
    Command(
      id: .nextYear, keys: [.right, .char("l")], contexts: [.eventPrizes], hint: nil,
      help: ("Året efter", "The year after")),
    Command(
      id: .signUp, keys: [.char("t")], contexts: [.eventPeople], hint: ("Tilmeld", "Sign up"),
      help: (
        "Tilmeld en person eller en forening (ud over pladserne: venteliste)",
        "Sign up a person or an association (past the seats: the waiting list)"
      )),
    Command(
      id: .cancelSignUp, keys: [.char("x")], contexts: [.eventPeople],
      hint: ("Afmeld", "Cancel"),
      help: (
        "Afmeld den markerede (den første på ventelisten rykker op)",
        "Cancel the marked sign-up (the first waiting moves up)"
      )),
    Command(
      id: .tickAttended, keys: [.char(" ")], contexts: [.eventPeople],
      hint: ("Mødt", "Came"),
      help: (
        "Kryds af som mødt til gangen, der vises (og fjern krydset igen)",
        "Tick as come to the session shown (and untick)"
      )),
    Command(
      id: .previousSession, keys: [.left, .char("h")], contexts: [.eventPeople], hint: nil,
      help: ("Gangen før (et forløb)", "The session before (a series)")),
    Command(
      id: .nextSession, keys: [.right, .char("l")], contexts: [.eventPeople], hint: nil,
      help: ("Gangen efter (et forløb)", "The session after (a series)")),
    Command(
      id: .printDoorList, keys: [.char("p")], contexts: [.eventPeople],
      hint: ("Dørliste", "Door list"),
      help: (
        "Skriv listen til døren (navn, forening, felt til kryds) til en fil eller printeren",
        "Write the list for the door (name, association, a box to tick) to a file or the printer"
      )),
  ]
}
