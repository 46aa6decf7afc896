import Core

/// Saving the inquiry forms. On any problem the form stays open with what
/// was typed, the errors next to the fields, and nothing written.
extension App {
  func saveInquiryForm(_ form: Form, _ target: FormTarget) {
    var form = form
    var target = target
    if form.warnAboutCPR(lang: lang) {
      modals.append(.form(form, target))
      return
    }
    do {
      if case .staff = target {
        let added = try inquiryStore.directory.add(
          initials: form.field("initials")?.text ?? "", name: form.field("name")?.text ?? "")
        staff = try inquiryStore.directory.staff()
        allStaff = try inquiryStore.directory.staff(includeInactive: true)
        chooseStaff(added.id)
        return
      }
      if case .categories = target {
        try saveCategories(form)
        return
      }
      guard let me else { throw InquiryError.unknownStaff }
      var errors: [String: FieldError] = [:]
      switch target {
      case .inquiry(let base):
        let (inquiry, fieldErrors) = InquiryForm.read(
          form, into: base, categories: categoryChoices(keeping: base.categoryID),
          today: inquiryStore.today)
        errors = fieldErrors
        if errors.isEmpty { try saveInquiry(inquiry, base: base, by: me) }
      case .inquiryAction(let kind, let seen):
        errors = try saveAction(kind, form, seen, by: me)
      case .association, .activity, .staff, .categories, .referral, .referralStatus, .room,
        .booking,
        .cancelBooking, .moveBooking, .goToDate:
        return
      }
      if !errors.isEmpty {
        form.show(errors, lang: lang)
        modals.append(.form(form, target))
        return
      }
      refreshInquiries()
    } catch InquiryError.invalid(let errors) {
      form.show(
        Dictionary(uniqueKeysWithValues: errors.map { ($0.key.rawValue, $0.value) }), lang: lang)
      modals.append(.form(form, target))
    } catch InquiryError.changedMeanwhile(let changes) {
      // Keep what was typed; from now on the form works from the new version.
      if let id = target.inquiryID, let current = try? inquiryStore.inquiry(id: id) {
        target = target.seeing(current)
        loadInquiryDetail(id)
      }
      form.message =
        lang.pick("En anden har ændret henvendelsen imens: ", "Someone else changed it meanwhile: ")
        + (changes.isEmpty ? "?" : changes.map(words.change).joined(separator: "; "))
        + lang.pick(
          ". Det du skrev, står her stadig: tryk Ctrl-S for at gemme det ovenpå.",
          ". What you typed is still here: press Ctrl-S to save it on top.")
      modals.append(.form(form, target))
    } catch let error as InquiryError {
      form.message = error.message(lang)
      modals.append(.form(form, target))
    } catch {
      form.message = notDone(error, ("Ikke gemt: ", "Not saved: "))
      modals.append(.form(form, target))
    }
  }

  /// Shows or hides categories and adds a new one; at least one stays shown.
  private func saveCategories(_ form: Form) throws {
    let directory = inquiryStore.directory
    let all = try directory.categories(includeInactive: true)
    let newName = form.field("new")?.text.trimmed ?? ""
    let shown = all.filter { form.field("cat:\($0.id)")?.checked == true }
    guard !shown.isEmpty || !newName.isEmpty else {
      var form = form
      form.message = lang.pick(
        "Mindst én kategori skal vises.", "At least one category must be shown.")
      modals.append(.form(form, .categories))
      return
    }
    for category in all where shown.contains(category) != category.active {
      try directory.setCategoryActive(category.id, !category.active)
    }
    if !newName.isEmpty { try directory.addCategory(newName) }
    categories = try directory.categories()
    message = (lang.pick("Kategorierne er gemt.", "The categories are saved."), false)
  }

