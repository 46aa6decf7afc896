import Core

/// F1 Foreninger's state: the search line, the result list and one association's detail.
struct AssociationsState {
  enum Mode: Equatable {
    case search
    case list
    case detail
  }

  struct Detail {
    var association: Association
    var activities: [Activity]
    /// The centre's register, as rows of the detail.
    var register: [(label: String, value: String)] = []
    /// Its bookings and the referrals to its activities (the full file only).
    var history: AssociationHistory? = nil
    var today: Day? = nil
    var selectedActivity = 0
    var scroll = 0
    /// Scroll to the selected activity (after j/k), not after paging.
    var follow = false
  }

  var mode: Mode = .search
  var query = TextField()
  var filter = SearchQuery()
  var hits: [SearchHit] = []
  var exhausted = false
  var selected = 0
  var scroll = 0
  var detail: Detail?
  /// The selected association's detail, for the wide layout's preview.
  var preview: Detail?
  /// The association the last Del took, for `u` to put back.
  var lastDeleted: AssociationCleanup.Deleted?
  /// The detail was opened from the stale list: Esc goes back to it (one
  /// shorter once this one is confirmed), so calling them is Enter, b, Esc.
  var backToStale = false
  /// Rows the list had at the last draw, for paging keys.
  var pageSize = 10

  var context: Context {
    switch mode {
    case .search: return .search
    case .list: return .list
    case .detail: return .detail
    }
  }

  var selectedHit: SearchHit? { hits.indices.contains(selected) ? hits[selected] : nil }

  /// The query the list shows: the typed text plus the filters.
  var searchQuery: SearchQuery {
    var query = filter
    query.text = self.query.text
    return query
  }

  /// A key (and what the table says it means); returns what to do next.
  mutating func handle(_ key: Key, _ command: CommandID?) -> [AssociationsEffect] {
    if mode == .search, command?.isEditing ?? true {
      guard query.changes(key, command) else { return [] }
      selected = 0
      scroll = 0
      return [.search]
    }
    guard let command else { return [] }
    return perform(command)
  }

  private mutating func perform(_ command: CommandID) -> [AssociationsEffect] {
    switch (mode, command) {
    case (.detail, _): return performInDetail(command)
    case (_, .search):
      mode = .search
      return []
    case (.search, .down):
      // The list gets the keyboard on purpose, on the row that was marked
      // (the one Enter opened from the search line); an empty list too,
      // where n makes the first association.
      mode = .list
      return []
    case (.list, .up) where selected == 0:
      mode = .search
      return []
    case (_, .up): return move(-1)
    case (_, .down): return move(1)
    case (_, .pageUp): return move(-pageSize)
    case (_, .pageDown): return move(pageSize)
    case (_, .top): return move(-selected)
    case (_, .bottom): return move(hits.count)
    case (_, .open):
      guard let hit = selectedHit else { return [] }
      return [.open(hit.id)]
    case (_, .clearSearch):
      // Back in the search line, empty: what is typed next is text, never
      // a command on the association that happened to be selected.
      mode = .search
      guard !query.text.isEmpty else { return [] }
      query.set("")
      return [.search]
    case (_, .filterGroup): return [.pickTargetGroup]
    case (_, .filterArea): return [.pickArea]
    case (_, .filterActive):
      let all = ActiveFilter.allCases
      filter.active = all[(all.firstIndex(of: filter.active)! + 1) % all.count]
      return [.search]
    case (_, .newAssociation): return [.newAssociation]
    case (_, .edit):
      return selectedHit.map { [.editAssociation($0.id)] } ?? []
    case (_, .toggleActive):
      return selectedHit.map { [.confirmToggleActive($0.id)] } ?? []
    case (_, .showStale): return [.showStale]
    case (_, .deleteAssociation): return selectedHit.map { [.deleteAssociation($0.id)] } ?? []
    case (_, .mergeAssociation): return selectedHit.map { [.mergeAssociation($0.id)] } ?? []
    case (_, .undoDelete): return [.undoDelete]
    default: return []
    }
  }

