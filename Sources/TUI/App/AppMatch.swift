import Core

/// F3: the citizen's profile, matching as it is typed, referrals, and the
/// citizen's personal data (access and erasure).
extension App {
  var citizenLists: CitizenForm.Lists {
    CitizenForm.Lists(interests: interests, areas: areas, groups: store.targetGroups)
  }

  func performMatch(_ effect: Effect) {
    switch effect {
    case .rematch: rematch()
    case .saveCitizen: _ = saveCitizen()
    case .pickCitizen: pickCitizen()
    case .showRecord: showRecord()
    case .refer(let row): refer(row)
    case .matchInquiry(let id): matchInquiry(id)
    case .referralStatus(let id): openReferralStatus(id)
    default: break
    }
  }

  /// A blank profile (or `citizen`), ready to type into.
  func startProfile(_ citizen: Citizen = Citizen(), inquiry: (id: Int64, label: String)? = nil) {
    var form = CitizenForm.make(citizen, lang: lang)
    CitizenForm.setGroups(&form, citizen.targetGroups, citizenLists, lang)
    match.load(citizen, form: form, inquiry: inquiry)
    rematch()
  }

  /// Ranks again from what the form says now.
  func rematch() {
    let (citizen, _) = CitizenForm.read(
      match.form, into: match.citizen, lists: citizenLists, today: inquiryStore.today)
    match.hasCriteria =
      !citizen.interests.isEmpty || !citizen.availability.isEmpty || !citizen.area.isEmpty
      || citizen.birthYear != nil || !citizen.targetGroups.isEmpty
    guard match.hasCriteria else {
      match.results = nil
      return
    }
    do {
      match.results = try matcher.match(citizen, limit: 30, lang: lang)
      match.selected = min(match.selected, max(0, (match.results?.rows.count ?? 1) - 1))
    } catch { show(error) }
  }

  /// Saves the profile; false (with the problems next to the fields) when it
  /// cannot be saved yet.
  func saveCitizen() -> Bool {
    match.form.clearErrors()
    var (citizen, errors) = CitizenForm.read(
      match.form, into: match.citizen, lists: citizenLists, today: inquiryStore.today)
    do {
      citizen = try CitizenStore.validate(citizen)
    } catch CitizenError.invalid(let more) {
      errors.merge(more) { first, _ in first }
    } catch { show(error) }
    if !errors.isEmpty {
      match.form.show(CitizenForm.keyed(errors), lang: lang)
      match.focus = .profile
      return false
    }
    if match.form.warnAboutCPR(lang: lang) {
      match.focus = .profile
      return false
    }
    do {
      let saved = try citizens.save(citizen, linkInquiry: match.inquiry?.id)
      let keep = match.form.focus
      startProfile(saved, inquiry: match.inquiry)
      match.form.focus = keep
      message = (
        lang.pick("Borgeren er gemt (nr. \(saved.id!))", "The citizen was saved (no. \(saved.id!))")
          + (match.inquiry.map {
            lang.pick(" og knyttet til henvendelse #\($0.id).", " and linked to inquiry #\($0.id).")
          } ?? "."), false
      )
      return true
    } catch CitizenError.invalid(let errors) {
      match.form.show(CitizenForm.keyed(errors), lang: lang)
      match.focus = .profile
    } catch { show(error) }
    return false
  }

  func pickCitizen() {
    guard let found = try? citizens.find("", limit: 500) else { return }
    let options =
      [(label: lang.pick("+ Ny borger", "+ New citizen"), value: nil as Int64?)]
      + found.map { c in
        (label: c.name + (c.area.isEmpty ? "" : " · " + c.area), value: c.id)
      }
    modals.append(
      .picker(
        Picker(
          purpose: .citizen, title: lang.pick("Åbn borger", "Open citizen"), options: options,
          current: match.citizen.id)))
  }

  /// Opens a saved citizen (or a new profile), asking first when typing
  /// in the profile would be lost.
  func chooseCitizen(_ id: Int64?, confirmed: Bool = false) {
    if !confirmed && match.form.isChanged {
      modals.append(
        .confirm(
          Confirm(
            question: lang.pick(
              "Profilen har ændringer, der ikke er gemt. Kassér dem?",
              "The profile has unsaved changes. Discard them?"), action: .replaceProfile(id))))
      return
    }
    guard let id else {
      startProfile()
      return
    }
    do {
      guard let citizen = try citizens.citizen(id: id) else { throw CitizenError.notFound }
      let inquiryID = try store.db.map(
        """
        SELECT id FROM inquiries WHERE citizen_id = ? AND status <> 'closed'
        ORDER BY received_at DESC LIMIT 1
        """, [.integer(id)]
      ) { $0.int(0) }.first
      startProfile(citizen, inquiry: inquiryID.map { ($0, "#\($0)") })
    } catch { show(error) }
  }

  func showRecord() {
    guard let id = match.citizen.id else {
      message = (
        lang.pick(
          "Borgeren er ikke gemt endnu: der er intet gemt om personen.",
          "The citizen is not saved yet: nothing is stored about them."), false
      )
      return
    }
    do {
      modals.append(
        .record(
          RecordOverlay(
            try CitizenRecord.load(store.db, id: id), groups: store.targetGroups, lang: lang)))
    } catch { show(error) }
  }