  private func saveInquiry(_ inquiry: Inquiry, base: Inquiry, by me: Staff) throws {
    if base.id == nil {
      let saved = try inquiryStore.create(inquiry, by: me.id)
      message = (
        lang.pick(
          "Henvendelse #\(saved.id!) er logget. Opfølgning ",
          "Inquiry #\(saved.id!) logged. Follow-up ")
          + (saved.followUp?.label(lang) ?? "") + ".", false
      )
      return
    }
    let (saved, theirs) = try inquiryStore.update(inquiry, from: base, by: me.id)
    message = (
      lang.pick("Gemt: #", "Saved: #") + String(saved.id!)
        + (theirs.isEmpty
          ? ""
          : lang.pick(
            ". Også ændret af en anden imens (beholdt): ", ". Also changed meanwhile (kept): ")
            + theirs.map(words.change).joined(separator: "; ")),
      false
    )
  }

  /// Carries out an action form; returns field errors (nothing saved then).
  private func saveAction(_ kind: InquiryFormKind, _ form: Form, _ seen: Inquiry, by me: Staff)
    throws -> [String: FieldError]
  {
    let today = inquiryStore.today
    var errors: [String: FieldError] = [:]
    func text(_ key: String) -> String {
      let value = form.field(key)?.text.trimmed ?? ""
      if value.isEmpty { errors[key] = .required }
      return value
    }
    func date(_ key: String) -> Day? {
      switch InquiryActionForm.date(form, key, today: today) {
      case .success(let day): return day
      case .failure(let error):
        errors[key] = error
        return nil
      }
    }
    func choice(_ key: String) -> Int? {
      let index = form.field(key)?.choice ?? 0
      if index == 0 { errors[key] = .mustChoose }
      return index == 0 ? nil : index - 1
    }
    let id = seen.id!
    let number = "#\(id)"
    switch kind {
    case .note, .call, .edit:
      let note = text("text")
      guard errors.isEmpty else { return errors }
      try inquiryStore.addNote(note, call: kind == .call, to: id, by: me.id)
      message = (lang.pick("Noteret på ", "Noted on ") + number, false)
    case .status, .followUp:
      let status =
        kind == .status ? InquiryStatus.unclosed[form.field("status")?.choice ?? 0] : seen.status
      guard let day = date("follow_up"), errors.isEmpty else { return errors }
      let saved = try inquiryStore.setStatus(status, followUp: day, of: seen, by: me.id)
      message = ("\(number): \(saved.status.label(lang)), " + day.label(lang), false)
    case .handover:
      let others = staff.filter { $0.id != seen.ownerID }
      let index = choice("owner")
      let reason = text("reason")
      guard let index, errors.isEmpty else { return errors }
      try inquiryStore.handOver(seen, to: others[index].id, reason: reason, by: me.id)
      message = (lang.pick("Overdraget til ", "Handed over to ") + others[index].initials, false)
    case .close:
      let index = choice("outcome")
      let note = text("note")
      guard let index, errors.isEmpty else { return errors }
      try inquiryStore.close(seen, outcome: Outcome.allCases[index], note: note, by: me.id)
      message = (lang.pick("Lukket: ", "Closed: ") + number, false)
    case .reopen:
      let reason = text("reason")
      guard let day = date("follow_up"), errors.isEmpty else { return errors }
      try inquiryStore.reopen(seen, reason: reason, followUp: day, by: me.id)
      message = (lang.pick("Genåbnet: ", "Reopened: ") + number, false)
    }
    return errors
  }
}

extension FormTarget {
  var inquiryID: Int64? {
    switch self {
    case .inquiry(let inquiry), .inquiryAction(_, let inquiry): return inquiry.id
    default: return nil
    }
  }

  /// The same form, now working from `current` (after a change meanwhile).
  func seeing(_ current: Inquiry) -> FormTarget {
    switch self {
    case .inquiry: return .inquiry(current)
    case .inquiryAction(let kind, _): return .inquiryAction(kind, current)
    default: return self
    }
  }
}
