import Core

/// How the app carries out what handlers ask for: the only place (besides
/// saving forms) where key handling leads to database work.
extension App {
  func perform(_ effect: Effect) {
    switch effect {
    case .search: runSearch()
    case .loadMore: loadMore()
    case .open(let id): open(id)
    case .preview(let id):
      guard previewEnabled else { return }
      pane.preview = try? loadDetail(id)
    case .pickTargetGroup:
      let options =
        [(lang.pick("Alle målgrupper", "All target groups"), nil as Int64?)]
        + store.targetGroups.map { ($0.name(lang), Optional($0.id)) }
      modals.append(
        .picker(
          Picker(
            purpose: .targetGroup, title: lang.pick("Målgruppe", "Target group"),
            options: options.map { (label: $0.0, value: $0.1) }, current: pane.filter.targetGroupID)
        ))
    case .pickArea:
      areas = (try? store.areas()) ?? areas
      let options =
        [(lang.pick("Alle områder", "All areas"), nil as Int64?)]
        + areas.map { ($0.name, Optional($0.id)) }
      modals.append(
        .picker(
          Picker(
            purpose: .area, title: lang.pick("Område", "Area"),
            options: options.map { (label: $0.0, value: $0.1) }, current: pane.filter.areaID)))
    case .newAssociation:
      var blank = Association(name: "")
      blank.name = pane.query.text.trimmed  // what was searched for is often the new name
      openForm(.association(blank))
    case .editAssociation(let id):
      do {
        guard let association = try store.association(id: id) else { throw StoreError.notFound }
        openForm(.association(association))
      } catch { show(error) }
    case .confirmToggleActive(let id):
      guard let association = try? store.association(id: id) else { return }
      let question =
        association.active
        ? lang.pick(
          "Deaktivér \"\(association.name)\"? Den vises så ikke i søgningen, men kan genaktiveres.",
          "Deactivate \"\(association.name)\"? It will no longer show in searches, but can be reactivated."
        )
        : lang.pick("Genaktivér \"\(association.name)\"?", "Reactivate \"\(association.name)\"?")
      modals.append(
        .confirm(Confirm(question: question, action: .setActive(id, !association.active))))
    case .newActivity(let id):
      let area = pane.detail?.association.area ?? ""
      openForm(.activity(Activity(associationID: id, title: "", area: area)))
    case .editActivity(let activity): openForm(.activity(activity))
    case .help: modals.append(.help(HelpOverlay(first: context)))
    case .quit: requestQuit()
    case .reloadInquiries: reloadInquiries()
    case .loadMoreInquiries: loadMoreInquiries()
    case .openInquiry(let id): openInquiry(id)
    case .inquiryForm(let kind, let id): openInquiryForm(kind, id)
    case .editCategories: openCategoriesForm()
    case .rematch, .saveCitizen, .pickCitizen, .showRecord, .refer, .matchInquiry,
      .referralStatus:
      performMatch(effect)
    case .reloadWeek, .findRooms, .goToDate, .pickRoom, .editRoom, .newBooking, .bookRoom,
      .editBooking, .cancelBooking, .undoCancel:
      performRooms(effect)
    }
  }

  /// Called before drawing with the screen size: the wide layout needs the
  /// selected association's detail, loaded here so drawing never reads the database.
  public func layout(width: Int, height: Int) {
    previewEnabled = width >= AssociationsPane.previewWidth && height >= Self.minimumHeight
    if previewEnabled, let hit = pane.selectedHit, pane.preview?.association.id != hit.id {
      pane.preview = try? loadDetail(hit.id)
    }
  }

  func runSearch(keepSelection: Bool = false) {
    let keptID = keepSelection ? pane.selectedHit?.id : nil
    do {
      pane.hits = try search.search(pane.searchQuery, limit: 100)
      pane.exhausted = pane.hits.count < 100
      if let keptID, let index = pane.hits.firstIndex(where: { $0.id == keptID }) {
        pane.selected = index
      } else {
        pane.selected = min(pane.selected, max(0, pane.hits.count - 1))
        if !keepSelection { pane.selected = 0 }
      }
      if let hit = pane.selectedHit { perform(.preview(hit.id)) }
    } catch { show(error) }
  }