  func eraseCitizen(_ id: Int64) {
    do {
      let outcome = try CitizenEraser(db: store.db).erase(id: id)
      startProfile()
      refreshInquiries()
      message = (
        lang.pick(
          "\(outcome.name) er slettet; \(outcome.inquiries) henvendelse(r) og \(outcome.referrals) henvisning(er) er nu anonyme.",
          "\(outcome.name) was erased; \(outcome.inquiries) inquiry(ies) and \(outcome.referrals) referral(s) are now anonymous."
        )
          + (outcome.fileRewritten
            ? ""
            : lang.pick(
              " En anden skranke havde filen åben: de sidste spor forsvinder fra filen, når alle skranker har lukket skranke.",
              " Another desk had the file open: the last traces leave the file when every desk has closed skranke."
            ))
          + (outcome.backupsHolding == 0
            ? ""
            : lang.pick(
              " \(outcome.backupsHolding) sikkerhedskopi(er) rummer stadig personen, til nyere tager deres plads; hentes en tilbage, slettes personen igen.",
              " \(outcome.backupsHolding) backup(s) still hold the person until newer ones take their place; if one is restored, the person is erased again."
            )),
        !outcome.fileRewritten
      )
    } catch { show(error) }
  }

  /// Refers the citizen to a suggestion: saves the profile first if needed,
  /// then shows the association's contact with the follow-up date to confirm.
  func refer(_ row: MatchRow) {
    guard me != nil else {
      askWhoIsHere()
      return
    }
    if match.citizen.id == nil || match.form.isChanged {
      guard saveCitizen() else { return }
    }
    guard let id = match.citizen.id else { return }
    modals.append(
      .form(
        ReferralForm.make(row, inquiry: match.inquiry, lang: lang, today: inquiryStore.today),
        .referral(citizenID: id, row: row, inquiryID: match.inquiry?.id)))
  }

  /// `b` in an inquiry: its citizen in F3, or a new profile from its name and contact.
  func matchInquiry(_ id: Int64) {
    do {
      guard let inquiry = try inquiryStore.inquiry(id: id) else { throw InquiryError.notFound }
      let label = "#\(id) " + inquiry.askerName
      activePane = 3
      if let citizenID = try citizens.citizenID(ofInquiry: id),
        let citizen = try citizens.citizen(id: citizenID)
      {
        startProfile(citizen, inquiry: (id, label))
        return
      }
      var citizen = Citizen(name: inquiry.askerName)
      if inquiry.askerContact.contains("@") {
        citizen.email = inquiry.askerContact
      } else {
        citizen.phone = inquiry.askerContact
      }
      let category = categories.first { $0.id == inquiry.categoryID }?.nameDA ?? ""
      citizen.seeking = category.hasPrefix("Søger") ? .offerSelf : .volunteer
      startProfile(citizen, inquiry: (id, label))
      match.form.focus = 4  // interests: name and contact came from the inquiry
    } catch { show(error) }
  }

  func openReferralStatus(_ inquiryID: Int64) {
    do {
      let list = try referrals.referrals(inquiryID: inquiryID)
      guard !list.isEmpty else {
        message = (
          lang.pick(
            "Ingen henvisninger på denne henvendelse. Tryk b for at finde en aktivitet.",
            "No referrals on this inquiry. Press b to find an activity."), false
        )
        return
      }
      modals.append(
        .form(
          ReferralForm.status(list, lang: lang, today: inquiryStore.today),
          .referralStatus(inquiryID: inquiryID, list)))
    } catch { show(error) }
  }

  /// Saves the referral forms; problems stay in the form.
  func saveReferralForm(_ form: Form, _ target: FormTarget) {
    var form = form
    guard let me else { return }
    do {
      switch target {
      case .referral(let citizenID, let row, let inquiryID):
        guard
          let day = DateInput.parse(form.field("follow_up")?.text ?? "", today: inquiryStore.today)
        else {
          form.show(["follow_up": .invalidDate], lang: lang)
          modals.append(.form(form, target))
          return
        }
        try referrals.refer(
          citizenID: citizenID, activityID: row.activityID, inquiryID: inquiryID, followUp: day,
          by: me.id)
        message = (ReferralForm.done(row, lang: lang), false)
        refreshInquiries()
      case .referralStatus(let inquiryID, let list):
        let chosen = list[form.field("referral")?.choice ?? 0]
        let status = ReferralStatus.allCases[form.field("status")?.choice ?? 0]
        let day = DateInput.parse(form.field("follow_up")?.text ?? "", today: inquiryStore.today)
        if status.isPending && day == nil {
          form.show(["follow_up": .invalidDate], lang: lang)
          modals.append(.form(form, target))
          return
        }
        try referrals.setStatus(status, followUp: day, of: chosen.id, by: me.id)
        message = (
          lang.pick("Henvisningen er opdateret: ", "The referral was updated: ")
            + status.label(lang), false
        )
        openInquiry(inquiryID)
      default: return
      }
    } catch {
      form.message = ErrorText.message(error, lang)
      modals.append(.form(form, target))
    }
  }
}
