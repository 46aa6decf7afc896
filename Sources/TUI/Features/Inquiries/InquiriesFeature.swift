import Core

/// F2 Henvendelser: the lists, one inquiry and its timeline, and the forms
/// of logging and following through (saved in `InquiriesSave.swift`).
final class InquiriesFeature: Pane {
  unowned let desk: Desk
  private(set) var state = InquiriesState()
  let inquiryStore: InquiryStore
  let referrals: ReferralStore
  var staff: [Staff] { state.staff }
  var allStaff: [Staff] { state.allStaff }
  var categories: [InquiryCategory] { state.categories }
  /// For the inquiry form's association field.
  let associations: AssociationStore

  init(_ desk: Desk) throws {
    self.desk = desk
    inquiryStore = desk.stores.inquiries
    referrals = desk.stores.referrals
    associations = desk.stores.associations
    let directory = inquiryStore.directory
    send(
      .lookups(
        staff: try directory.staff(), allStaff: try directory.staff(includeInactive: true),
        categories: try directory.categories()))
    refresh()
  }

  /// The one way this feature's code changes the pane's state.
  func send(_ message: InquiriesMessage) { state.apply(message) }

  var lang: Language { desk.lang }
  var context: Context { state.context }
  var footnote: String? { nil }
  var hasUnsavedChanges: Bool { false }
  /// In one association's list, Ctrl-N logs an inquiry about it.
  var associationShown: Int64? { state.mode == .detail ? nil : state.association?.id }
  var words: InquiryWords {
    InquiryWords(
      lang: lang, categories: categories, staff: allStaff,
      associationName: { [associations] in try? associations.association(id: $0)?.name })
  }

  /// An open inquiry can be closed and handed over, a closed one reopened.
  func offers(_ command: CommandID) -> Bool {
    // In the list, Esc only clears a search.
    if state.mode == .list, command == .back {
      return !state.query.text.isEmpty || state.association != nil
    }
    guard state.mode == .detail, let inquiry = state.detail?.inquiry else { return true }
    switch command {
    case .closeInquiry, .handOver, .changeStatus, .moveFollowUp: return !inquiry.status.isClosed
    case .reopenInquiry: return inquiry.status.isClosed
    default: return true
    }
  }

  func handle(_ key: Key, command: CommandID?) {
    for effect in state.handle(key, command) { perform(effect) }
  }

  func typeAfterEscape(_ key: Key) -> Bool {
    guard let effects = state.typeAfterEscape(key) else { return false }
    for effect in effects { perform(effect) }
    return true
  }

  func receive(_ event: DeskEvent) {
    switch event {
    case .shown:
      // One association's list belongs to the way it was asked for (F1's
      // h, which sends `InquiriesRequest.list` right after this); coming back to
      // F2 otherwise shows the views.
      if state.association != nil { send(.views) }
      refresh()
    case .refresh: refresh()
    case .staffChanged:
      send(.lookups(allStaff: try? inquiryStore.directory.staff(includeInactive: true)))
      refresh()
    case .open(.inquiry(let id)): open(id)
    case .request(let new as NewInquiry): newInquiry(about: new.about)
    case .request(let request as InquiriesRequest):
      switch request {
      case .list(let id): listInquiries(associationID: id)
      }
    default: break
    }
  }

  func layout(width: Int, height: Int) {}

  func render(into grid: inout Grid, rect: Rect) {
    state.render(into: &grid, rect: rect, lang: lang, words: words, today: desk.today, me: desk.me)
  }

  func perform(_ effect: InquiriesEffect) {
    switch effect {
    case .reload: reload()
    case .loadMore: loadMore()
    case .open(let id): open(id)
    case .form(let kind, let id): openForm(kind, id)
    case .editCategories: openCategoriesForm()
    case .matchInquiry(let id): desk.bring(.request(CitizensRequest.match(inquiryID: id)))
    case .referralStatus(let id): openReferralStatus(id)
    case .personalData(let id): showPersonalData(id)
    case .applications(let id): openApplications(id)
    case .backToAssociation(let id): desk.bring(.open(.association(id)))
    }
  }

  /// `about`: the association shown in front (F1's file), filled in.
  func newInquiry(about: Int64? = nil) {
    guard desk.me != nil else {
      desk.say(lang.pick("Vælg først, hvem du er.", "First choose who you are."), isError: true)
      desk.askWhoIsHere()
      return
    }
    var inquiry = Inquiry()  // no category: the form asks for one
    inquiry.followUp = desk.today.adding(7)
    if let about, let association = try? associations.association(id: about) {
      // From its file, most often the association itself calls; a citizen
      // asking about it is one choice away (Hvem spørger).
      inquiry.associationID = about
      inquiry.associationName = association.name
      inquiry.askerKind = .association
    }
    openForm(inquiry)
  }

