import Core

/// F2 Henvendelser's state: "Mine", "Alle åbne" and "Lukkede", and one inquiry with
/// its timeline.
struct InquiriesState {
  /// The active staff, for handing over.
  var staff: [Staff] = []
  /// Everyone who ever worked here, for initials on old inquiries.
  var allStaff: [Staff] = []
  var categories: [InquiryCategory] = []

  enum Mode: Equatable {
    case list
    /// Typing in the search line of the view shown.
    case search
    case detail
  }

  enum View: Int, CaseIterable {
    case mine, allOpen, closed
  }

  struct Detail: Equatable {
    var inquiry: Inquiry
    var events: [InquiryEvent]
    var scroll = 0
  }

  /// One association's inquiries, open and closed (F1's `h`), in place of
  /// the views until `v` or Esc.
  struct AssociationFilter: Equatable {
    let id: Int64
    let name: String
  }

  var mode: Mode = .list
  var view: View = .mine
  var association: AssociationFilter?
  /// "Alle åbne" grouped by owner (the contact person's morning view), or by date.
  var byOwner = true
  var query = TextField()
  var rows: [InquiryRow] = []
  var exhausted = false
  var selected = 0
  var scroll = 0
  var pageSize = 10
  var counts: [OwnerCount] = []
  var detail: Detail?

  var context: Context {
    switch mode {
    case .list: return .inquiryList
    case .search: return .inquirySearch
    case .detail: return .inquiryDetail
    }
  }

  var selectedRow: InquiryRow? { rows.indices.contains(selected) ? rows[selected] : nil }

  /// What the open views are filtered by (the closed view carries its own).
  var openSearch: String { view == .closed && association == nil ? "" : query.text }

  /// The stored view this pane shows for the staff member `me`.
  func storeView(me: Int64?) -> InquiryView {
    if let association { return .association(id: association.id) }
    switch view {
    case .mine: return .mine(ownerID: me ?? -1)
    case .allOpen: return byOwner ? .allOpenByOwner : .allOpenByDate
    case .closed: return .closed(search: query.text)
    }
  }

  /// A key (and what the table says it means); returns what to do next.
  mutating func handle(_ key: Key, _ command: CommandID?) -> [InquiriesEffect] {
    if mode == .search, command?.isEditing ?? true {
      guard query.changes(key, command) else { return [] }
      selected = 0
      scroll = 0
      return [.reload]
    }
    guard let command else { return [] }
    return perform(command)
  }

  private mutating func perform(_ command: CommandID) -> [InquiriesEffect] {
    switch (mode, command) {
    case (.detail, _): return performInDetail(command)
    case (_, .nextView):
      // From one association's inquiries, `v` goes back to the views.
      if association == nil { view = View(rawValue: (view.rawValue + 1) % View.allCases.count)! }
      association = nil
      // A search belongs to the view it filtered.
      query = TextField()
      if mode == .search { mode = .list }
      selected = 0
      scroll = 0
      return [.reload]
    case (_, .sortByOwner):
      guard view == .allOpen else { return [] }
      byOwner.toggle()
      selected = 0
      return [.reload]
    case (_, .search):
      // The view you are in, filtered as you type.
      mode = .search
      query.selectAll()
      return []
    case (.search, .clearSearch) where query.text.isEmpty:
      // Already empty: the keyboard stays in the line (↓ reaches the list).
      return []
    case (.search, .clearSearch),
      (.list, .back) where !query.text.isEmpty:
      // Esc clears the search: the whole view again, and the keyboard in
      // the search line, so what is typed next is text.
      mode = .search
      query = TextField()
      selected = 0
      scroll = 0
      return [.reload]
    case (.list, .back):
      guard let association else { return [] }
      // Back where the list was asked for: the association's file.
      self.association = nil
      selected = 0
      scroll = 0
      return [.reload, .backToAssociation(association.id)]
    case (_, .up): return move(-1)
    case (.search, .down):
      // The list gets the keyboard on the row that was marked (the one
      // Enter opens from the search line), as in F1.
      mode = .list
      return []
    case (_, .down): return move(1)
    case (_, .pageUp): return move(-pageSize)
    case (_, .pageDown): return move(pageSize)
    case (_, .top): return move(-selected)
    case (_, .bottom): return move(rows.count)
    case (_, .open):
      return selectedRow.map { [.open($0.id)] } ?? []
    case (_, .edit):
      return selectedRow.map { [.form(.edit, $0.id)] } ?? []
    case (_, .showRecord):
      return selectedRow.map { [.personalData($0.id)] } ?? []
    case (_, .editCategories): return [.editCategories]
    default: return []
    }
  }

