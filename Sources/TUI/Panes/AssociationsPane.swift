import Core

/// F1 Foreninger: the search line, the result list and one association's detail.
struct AssociationsPane {
  enum Mode: Equatable {
    case search
    case list
    case detail
  }

  struct Detail {
    var association: Association
    var activities: [Activity]
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

  mutating func handle(_ key: Key) -> [Effect] {
    if let command = CommandTable.command(for: key, in: context) {
      return perform(command)
    }
    if mode == .search, query.handle(key) {
      selected = 0
      scroll = 0
      return [.search]
    }
    return []
  }

  private mutating func perform(_ command: CommandID) -> [Effect] {
    switch (mode, command) {
    case (_, .help): return [.help]
    case (_, .quit): return [.quit]
    case (.detail, _): return performInDetail(command)
    case (_, .search):
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
    case (.search, .back):
      mode = .list
      return []
    case (_, .clearSearch):
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
    default: return []
    }
  }

  private mutating func performInDetail(_ command: CommandID) -> [Effect] {
    guard var detail else { return [] }
    defer { self.detail = detail }
    let count = detail.activities.count
    switch command {
    case .back:
      self.detail = nil
      mode = .list
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

  private mutating func move(_ delta: Int) -> [Effect] {
    guard !hits.isEmpty else { return [] }
    selected = max(0, min(hits.count - 1, selected + delta))
    var effects: [Effect] = []
    if selected >= hits.count - 5 && !exhausted { effects.append(.loadMore) }
    if let hit = selectedHit, preview?.association.id != hit.id { effects.append(.preview(hit.id)) }
    return effects
  }
}