  /// F1's `h`: the association's inquiries, newest first.
  func listInquiries(associationID id: Int64) {
    do {
      guard let association = try associations.association(id: id) else {
        throw StoreError.notFound
      }
      send(.association(.init(id: id, name: association.name)))
      reload()
    } catch { desk.show(error) }
  }

  /// Reads counts, the list and an open detail again.
  func refresh() {
    do {
      send(.counts(try inquiryStore.ownerCounts()))
    } catch { desk.show(error) }
    reload(keepSelection: true)
    if let id = state.detail?.inquiry.id { loadDetail(id) }
  }

  func reload(keepSelection: Bool = false) {
    do {
      let rows = try inquiryStore.page(
        state.storeView(me: desk.me?.id), search: state.openSearch,
        limit: InquiriesMessage.page)
      send(.rows(rows, keepSelection: keepSelection))
    } catch { desk.show(error) }
  }

  private func loadMore() {
    guard let last = state.rows.last, !state.exhausted else { return }
    do {
      send(
        .more(
          try inquiryStore.page(
            state.storeView(me: desk.me?.id), search: state.openSearch, after: last,
            limit: InquiriesMessage.page)))
    } catch { desk.show(error) }
  }

  func open(_ id: Int64) {
    loadDetail(id)
    send(.opened)
  }

  func loadDetail(_ id: Int64) {
    do {
      guard let inquiry = try inquiryStore.inquiry(id: id) else { throw InquiryError.notFound }
      send(.detail(inquiry, try inquiryStore.timeline(id: id)))
    } catch { desk.show(error) }
  }

  func openForm(_ kind: InquiryFormKind, _ id: Int64, colleagues: Bool = false) {
    guard let me = desk.me else {
      desk.askWhoIsHere()
      return
    }
    do {
      guard let inquiry = try inquiryStore.inquiry(id: id) else { throw InquiryError.notFound }
      if kind == .edit {
        openForm(inquiry)
        return
      }
      if kind == .reopen && !inquiry.status.isClosed {
        throw InquiryError.notClosed
      }
      if kind != .reopen && kind != .note && kind != .call && inquiry.status.isClosed {
        throw InquiryError.alreadyClosed
      }
      send(.lookups(staff: try inquiryStore.directory.staff()))
      // A colleague's inquiry is closed or handed on only on purpose.
      if kind == .close || kind == .handover, inquiry.ownerID != me.id, !colleagues {
        let owner = staff.first { $0.id == inquiry.ownerID }?.initials ?? "?"
        desk.present(
          .confirm(
            Confirm(
              question: kind == .close
                ? lang.pick(
                  "#\(id) er \(owner)'s. Luk alligevel?", "#\(id) is \(owner)'s. Close it anyway?")
                : lang.pick(
                  "#\(id) er \(owner)'s. Overdrag alligevel?",
                  "#\(id) is \(owner)'s. Hand it over anyway?"),
              asked: asking(.colleagues(kind, id)))))
        return
      }
      desk.present(
        .form(
          InquiryActionForm.make(kind, inquiry, staff: staff, lang: lang, today: desk.today),
          asking(.action(kind, seen: inquiry))))
    } catch { desk.show(error) }
  }

  /// A new inquiry (no id) or an edit of one, as it was loaded.
  func openForm(_ inquiry: Inquiry) {
    var form = InquiryForm.make(
      inquiry, categories: categoryChoices(keeping: inquiry.categoryID), lang: lang,
      today: desk.today)
    let isNew = inquiry.id == nil
    InquiryForm.complete(&form, isNew: isNew, lang: lang, lookup: lookupAssociation)
    desk.present(.form(form, asking(.inquiry(base: inquiry))))
  }

  /// The associations what a worker typed may name (as the booking form's).
  func lookupAssociation(_ typed: String) -> [(id: Int64, name: String)] {
    (try? associations.associations(matching: typed, limit: 50)) ?? []
  }

  /// The categories a form offers: the shown ones, plus the inquiry's own
  /// if it has since been hidden (so editing never changes it by accident).
  func categoryChoices(keeping id: Int64) -> [InquiryCategory] {
    if categories.contains(where: { $0.id == id }) { return categories }
    let hidden = (try? inquiryStore.directory.categories(includeInactive: true))?.first {
      $0.id == id
    }
    return categories + (hidden.map { [$0] } ?? [])
  }

  private func openReferralStatus(_ inquiryID: Int64) {
    do {
      let list = try referrals.referrals(inquiryID: inquiryID)
      guard !list.isEmpty else {
        desk.say(
          lang.pick(
            "Ingen henvisninger på denne henvendelse. Tryk b for at finde en aktivitet.",
            "No referrals on this inquiry. Press b to find an activity."))
        return
      }
      desk.present(
        .form(
          ReferralStatusForm.make(list, lang: lang, today: desk.today),
          asking(.referralStatus(inquiryID, list))))
    } catch { desk.show(error) }
  }
}
