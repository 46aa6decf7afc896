import Core

/// I dag: the desk's day on one screen, where skranke opens. Reads the day
/// when shown and whenever another desk writes; a line opens its object in
/// its own pane. Handovers are marked until the next time I dag is opened.
final class TodayFeature: Pane {
  unowned let desk: Desk
  private(set) var state = TodayState()
  let store: TodayStore
  /// The last handover already seen when I dag was opened: what came after
  /// stays marked while it is looked at, through refreshes.
  private var seenAtOpen: Int64?

  init(_ desk: Desk) throws {
    self.desk = desk
    store = desk.stores.today
  }

  /// The one way this feature's code changes the pane's state.
  func send(_ message: TodayMessage) { state.apply(message) }

  var lang: Language { desk.lang }
  var context: Context { state.context }
  var footnote: String? { nil }
  var hasUnsavedChanges: Bool { false }

  func handle(_ key: Key, command: CommandID?) {
    for effect in state.handle(command) { perform(effect) }
  }

  func receive(_ event: DeskEvent) {
    switch event {
    case .shown, .staffChanged:
      if case .staffChanged = event { send(.newDesk) }
      seenAtOpen = desk.me.flatMap { try? store.seenHandover(staffID: $0.id) }
      read()
      // Shown now: the handovers on screen are not new next time.
      if let me = desk.me, state.plan.newestHandover > (seenAtOpen ?? 0) {
        try? store.markSeen(staffID: me.id, upTo: state.plan.newestHandover)
      }
    case .refresh: read()
    default: break
    }
  }

  func layout(width: Int, height: Int) {}

  func render(into grid: inout Grid, rect: Rect) {
    let who = desk.me.map { "\($0.name) (\($0.initials))" } ?? ""
    state.render(into: &grid, rect: rect, title: desk.today.dayTitle(lang), who: who)
  }

  func perform(_ effect: TodayEffect) {
    switch effect {
    case .open(.inquiry(let id)): desk.bring(.open(.inquiry(id)))
    case .open(.citizen(let id)): desk.bring(.open(.citizen(id)))
    case .open(.week(let roomID, let day, let hour)):
      desk.bring(.open(.booking(roomID: roomID, day: day, hour: hour)))
    case .open(.round(let id)):
      ApplicationEditor(desk: desk, host: .today).showRound(id)
    case .open(.rounds): pickRound()
    case .open(.event(let id)): desk.bring(.open(.event(id)))
    case .printDay: askPrintDay()
    }
  }

  /// Reads the day again (the day may have changed at midnight too).
  func read() {
    do {
      let plan = try store.plan(for: desk.me?.id, handoversAfter: seenAtOpen)
      send(.plan(plan, lines: TodayLines.make(plan, me: desk.me, today: desk.today, lang: lang)))
    } catch { desk.show(error) }
  }
}