  private func loadMore() {
    guard let last = pane.hits.last, !pane.exhausted else { return }
    do {
      let page = try search.search(pane.searchQuery, after: last.cursor, limit: 100)
      pane.hits += page
      pane.exhausted = page.count < 100
    } catch { show(error) }
  }

  func loadDetail(_ id: Int64) throws -> AssociationsPane.Detail? {
    guard let association = try store.association(id: id) else { return nil }
    return AssociationsPane.Detail(
      association: association, activities: try store.activities(of: id))
  }

  private func open(_ id: Int64) {
    do {
      guard let detail = try loadDetail(id) else { throw StoreError.notFound }
      pane.detail = detail
      pane.mode = .detail
    } catch { show(error) }
  }

  func reloadDetail(_ id: Int64) {
    guard pane.detail?.association.id == id, let fresh = try? loadDetail(id) else { return }
    let selected = pane.detail?.selectedActivity ?? 0
    pane.detail = fresh
    pane.detail?.selectedActivity = min(selected, max(0, fresh.activities.count - 1))
  }

  func openForm(_ target: FormTarget) {
    let form: Form
    switch target {
    case .association(let a): form = AssociationForm.make(a, groups: store.targetGroups, lang: lang)
    case .activity(let v): form = ActivityForm.make(v, groups: store.targetGroups, lang: lang)
    case .inquiry, .inquiryAction, .staff, .categories, .referral, .referralStatus, .room,
      .booking, .cancelBooking, .moveBooking, .goToDate:
      return  // opened by AppInquiries, AppMatch and AppRooms
    }
    modals.append(.form(form, target))
  }

  /// Saves a form; on any problem the form stays open with the errors next
  /// to the fields, and nothing is written.
  func save(_ form: Form, _ target: FormTarget) {
    var form = form
    form.clearErrors()
    do {
      switch target {
      case .inquiry, .inquiryAction, .staff, .categories:
        saveInquiryForm(form, target)
        return
      case .referral, .referralStatus:
        saveReferralForm(form, target)
        return
      case .room(let base):
        saveRoom(form, base: base)
        return
      case .booking(let room):
        saveBooking(form, room: room)
        return
      case .cancelBooking, .moveBooking:
        saveBookingChange(form, target)
        return
      case .goToDate:
        goToDate(form)
        return
      case .association(let base):
        let association = AssociationForm.read(form, into: base, groups: store.targetGroups)
        let id = try store.save(association)
        message = (lang.pick("Gemt: ", "Saved: ") + association.name.trimmed, false)
        areas = (try? store.areas()) ?? areas
        if pane.mode == .detail { reloadDetail(id) }
        runSearch(keepSelection: true)
        if base.id == nil, let index = pane.hits.firstIndex(where: { $0.id == id }) {
          pane.selected = index
        }
      case .activity(let base):
        let (activity, errors) = ActivityForm.read(form, into: base, groups: store.targetGroups)
        if !errors.isEmpty { throw StoreError.invalidActivity(errors) }
        try store.save(activity)
        message = (lang.pick("Gemt: ", "Saved: ") + activity.title.trimmed, false)
        reloadDetail(activity.associationID)
      }
    } catch StoreError.invalidAssociation(let errors) {
      form.show(
        Dictionary(uniqueKeysWithValues: errors.map { ($0.key.rawValue, $0.value) }), lang: lang)
      modals.append(.form(form, target))
    } catch StoreError.invalidActivity(let errors) {
      form.show(
        Dictionary(uniqueKeysWithValues: errors.map { ($0.key.rawValue, $0.value) }), lang: lang)
      modals.append(.form(form, target))
    } catch {
      form.message = notDone(error, ("Ikke gemt: ", "Not saved: "))
      modals.append(.form(form, target))
    }
  }
}
