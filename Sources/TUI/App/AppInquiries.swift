import Core

/// The inquiries side of the app: who is at the keyboard, the lists, and
/// the forms of logging and following through.
extension App {
  var words: InquiryWords { InquiryWords(lang: lang, categories: categories, staff: allStaff) }

  var overdueText: String {
    overdueMine == 1
      ? lang.pick("Du har 1 forfalden henvendelse (F2).", "You have 1 overdue inquiry (F2).")
      : lang.pick(
        "Du har \(overdueMine) forfaldne henvendelser (F2).",
        "You have \(overdueMine) overdue inquiries (F2).")
  }

  /// The staff picker: the list, and "add yourself" first.
  func askWhoIsHere() {
    staff = (try? inquiryStore.directory.staff()) ?? staff
    let options =
      [(label: lang.pick("+ Tilføj mig selv …", "+ Add myself …"), value: nil as Int64?)]
      + staff.map { (label: "\($0.initials)  \($0.name)", value: Optional($0.id)) }
    var picker = Picker(
      purpose: .staff, title: lang.pick("Hvem sidder ved skranken?", "Who is at the desk?"),
      options: options, current: me?.id)
    if me == nil && !staff.isEmpty { picker.selected = 1 }
    modals.append(.picker(picker))
  }

  func chooseStaff(_ id: Int64?) {
    guard let id else {
      modals.append(.form(InquiryActionForm.staffForm(lang: lang), .staff))
      return
    }
    me = staff.first { $0.id == id }
    refreshInquiries()
    message = (lang.pick("Ved tastaturet: ", "At the keyboard: ") + (me?.initials ?? ""), false)
    if overdueMine > 0 { message = (overdueText, true) }
  }

  func newInquiry() {
    guard me != nil else {
      message = (lang.pick("Vælg først, hvem du er.", "First choose who you are."), true)
      askWhoIsHere()
      return
    }
    var inquiry = Inquiry()
    inquiry.categoryID = categories.first?.id ?? 0
    inquiry.followUp = inquiryStore.today.adding(7)
    modals.append(
      .form(
        InquiryForm.make(inquiry, categories: categories, lang: lang, today: inquiryStore.today),
        .inquiry(inquiry)))
  }

  /// Reads counts, my overdue number, the list and an open detail again.
  func refreshInquiries() {
    do {
      inquiries.counts = try inquiryStore.ownerCounts()
      overdueMine = try me.map { try inquiryStore.overdueCount(ownerID: $0.id) } ?? 0
      seenDataVersion = try store.db.dataVersion()
      seenDay = inquiryStore.today
    } catch { show(error) }
    reloadInquiries(keepSelection: true)
    if let id = inquiries.detail?.inquiry.id { loadInquiryDetail(id) }
  }

  func reloadInquiries(keepSelection: Bool = false) {
    let keptID = keepSelection ? inquiries.selectedRow?.id : nil
    do {
      inquiries.rows = try inquiryStore.page(inquiries.storeView(me: me?.id), limit: 100)
      inquiries.exhausted = inquiries.rows.count < 100
      if let keptID, let index = inquiries.rows.firstIndex(where: { $0.id == keptID }) {
        inquiries.selected = index
      } else if !keepSelection {
        inquiries.selected = 0
      }
      inquiries.selected = min(inquiries.selected, max(0, inquiries.rows.count - 1))
    } catch { show(error) }
  }

  func loadMoreInquiries() {
    guard let last = inquiries.rows.last, !inquiries.exhausted else { return }
    do {
      let page = try inquiryStore.page(inquiries.storeView(me: me?.id), after: last, limit: 100)
      inquiries.rows += page
      inquiries.exhausted = page.count < 100
    } catch { show(error) }
  }

  func openInquiry(_ id: Int64) {
    loadInquiryDetail(id)
    if inquiries.detail != nil { inquiries.mode = .detail }
  }

  func loadInquiryDetail(_ id: Int64) {
    do {
      guard let inquiry = try inquiryStore.inquiry(id: id) else { throw InquiryError.notFound }
      let scroll = inquiries.detail?.inquiry.id == id ? inquiries.detail?.scroll ?? 0 : 0
      inquiries.detail = InquiriesPane.Detail(
        inquiry: inquiry, events: try inquiryStore.timeline(id: id), scroll: scroll)
    } catch { show(error) }
  }

  func openInquiryForm(_ kind: InquiryFormKind, _ id: Int64) {
    guard me != nil else {
      askWhoIsHere()
      return
    }
    do {
      guard let inquiry = try inquiryStore.inquiry(id: id) else { throw InquiryError.notFound }
      if kind == .edit {
        let form = InquiryForm.make(
          inquiry, categories: categoryChoices(keeping: inquiry.categoryID), lang: lang,
          today: inquiryStore.today)
        modals.append(.form(form, .inquiry(inquiry)))
        return
      }
      if kind == .reopen && !inquiry.status.isClosed {
        throw InquiryError.notClosed
      }
      if kind != .reopen && kind != .note && kind != .call && inquiry.status.isClosed {
        throw InquiryError.alreadyClosed
      }
      staff = try inquiryStore.directory.staff()
      let form = InquiryActionForm.make(
        kind, inquiry, staff: staff, lang: lang, today: inquiryStore.today)
      modals.append(.form(form, .inquiryAction(kind, inquiry)))
    } catch { show(error) }
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

  /// A box per category (ticked: offered in the form) and a field for a new one.
  func openCategoriesForm() {
    do {
      var fields = try inquiryStore.directory.categories(includeInactive: true).map { category in
        FormField(
          key: "cat:\(category.id)", label: category.name(lang), value: .check(category.active))
      }
      fields.append(
        FormField(
          key: "new", label: lang.pick("Ny kategori", "New category"), value: .text(TextField())))
      var form = Form(title: lang.pick("Kategorier", "Categories"), fields: fields)
      form.footer = lang.pick(
        "Mellemrum viser/skjuler. Skjulte bruges ikke til nye henvendelser. Ctrl-S gemmer.",
        "Space shows/hides. Hidden ones are not offered for new inquiries. Ctrl-S saves.")
      modals.append(.form(form, .categories))
    } catch { show(error) }
  }

  /// Another desk wrote (SQLite's data_version moved): read the lists again.
  /// Called by the event loop while waiting for keys.
  /// True when something was read again (the screen needs drawing).
  @discardableResult
  public func tick() -> Bool {
    let found = pollBackground()
    // Past midnight, yesterday's follow-ups become overdue without any write.
    let dayChanged = inquiryStore.today != seenDay
    guard let version = try? store.db.dataVersion(), version != seenDataVersion || dayChanged
    else { return found }
    refreshInquiries()
    if pane.mode != .detail { runSearch(keepSelection: true) }
    if activePane == 4 {
      reloadWeek()
      if rooms.focus != .week { findRooms() }
    }
    return true
  }
}
