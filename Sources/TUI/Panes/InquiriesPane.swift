import Core

/// F2 Henvendelser: "Mine", "Alle åbne" and "Lukkede", and one inquiry with
/// its timeline.
struct InquiriesPane {
  enum Mode: Equatable {
    case list
    /// Typing in the search line of the closed view.
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

  var mode: Mode = .list
  var view: View = .mine
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

  /// The stored view this pane shows for the staff member `me`.
  func storeView(me: Int64?) -> InquiryView {
    switch view {
    case .mine: return .mine(ownerID: me ?? -1)
    case .allOpen: return byOwner ? .allOpenByOwner : .allOpenByDate
    case .closed: return .closed(search: query.text)
    }
  }

  mutating func handle(_ key: Key) -> [Effect] {
    if let command = CommandTable.command(for: key, in: context) {
      return perform(command)
    }
    if mode == .search, query.handle(key) {
      selected = 0
      scroll = 0
      return [.reloadInquiries]
    }
    return []
  }

  private mutating func perform(_ command: CommandID) -> [Effect] {
    switch (mode, command) {
    case (_, .help): return [.help]
    case (_, .quit): return [.quit]
    case (.detail, _): return performInDetail(command)
    case (_, .nextView):
      view = View(rawValue: (view.rawValue + 1) % View.allCases.count)!
      selected = 0
      scroll = 0
      return [.reloadInquiries]
    case (_, .sortByOwner):
      guard view == .allOpen else { return [] }
      byOwner.toggle()
      selected = 0
      return [.reloadInquiries]
    case (_, .search):
      view = .closed
      mode = .search
      return [.reloadInquiries]
    case (.search, .back):
      mode = .list
      return []
    case (_, .up): return move(-1)
    case (_, .down):
      if mode == .search { mode = .list }
      return move(1)
    case (_, .pageUp): return move(-pageSize)
    case (_, .pageDown): return move(pageSize)
    case (_, .top): return move(-selected)
    case (_, .bottom): return move(rows.count)
    case (_, .open):
      return selectedRow.map { [.openInquiry($0.id)] } ?? []
    case (_, .edit):
      return selectedRow.map { [.inquiryForm(.edit, $0.id)] } ?? []
    case (_, .editCategories): return [.editCategories]
    default: return []
    }
  }

  private mutating func performInDetail(_ command: CommandID) -> [Effect] {
    guard let detail, let id = detail.inquiry.id else { return [] }
    switch command {
    case .back:
      self.detail = nil
      mode = .list
      return [.reloadInquiries]
    case .up: self.detail?.scroll = max(0, detail.scroll - 1)
    case .down: self.detail?.scroll = detail.scroll + 1
    case .pageUp: self.detail?.scroll = max(0, detail.scroll - pageSize)
    case .pageDown: self.detail?.scroll = detail.scroll + pageSize
    case .edit: return [.inquiryForm(.edit, id)]
    case .addNote: return [.inquiryForm(.note, id)]
    case .addCall: return [.inquiryForm(.call, id)]
    case .changeStatus: return [.inquiryForm(.status, id)]
    case .moveFollowUp: return [.inquiryForm(.followUp, id)]
    case .handOver: return [.inquiryForm(.handover, id)]
    case .closeInquiry: return [.inquiryForm(.close, id)]
    case .reopenInquiry: return [.inquiryForm(.reopen, id)]
    case .matchInquiry: return [.matchInquiry(id)]
    case .referralStatus: return [.referralStatus(id)]
    default: break
    }
    return []
  }

  private mutating func move(_ delta: Int) -> [Effect] {
    guard !rows.isEmpty else { return [] }
    selected = max(0, min(rows.count - 1, selected + delta))
    return selected >= rows.count - 5 && !exhausted ? [.loadMoreInquiries] : []
  }
}

/// Which small form an inquiry action opens.
enum InquiryFormKind: Equatable {
  case edit, note, call, status, followUp, handover, close, reopen
}
