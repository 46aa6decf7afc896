import Core

/// F1 Foreninger: the search as you type, the list, one association and its
/// activities, and their forms.
final class AssociationsFeature: Pane {
  unowned let desk: Desk
  private(set) var state = AssociationsState()
  let store: AssociationStore
  let search: SearchService
  var areas: [Area] = []
  /// Whether the screen is wide enough for the selected association's preview.
  private var previewEnabled = false

  init(_ desk: Desk) throws {
    self.desk = desk
    store = desk.stores.associations
    search = desk.stores.search
    areas = try store.areas()
    runSearch()
  }

  /// The one way this feature's code changes the pane's state.
  func send(_ message: AssociationsMessage) { state.apply(message) }

  var lang: Language { desk.lang }
  var context: Context { state.context }
  var hasUnsavedChanges: Bool { false }
  var associationShown: Int64? { state.mode == .detail ? state.detail?.association.id : nil }

  var footnote: String? {
    guard state.mode != .detail else { return nil }
    let count = state.hits.count
    let more = state.exhausted ? "" : "+"
    return count == 1
      ? lang.pick("1 forening", "1 association")
      : lang.pick("\(count)\(more) foreninger", "\(count)\(more) associations")
  }

  func typeAfterEscape(_ key: Key) -> Bool {
    guard let effects = state.typeAfterEscape(key) else { return false }
    for effect in effects { perform(effect) }
    return true
  }

  func handle(_ key: Key, command: CommandID?) {
    let leavingDetail = state.mode == .detail && command == .back
    for effect in state.handle(key, command) { perform(effect) }
    if leavingDetail && state.backToStale {
      send(.backToStale(false))
      showStale()
    }
  }

  func receive(_ event: DeskEvent) {
    switch event {
    case .refresh:
      // A group added or hidden on the command line is offered (or not).
      try? store.reloadTargetGroups()
      // A file open reads again too: an inquiry about it may just have
      // been logged over it (Ctrl-N), or another desk booked for it.
      if state.mode != .detail {
        runSearch(keepSelection: true)
      } else if let id = state.detail?.association.id {
        reloadDetail(id)
      }
    case .open(.association(let id)):
      // Back to the file already open (Esc from its inquiries in F2): where
      // it was, read again.
      if state.mode == .detail, state.detail?.association.id == id {
        reloadDetail(id)
      } else {
        perform(.open(id))
      }
    default: break
    }
  }

  /// The wide layout needs the selected association's detail, loaded here
  /// so drawing never reads the database.
  func layout(width: Int, height: Int) {
    previewEnabled = width >= AssociationsState.previewWidth && height >= App.minimumHeight
    if previewEnabled, let hit = state.selectedHit, state.preview?.association.id != hit.id {
      send(.preview(try? loadDetail(hit.id, history: false)))
    }
  }

  func render(into grid: inout Grid, rect: Rect) {
    state.render(into: &grid, rect: rect, lang: lang, groups: store.targetGroups, areas: areas)
  }

  func perform(_ effect: AssociationsEffect) {
    switch effect {
    case .search: runSearch()
    case .loadMore: loadMore()
    case .showStale: showStale()
    case .deleteAssociation(let id): askToDelete(id)
    case .mergeAssociation(let id): askToMerge(id)
    case .undoDelete: undoDelete()
    case .editRegister(let id): openRegister(id)
    case .showInquiries(let id): desk.bring(.request(InquiriesRequest.list(associationID: id)))
    case .applications(let id):
      ApplicationEditor(desk: desk, host: .associations).pick(
        associationID: id, name: state.detail?.association.name ?? "")
    case .confirmDetails(let id):
      do {
        try desk.stores.register.confirm(associationID: id)
        reloadDetail(id)
        desk.say(
          lang.pick(
            "Oplysningerne er bekræftet i dag.", "The details are confirmed as of today."),
          isError: false)
      } catch { desk.show(error) }
    case .open(let id):
      do {
        guard let detail = try loadDetail(id) else { throw StoreError.notFound }
        send(.opened(detail))
      } catch { desk.show(error) }
    case .preview(let id):
      guard previewEnabled else { return }
      send(.preview(try? loadDetail(id, history: false)))
    case .pickTargetGroup:
      pick(
        lang.pick("Målgruppe", "Target group"),
        all: lang.pick("Alle målgrupper", "All target groups"),
        store.targetGroups.filter { $0.active || $0.id == state.filter.targetGroupID }
          .map { ($0.name(lang), $0.id) }, current: state.filter.targetGroupID, .targetGroup)
    case .pickArea:
      areas = (try? store.areas()) ?? areas
      pick(
        lang.pick("Område", "Area"), all: lang.pick("Alle områder", "All areas"),
        areas.map { ($0.name, $0.id) }, current: state.filter.areaID, .area)
    case .newAssociation:
      var blank = Association(name: "")
      blank.name = state.query.text.trimmed  // what was searched for is often the new name
      openForm(blank)
    case .editAssociation(let id):
      do {
        guard let association = try store.association(id: id) else { throw StoreError.notFound }
        openForm(association)
      } catch { desk.show(error) }
    case .confirmToggleActive(let id): confirmToggleActive(id)
    case .newActivity(let id):
      let area = state.detail?.association.area ?? ""
      openForm(Activity(associationID: id, title: "", area: area))
    case .editActivity(let activity): openForm(activity)
    }
  }

  /// A filter picker: "all" first, then the choices; choosing searches again.
  private func pick(
    _ title: String, all: String, _ choices: [(String, Int64)], current: Int64?,
    _ filter: AssociationsQuestion.Filter
  ) {
    let options =
      [(label: all, value: nil as Int64?)] + choices.map { (label: $0.0, value: Optional($0.1)) }
    desk.present(
      .picker(
        Picker(title: title, options: options, current: current),
        asking(.filter(filter))))
  }

  func runSearch(keepSelection: Bool = false) {
    do {
      let hits = try search.search(state.searchQuery, limit: AssociationsMessage.page)
      send(.hits(hits, keepSelection: keepSelection))
      if let hit = state.selectedHit { perform(.preview(hit.id)) }
    } catch { desk.show(error) }
  }

  private func loadMore() {
    guard let last = state.hits.last, !state.exhausted else { return }
    do {
      send(
        .more(
          try search.search(state.searchQuery, after: last.cursor, limit: AssociationsMessage.page))
      )
    } catch { desk.show(error) }
  }

  /// The association's file; `history` for the full file (not the preview
  /// beside the list, which is read at every move).
  func loadDetail(_ id: Int64, history: Bool = true) throws -> AssociationsState.Detail? {
    guard let association = try store.association(id: id) else { return nil }
    let entry = try desk.stores.register.entry(associationID: id)
    return AssociationsState.Detail(
      association: association, activities: try store.activities(of: id),
      register: DetailView.registerRows(
        entry,
        // Only the one named (read at every move of the preview).
        contact: try entry.centreContactID.flatMap {
          try desk.stores.staff.staff(id: $0)
        }, today: desk.today, lang: lang),
      history: history
        ? try desk.stores.history(associationID: id, today: desk.today) : nil,
      today: desk.today)
  }

  func reloadDetail(_ id: Int64) {
    guard state.detail?.association.id == id, let fresh = try? loadDetail(id) else { return }
    send(.reloaded(fresh))
  }
}