  /// A letter typed right after an Esc left the list with the keyboard:
  /// it is text, a new search (the old one replaced), never a command.
  mutating func typeAfterEscape(_ key: Key) -> [AssociationsEffect]? {
    guard mode == .list else { return nil }
    mode = .search
    query.selectAll()
    return handle(key, nil)
  }

  private mutating func performInDetail(_ command: CommandID) -> [AssociationsEffect] {
    guard var detail else { return [] }
    defer { self.detail = detail }
    let count = detail.activities.count
    switch command {
    case .back:
      // Back in the search line with the last search selected: what is
      // typed next is a new search (it replaces the old one), never a
      // list command on whichever association is marked. ↓ reaches the list.
      mode = .search
      query.selectAll()
      return [.search]
    case .up:
      detail.selectedActivity = max(0, detail.selectedActivity - 1)
      detail.follow = true
    case .down:
      detail.selectedActivity = max(0, min(count - 1, detail.selectedActivity + 1))
      detail.follow = true
    case .pageUp:
      detail.scroll = max(0, detail.scroll - pageSize)
      detail.follow = false
    case .pageDown:
      detail.scroll += pageSize
      detail.follow = false
    case .edit: return [.editAssociation(detail.association.id!)]
    case .toggleActive: return [.confirmToggleActive(detail.association.id!)]
    case .confirmDetails: return [.confirmDetails(detail.association.id!)]
    case .deleteAssociation: return [.deleteAssociation(detail.association.id!)]
    case .mergeAssociation: return [.mergeAssociation(detail.association.id!)]
    case .editRegister: return [.editRegister(detail.association.id!)]
    case .showInquiries: return [.showInquiries(detail.association.id!)]
    case .applications: return [.applications(detail.association.id!)]
    case .newActivity: return [.newActivity(detail.association.id!)]
    case .editActivity:
      guard detail.activities.indices.contains(detail.selectedActivity) else { return [] }
      return [.editActivity(detail.activities[detail.selectedActivity])]
    case .search:
      self.detail = nil
      mode = .search
    default: break
    }
    return []
  }

  private mutating func move(_ delta: Int) -> [AssociationsEffect] {
    guard !hits.isEmpty else { return [] }
    selected = max(0, min(hits.count - 1, selected + delta))
    var effects: [AssociationsEffect] = []
    if selected >= hits.count - 5 && !exhausted { effects.append(.loadMore) }
    if let hit = selectedHit, preview?.association.id != hit.id { effects.append(.preview(hit.id)) }
    return effects
  }

  /// What an effect found, applied here: the only way loaded data gets in.
  mutating func apply(_ message: AssociationsMessage) {
    switch message {
    case .hits(let hits, let keepSelection):
      let keptID = keepSelection ? selectedHit?.id : nil
      self.hits = hits
      exhausted = hits.count < AssociationsMessage.page
      if let keptID, let index = hits.firstIndex(where: { $0.id == keptID }) {
        selected = index
      } else {
        selected = keepSelection ? min(selected, max(0, hits.count - 1)) : 0
      }
    case .more(let page):
      hits += page
      exhausted = page.count < AssociationsMessage.page
    case .opened(let detail):
      self.detail = detail
      mode = .detail
    case .reloaded(let fresh):
      // Read again in place: the same activity marked, scrolled as it was.
      let kept = detail
      detail = fresh
      detail?.selectedActivity = min(
        kept?.selectedActivity ?? 0, max(0, fresh.activities.count - 1))
      detail?.scroll = kept?.scroll ?? 0
      detail?.follow = kept?.follow ?? false
    case .preview(let detail): preview = detail
    case .select(let id):
      if let index = hits.firstIndex(where: { $0.id == id }) { selected = index }
    case .targetGroup(let id):
      filter.targetGroupID = id
      selected = 0
    case .area(let id):
      filter.areaID = id
      selected = 0
    case .removed(let id, let undo):
      lastDeleted = undo
      if detail?.association.id == id {
        detail = nil
        mode = .list
      }
      if preview?.association.id == id { preview = nil }
    case .restored: lastDeleted = nil
    case .backToStale(let back): backToStale = back
    }
  }
}
