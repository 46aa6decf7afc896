import Core

/// F7 Arrangementer: the centre's own events. The list reads from today
/// and half a year ahead; an event opens on its participants, where the
/// worker signs up, cancels (the first waiting moves up), ticks who came
/// and writes the list for the door.
final class EventsFeature: Pane {
  unowned let desk: Desk
  private(set) var state = EventsState()
  /// How far ahead the list reads.
  static let daysAhead = 183

  init(_ desk: Desk) throws { self.desk = desk }

  /// The one way this feature's code changes the pane's state.
  func send(_ message: EventsMessage) { state.apply(message) }

  var store: EventStore { desk.stores.events }
  var lang: Language { desk.lang }
  var context: Context { state.context }
  var hasUnsavedChanges: Bool { false }

  var footnote: String? {
    guard state.event == nil, state.prizeYear == nil else { return nil }
    return lang.count(state.lines.count, "arrangement", "arrangementer", "event", "events")
  }

  func offers(_ command: CommandID) -> Bool {
    switch command {
    case .cancelSignUp: return state.event?.status == .active && state.selectedPerson != nil
    case .tickAttended:
      return state.event?.status == .active && state.selectedPerson?.status == .signed
    case .signUp: return state.event?.status == .active
    case .edit:
      if let event = state.event { return event.status == .active }
      return state.selectedLine.map { !$0.cancelled } ?? false
    case .callOff: return state.selectedLine.map { !$0.cancelled } ?? false
    case .open: return state.selectedLine != nil
    case .chooseWinner: return state.selectedNomination.map { !$0.chosen } ?? false
    default: return true
    }
  }

  func handle(_ key: Key, command: CommandID?) {
    for effect in state.handle(command) { perform(effect) }
  }

  func receive(_ event: DeskEvent) {
    switch event {
    case .shown, .refresh: reload()
    case .open(.event(let id)):
      send(.prizesClosed)
      if state.event?.id != id { send(.closed) }
      open(id)
    case .open(.signUp(let event, let id)):
      send(.prizesClosed)
      if state.event?.id != event { send(.closed) }
      open(event)
      send(.person(id))
    default: break
    }
  }

  func layout(width: Int, height: Int) {}

  func render(into grid: inout Grid, rect: Rect) {
    state.render(into: &grid, rect: rect, lang: lang, today: desk.today)
  }

  func perform(_ effect: EventsEffect) {
    switch effect {
    case .reload: reload()
    case .open(let id): open(id)
    case .newEvent: askNewEvent()
    case .editEvent(let id): askEdit(id)
    case .callOff(let line):
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick("Aflys ", "Call off ") + SafeText.oneLine(line.title)
              + lang.pick(
                "? Ingen kan tilmelde sig mere, og et lokale bliver ledigt ved alle gange; de tilmeldte skal have besked.",
                "? No one can sign up any more, and a room is free again at every session; those signed up must be told."
              ),
            asked: asking(.callOff(line)))))
    case .signUp: askSignUp()
    case .cancel(let signup):
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick("Afmeld ", "Cancel the sign-up of ") + SafeText.oneLine(signup.who)
              + "?",
            asked: asking(.cancel(signup)))))
    case .tick(let signup): tick(signup)
    case .printDoorList: askPrintDoorList()
    case .prizes(let year): showPrizes(year)
    case .nominate(let year): askNomination(year)
    case .choose(let nomination): choose(nomination)
    }
  }

  /// Reads the list again, and the open event with it.
  func reload() {
    do {
      send(.lines(try store.lines(from: desk.today, to: desk.today.adding(Self.daysAhead))))
      if let id = state.event?.id { open(id) }
      if let year = state.prizeYear { showPrizes(year) }
    } catch { desk.show(error) }
  }

  /// Opens an event at the session shown (kept while the same event is
  /// open; else today's, or the latest before today, or the first).
  func open(_ id: Int64) {
    do {
      guard let event = try store.event(id: id) else {
        send(.closed)
        desk.say(EventError.notFound(id).message(lang), isError: true)
        return
      }
      let kept = state.event?.id == id ? state.session : nil
      let session =
        kept.flatMap { kept in event.sessions.first { $0.id == kept.id } }
        ?? event.sessionShown(on: desk.today)
      send(
        .opened(
          event, session: session, try store.counts(eventID: id, session: session?.id),
          try store.participants(eventID: id, session: session?.id)))
    } catch { desk.show(error) }
  }

  private func tick(_ signup: SignUp) {
    guard let session = state.session else { return }
    do {
      try store.setAttended(signup: signup.id, session: session.id, !signup.attended)
      if let id = state.event?.id { open(id) }
    } catch { desk.show(error) }
  }

  private func askPrintDoorList() {
    guard let event = state.event else { return }
    let session = state.session
    desk.askToPrint(
      title: lang.pick("Dørliste · ", "Door list · ") + SafeText.oneLine(event.title),
      fileName: lang.pick("doerliste-", "door-list-") + String(event.id) + "-"
        + (session?.slot.day.iso ?? desk.today.iso) + ".txt",
      what: ("Dørlisten", "The door list")
    ) { [store, today = desk.today, lang] in
      DoorList.text(
        event, session: session,
        people: try store.participants(eventID: event.id, session: session?.id), written: today,
        lang: lang)
    }
  }
}
