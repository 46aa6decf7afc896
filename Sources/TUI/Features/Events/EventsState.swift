import Core

/// F7's state: the coming events, or one event with its participants and
/// the session attendance is ticked for. Changed only by `handle` (keys)
/// and `apply` (what an effect found).
struct EventsState {
  var lines: [EventLine] = []
  var selected = 0
  var scroll = 0
  /// The event open, with its counts and participants; nil: the list.
  var event: Event?
  var session: EventSession?
  var counts = EventCounts()
  var people: [SignUp] = []
  var person = 0
  var personScroll = 0
  /// The prizes' year shown (`EventsState+Prizes`); nil: not shown.
  var prizeYear: Int?
  var nominations: [Nomination] = []
  var nomination = 0

  var context: Context {
    if prizeYear != nil { return .eventPrizes }
    return event == nil ? .eventList : .eventPeople
  }

  var selectedLine: EventLine? { lines.indices.contains(selected) ? lines[selected] : nil }
  var selectedPerson: SignUp? { people.indices.contains(person) ? people[person] : nil }

  mutating func handle(_ command: CommandID?) -> [EventsEffect] {
    if prizeYear != nil { return handlePrizes(command) }
    if event != nil { return handlePeople(command) }
    switch command {
    case .down: selected = min(max(0, lines.count - 1), selected + 1)
    case .up: selected = max(0, selected - 1)
    case .pageDown: selected = min(max(0, lines.count - 1), selected + 10)
    case .pageUp: selected = max(0, selected - 10)
    case .open: return selectedLine.map { [.open($0.id)] } ?? []
    case .newEvent: return [.newEvent]
    case .showPrizes: return [.prizes(nil)]
    case .edit: return selectedLine.map { [.editEvent($0.id)] } ?? []
    case .callOff: return selectedLine.map { $0.cancelled ? [] : [.callOff($0)] } ?? []
    default: break
    }
    return []
  }

  private mutating func handlePeople(_ command: CommandID?) -> [EventsEffect] {
    // A called-off event is only looked at (and its door list kept).
    if event?.status == .cancelled,
      [.signUp, .cancelSignUp, .tickAttended, .edit].contains(command)
    {
      return []
    }
    switch command {
    case .down: person = min(max(0, people.count - 1), person + 1)
    case .up: person = max(0, person - 1)
    case .pageDown: person = min(max(0, people.count - 1), person + 10)
    case .pageUp: person = max(0, person - 10)
    case .back:
      apply(.closed)
      return [.reload]
    case .signUp: return [.signUp]
    case .edit: return event.map { [.editEvent($0.id)] } ?? []
    case .cancelSignUp: return selectedPerson.map { [.cancel($0)] } ?? []
    case .tickAttended:
      guard let signup = selectedPerson, signup.status == .signed else { return [] }
      return [.tick(signup)]
    case .printDoorList: return [.printDoorList]
    case .nextSession: return moveSession(1)
    case .previousSession: return moveSession(-1)
    default: break
    }
    return []
  }

  private mutating func moveSession(_ step: Int) -> [EventsEffect] {
    guard let event, let session, let at = event.sessions.firstIndex(of: session) else { return [] }
    let next = at + step
    guard event.sessions.indices.contains(next) else { return [] }
    apply(.session(next))
    return [.open(event.id)]
  }

  mutating func apply(_ message: EventsMessage) {
    switch message {
    case .lines(let lines):
      let kept = selectedLine?.id
      self.lines = lines
      selected =
        kept.flatMap { id in lines.firstIndex { $0.id == id } }
        ?? min(selected, max(0, lines.count - 1))
    case .opened(let event, let session, let counts, let people):
      let kept = selectedPerson?.id
      if self.event?.id != event.id { person = 0 }
      self.event = event
      self.session = session
      self.counts = counts
      self.people = people
      person =
        kept.flatMap { id in people.firstIndex { $0.id == id } }
        ?? min(person, max(0, people.count - 1))
    case .closed:
      event = nil
      session = nil
      people = []
      person = 0
      personScroll = 0
    case .session(let index):
      session = event.flatMap { $0.sessions.indices.contains(index) ? $0.sessions[index] : nil }
    case .prizes(let year, let nominations):
      let kept = selectedNomination?.id
      if prizeYear != year { nomination = 0 }
      prizeYear = year
      self.nominations = nominations
      nomination =
        kept.flatMap { id in nominations.firstIndex { $0.id == id } }
        ?? min(nomination, max(0, nominations.count - 1))
    case .prizesClosed:
      prizeYear = nil
      nominations = []
    case .person(let id):
      person = people.firstIndex { $0.id == id } ?? person
    }
  }
}