  /// A letter typed right after an Esc left the list with the keyboard:
  /// it starts a search of the view shown, never a command.
  mutating func typeAfterEscape(_ key: Key) -> [InquiriesEffect]? {
    guard mode == .list else { return nil }
    mode = .search
    query.selectAll()
    return handle(key, nil)
  }

  private mutating func performInDetail(_ command: CommandID) -> [InquiriesEffect] {
    guard let detail, let id = detail.inquiry.id else { return [] }
    switch command {
    case .back:
      self.detail = nil
      mode = .list
      return [.reload]
    case .up: self.detail?.scroll = max(0, detail.scroll - 1)
    case .down: self.detail?.scroll = detail.scroll + 1
    case .pageUp: self.detail?.scroll = max(0, detail.scroll - pageSize)
    case .pageDown: self.detail?.scroll = detail.scroll + pageSize
    case .edit: return [.form(.edit, id)]
    case .addNote: return [.form(.note, id)]
    case .addCall: return [.form(.call, id)]
    case .changeStatus: return [.form(.status, id)]
    case .moveFollowUp: return [.form(.followUp, id)]
    case .handOver: return [.form(.handover, id)]
    case .closeInquiry: return [.form(.close, id)]
    case .reopenInquiry: return [.form(.reopen, id)]
    case .matchInquiry: return [.matchInquiry(id)]
    case .referralStatus: return [.referralStatus(id)]
    case .showRecord: return [.personalData(id)]
    case .applications: return [.applications(id)]
    default: break
    }
    return []
  }

  private mutating func move(_ delta: Int) -> [InquiriesEffect] {
    guard !rows.isEmpty else { return [] }
    selected = max(0, min(rows.count - 1, selected + delta))
    return selected >= rows.count - 5 && !exhausted ? [.loadMore] : []
  }

  /// What an effect found, applied here: the only way loaded data gets in.
  mutating func apply(_ message: InquiriesMessage) {
    switch message {
    case .lookups(let staff, let allStaff, let categories):
      self.staff = staff ?? self.staff
      self.allStaff = allStaff ?? self.allStaff
      self.categories = categories ?? self.categories
    case .counts(let counts): self.counts = counts
    case .rows(let rows, let keepSelection):
      let keptID = keepSelection ? selectedRow?.id : nil
      self.rows = rows
      exhausted = rows.count < InquiriesMessage.page
      if let keptID, let index = rows.firstIndex(where: { $0.id == keptID }) {
        selected = index
      } else if !keepSelection {
        selected = 0
      }
      selected = min(selected, max(0, rows.count - 1))
    case .more(let page):
      rows += page
      exhausted = page.count < InquiriesMessage.page
    case .detail(let inquiry, let events):
      let scroll = detail?.inquiry.id == inquiry.id ? detail?.scroll ?? 0 : 0
      detail = Detail(inquiry: inquiry, events: events, scroll: scroll)
    case .opened:
      if detail != nil { mode = .detail }
    case .views:
      association = nil
      selected = 0
      scroll = 0
    case .association(let filter):
      association = filter
      mode = .list
      detail = nil
      query = TextField()
      selected = 0
      scroll = 0
    }
  }
}

/// Which small form an inquiry action opens.
enum InquiryFormKind: Equatable {
  case edit, note, call, status, followUp, handover, close, reopen
}
