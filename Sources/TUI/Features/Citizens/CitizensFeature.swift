import Core

/// F3 Borgere: the citizen's profile, matching as it is typed, referrals,
/// and the citizen's personal data (access and erasure, in `CitizensRecord.swift`).
final class CitizensFeature: Pane {
  unowned let desk: Desk
  private(set) var state = CitizensState()
  let store: AssociationStore
  let matcher: Matcher
  let citizens: CitizenStore
  let referrals: ReferralStore
  let inquiryStore: InquiryStore
  /// The interest vocabulary and areas, for reading the profile.
  private var interests: [Interest] = []
  private var areas: [Area] = []

  init(_ desk: Desk) throws {
    self.desk = desk
    store = desk.stores.associations
    matcher = desk.stores.matcher
    citizens = desk.stores.citizens
    referrals = desk.stores.referrals
    inquiryStore = desk.stores.inquiries
    interests = try desk.stores.interests.all()
    areas = try store.areas()
    startProfile()
  }

  /// The one way this feature's code changes the pane's state.
  func send(_ message: CitizensMessage) { state.apply(message) }

  var lang: Language { desk.lang }
  var context: Context { state.context }
  var footnote: String? { nil }
  var hasUnsavedChanges: Bool { state.form.isChanged }

  /// What the profile's fields accept: a hidden target group only for a
  /// citizen who already has it.
  var lists: CitizenForm.Lists {
    CitizenForm.Lists(
      interests: interests, areas: areas,
      groups: store.targetGroups.filter {
        $0.active || state.citizen.targetGroups.contains($0.code)
      })
  }

  func handle(_ key: Key, command: CommandID?) {
    for effect in state.handle(key, command) { perform(effect) }
  }

  func receive(_ event: DeskEvent) {
    switch event {
    case .shown:
      if closeIfErased() { return }
      // F1 may have added an area (saving an association) or the
      // vocabulary may have grown since this pane was last in front.
      interests = (try? desk.stores.interests.all()) ?? interests
      areas = (try? store.areas()) ?? areas
      try? store.reloadTargetGroups()  // `skranke target-groups` may have changed them
      rematch()
    case .request(let request as CitizensRequest):
      switch request {
      case .match(let id): matchInquiry(id)
      }
    case .open(.citizen(let id)): openCitizen(id)
    case .refresh: _ = closeIfErased()
    default: break
    }
  }

  func layout(width: Int, height: Int) {}

  func render(into grid: inout Grid, rect: Rect) {
    state.render(into: &grid, rect: rect, lang: lang)
  }

  func perform(_ effect: CitizensEffect) {
    switch effect {
    case .rematch: rematch()
    case .saveCitizen: _ = saveCitizen()
    case .pickCitizen: pickCitizen()
    case .showRecord: showRecord()
    case .refer(let row): refer(row)
    }
  }

  /// Another desk erased the citizen on screen: the profile closes at
  /// once (what was typed in it goes with the person), and says why.
  func closeIfErased() -> Bool {
    guard let id = state.citizen.id, let held = try? citizens.citizen(id: id) as Citizen??,
      held == nil
    else { return false }
    startProfile()
    desk.say(
      lang.pick(
        "Borgeren er slettet ved en anden skranke; profilen er lukket.",
        "The citizen was erased at another desk; the profile is closed."))
    return true
  }

  /// A blank profile (or `citizen`), ready to type into.
  func startProfile(_ citizen: Citizen = Citizen(), inquiry: (id: Int64, label: String)? = nil) {
    var form = CitizenForm.make(citizen, lang: lang)
    CitizenForm.setGroups(&form, citizen.targetGroups, lists, lang)
    send(.loaded(citizen, form, inquiry: inquiry))
    loadReferred()
    rematch()
  }

  /// Which suggestions the citizen is already referred to (and how far).
  func loadReferred() {
    guard let id = state.citizen.id else {
      send(.referred([:]))
      return
    }
    let open = (try? referrals.referrals(citizenID: id))?.filter { $0.status.isPending } ?? []
    send(
      .referred(Dictionary(open.map { ($0.activityID, $0.status) }) { first, _ in first }))
  }

  /// Ranks again from what the form says now.
  func rematch() {
    let (citizen, _) = CitizenForm.read(
      state.form, into: state.citizen, lists: lists, today: desk.today)
    let hasCriteria =
      !citizen.interests.isEmpty || !citizen.availability.isEmpty || !citizen.area.isEmpty
      || citizen.birthYear != nil || !citizen.targetGroups.isEmpty
    guard hasCriteria else {
      send(.results(nil, hasCriteria: false))
      return
    }
    do {
      send(.results(try matcher.match(citizen, limit: 30, lang: lang), hasCriteria: true))
    } catch { desk.show(error) }
  }

  /// Saves the profile; false (with the problems next to the fields) when it
  /// cannot be saved yet.
  func saveCitizen() -> Bool {
    state.clearErrors()
    var (citizen, errors) = CitizenForm.read(
      state.form, into: state.citizen, lists: lists, today: desk.today)
    do {
      citizen = try CitizenStore.validate(citizen)
    } catch CitizenError.invalid(let more) {
      errors.merge(more) { first, _ in first }
    } catch { desk.show(error) }
    if !errors.isEmpty {
      send(.invalid(CitizenForm.keyed(errors), lang))
      return false
    }
    if state.warnAboutCPR(lang: lang) { return false }
    do {
      let inquiry = state.inquiry
      let saved = try citizens.save(citizen, linkInquiry: inquiry?.id)
      let keep = state.form.focus
      startProfile(saved, inquiry: inquiry)
      send(.focusField(keep))
      desk.say(
        lang.pick("Borgeren er gemt (nr. \(saved.id!))", "The citizen was saved (no. \(saved.id!))")
          + (inquiry.map {
            lang.pick(" og knyttet til henvendelse #\($0.id).", " and linked to inquiry #\($0.id).")
          } ?? "."))
      return true
    } catch CitizenError.invalid(let errors) {
      send(.invalid(CitizenForm.keyed(errors), lang))
    } catch { desk.show(error) }
    return false
  }

  /// `b` in an inquiry: its citizen, or a new profile from its name and contact.
  private func matchInquiry(_ id: Int64) {
    do {
      guard let inquiry = try inquiryStore.inquiry(id: id) else { throw InquiryError.notFound }
      let label = "#\(id) " + inquiry.askerName
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
      let categories = try inquiryStore.directory.categories(includeInactive: true)
      let category = categories.first { $0.id == inquiry.categoryID }?.nameDA ?? ""
      citizen.seeking = category.hasPrefix("Søger") ? .offerSelf : .volunteer
      startProfile(citizen, inquiry: (id, label))
      send(.focusField(4))  // interests: name and contact came from the inquiry
    } catch { desk.show(error) }
  }

  /// Refers the citizen to a suggestion: saves the profile first if needed,
  /// then shows the association's contact with the follow-up date to confirm.
  private func refer(_ row: MatchRow) {
    guard desk.me != nil else {
      desk.askWhoIsHere()
      return
    }
    if state.citizen.id == nil || state.form.isChanged {
      guard saveCitizen() else { return }
    }
    guard let id = state.citizen.id else { return }
    let inquiryID = state.inquiry?.id
    let referral = CitizensQuestion.Referral(citizenID: id, row: row, inquiryID: inquiryID)
    // One open referral per citizen and activity: a second is asked first.
    if let existing = try? referrals.openReferral(citizenID: id, activityID: row.activityID) {
      desk.present(
        .confirm(
          Confirm(
            question: CitizenError.alreadyReferred(existing.status, existing.referredOn)
              .message(lang) + lang.pick(" Henvis igen?", " Refer again?"),
            asked: asking(.referAgain(referral)))))
      return
    }
    openReferral(referral, again: false)
  }

  /// The referral's form: the association's contact and the follow-up date.
  func openReferral(_ referral: CitizensQuestion.Referral, again: Bool) {
    desk.present(
      .form(
        ReferralForm.make(referral.row, inquiry: state.inquiry, lang: lang, today: desk.today),
        asking(.referral(referral, again: again))))
  }

  func saveReferral(
    _ form: Form, citizenID: Int64, row: MatchRow, inquiryID: Int64?, again: Bool
  ) -> Form? {
    var form = form
    guard let me = desk.me else {
      desk.askWhoIsHere()  // over the form, which keeps what was typed
      return form
    }
    guard let day = DateInput.parse(form.field("follow_up")?.text ?? "", today: desk.today) else {
      form.show(["follow_up": .invalidDate], lang: lang)
      return form
    }
    do {
      try referrals.refer(
        citizenID: citizenID, activityID: row.activityID, inquiryID: inquiryID, followUp: day,
        again: again, by: me.id)
      desk.say(ReferralForm.done(row, lang: lang))
      loadReferred()
      desk.refreshAll()
      return nil
    } catch {
      form.message = ErrorText.message(error, lang)
      return form
    }
  }
}
