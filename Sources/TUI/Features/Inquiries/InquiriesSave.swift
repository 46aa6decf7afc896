import Core

/// Saving F2's forms. On any problem the form stays open with what was
/// typed, the errors next to the fields, and nothing written.
extension InquiriesFeature {
  /// A new inquiry or an edit; `base` is the version the form works from
  /// (moved on when someone else changed it meanwhile).
  func saveInquiry(_ form: Form, _ base: inout Inquiry) -> Form? {
    saving(form, &base) { form, base, me in
      let (inquiry, errors) = InquiryForm.read(
        form, into: base, categories: categoryChoices(keeping: base.categoryID),
        today: desk.today, lookup: lookupAssociation)
      if errors.isEmpty {
        try saveInquiry(inquiry, base: base, answered: InquiryForm.outcome(form), by: me)
      }
      return errors
    }
  }

  /// A note, status, handover, … on an inquiry, as it was last seen.
  func saveAction(_ kind: InquiryFormKind, _ form: Form, _ seen: inout Inquiry) -> Form? {
    saving(form, &seen) { form, seen, me in try saveAction(kind, form, seen, by: me) }
  }

  /// The frame every inquiry form saves in: the CPR warning, field errors,
  /// a change made meanwhile, and trouble with the file.
  private func saving(
    _ form: Form, _ base: inout Inquiry,
    _ write: (Form, Inquiry, Staff) throws -> [String: FieldError]
  ) -> Form? {
    var form = form
    form.clearErrors()
    if form.warnAboutCPR(lang: lang) { return form }
    do {
      guard let me = desk.me else { throw InquiryError.unknownStaff }
      let errors = try write(form, base, me)
      if !errors.isEmpty {
        form.show(errors, lang: lang)
        return form
      }
      desk.refreshAll()
      return nil
    } catch is KeepOpen {
      // A question is on top; the form waits under it with what was typed.
    } catch InquiryError.invalid(let errors) {
      form.show(errors, lang: lang)
    } catch InquiryError.changedMeanwhile(let changes) {
      // Keep what was typed; from now on the form works from the new version.
      if let id = base.id, let current = try? inquiryStore.inquiry(id: id) {
        base = current
        loadDetail(id)
      }
      form.message =
        lang.pick("En anden har ændret henvendelsen imens: ", "Someone else changed it meanwhile: ")
        + (changes.isEmpty ? "?" : changes.map(words.change).joined(separator: "; "))
        + lang.pick(
          ". Det du skrev, står her stadig: tryk Ctrl-S for at gemme det ovenpå.",
          ". What you typed is still here: press Ctrl-S to save it on top.")
    } catch let error as InquiryError {
      form.message = error.message(lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  private func saveInquiry(
    _ inquiry: Inquiry, base: Inquiry, answered outcome: Outcome?, by me: Staff
  ) throws {
    if base.id == nil, let outcome {
      let saved = try inquiryStore.create(
        inquiry, by: me.id, answered: outcome,
        note: lang.pick("Besvaret ved skranken.", "Answered at the desk."))
      desk.say(
        lang.pick(
          "Henvendelse #\(saved.id!) er logget og lukket: ",
          "Inquiry #\(saved.id!) logged and closed: ")
          + outcome.label(lang) + ".")
      return
    }
    if base.id == nil {
      let saved = try inquiryStore.create(inquiry, by: me.id)
      desk.say(
        lang.pick(
          "Henvendelse #\(saved.id!) er logget. Opfølgning ",
          "Inquiry #\(saved.id!) logged. Follow-up ")
          + (saved.followUp?.label(lang) ?? "") + ".")
      return
    }
    let (saved, theirs) = try inquiryStore.update(inquiry, from: base, by: me.id)
    desk.say(
      lang.pick("Gemt: #", "Saved: #") + String(saved.id!)
        + (theirs.isEmpty
          ? ""
          : lang.pick(
            ". Også ændret af en anden imens (beholdt): ", ". Also changed meanwhile (kept): ")
            + theirs.map(words.change).joined(separator: "; ")))
  }

  /// Carries out an action form; returns field errors (nothing saved then).
  private func saveAction(_ kind: InquiryFormKind, _ form: Form, _ seen: Inquiry, by me: Staff)
    throws -> [String: FieldError]
  {
    let today = desk.today
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
      desk.say(lang.pick("Noteret på ", "Noted on ") + number)
    case .status, .followUp:
      let status =
        kind == .status ? InquiryStatus.unclosed[form.field("status")?.choice ?? 0] : seen.status
      guard let day = date("follow_up"), errors.isEmpty else { return errors }
      let saved = try inquiryStore.setStatus(status, followUp: day, of: seen, by: me.id)
      desk.say("\(number): \(saved.status.label(lang)), " + day.label(lang))
    case .handover:
      let others = staff.filter { $0.id != seen.ownerID }
      let index = choice("owner")
      let reason = text("reason")
      guard let index, let day = date("follow_up"), errors.isEmpty else { return errors }
      let owner = others[index]
      let handOver = InquiriesQuestion.HandOver(
        inquiry: seen, owner: owner, reason: reason, followUp: day, by: me.id)
      // Handed to someone away, or with a date already past (it reaches
      // them overdue): ask first.
      var doubts: [String] = []
      if owner.isAway(on: today) {
        doubts.append(owner.awayText(lang) + ".")
        // A follow-up inside the absence reaches them overdue on their return.
        if let back = owner.awayUntil, day <= back {
          doubts.append(
            lang.pick(
              "Opfølgningen \(day.numeric) er, mens \(owner.initials) er væk.",
              "The follow-up \(day.numeric) is while \(owner.initials) is away."))
        }
      }
      if day.ordinal < today.ordinal {
        doubts.append(
          lang.pick(
            "Opfølgningsdatoen \(day.label(lang)) er overskredet, så \(owner.initials) får henvendelsen som forfalden.",
            "The follow-up date \(day.label(lang)) has passed, so \(owner.initials) gets the inquiry overdue."
          ))
      }
      guard doubts.isEmpty else {
        desk.present(
          .confirm(
            Confirm(
              question: doubts.joined(separator: " ")
                + lang.pick(" Overdrag alligevel?", " Hand over anyway?"),
              asked: asking(.handOverAnyway(handOver)))))
        throw KeepOpen()
      }
      try hand(handOver)
    case .close:
      let index = choice("outcome")
      let note = text("note")
      guard let index, errors.isEmpty else { return errors }
      try inquiryStore.close(seen, outcome: Outcome.allCases[index], note: note, by: me.id)
      desk.say(lang.pick("Lukket: ", "Closed: ") + number)
    case .reopen:
      let reason = text("reason")
      guard let day = date("follow_up"), errors.isEmpty else { return errors }
      try inquiryStore.reopen(seen, reason: reason, followUp: day, by: me.id)
      desk.say(lang.pick("Genåbnet: ", "Reopened: ") + number)
    }
    return errors
  }

  /// Moving on one of the referrals made from the inquiry.
  func saveReferralStatus(_ form: Form, _ inquiryID: Int64, _ list: [Referral]) -> Form? {
    var form = form
    guard let me = desk.me else {
      desk.askWhoIsHere()  // over the form, which keeps what was typed
      return form
    }
    let chosen = list[form.field("referral")?.choice ?? 0]
    let status = ReferralStatus.allCases[form.field("status")?.choice ?? 0]
    let day = DateInput.parse(form.field("follow_up")?.text ?? "", today: desk.today)
    if status.isPending && day == nil {
      form.show(["follow_up": .invalidDate], lang: lang)
      return form
    }
    do {
      try referrals.setStatus(status, followUp: day, of: chosen.id, by: me.id)
      desk.say(
        lang.pick("Henvisningen er opdateret: ", "The referral was updated: ")
          + status.label(lang))
      open(inquiryID)
      if status == .started { offerCountDown(chosen) }
      return nil
    } catch {
      form.message = ErrorText.message(error, lang)
      return form
    }
  }
}

/// A started referral on an activity that counts its open places: offer
/// to count one down, so the next citizen is not sent to a full activity.
extension InquiriesFeature {
  func offerCountDown(_ referral: Referral) {
    let store = desk.stores.associations
    guard let places = try? store.openPlaces(activityID: referral.activityID), places > 0
    else { return }
    desk.present(
      .confirm(
        Confirm(
          question: lang.pick(
            "Tæl én ledig plads ned på \(referral.activityTitle) (\(places) → \(places - 1))?",
            "Count one open place down on \(referral.activityTitle) (\(places) → \(places - 1))?"),
          asked: asking(.countDown(referral)))))
  }

  func countDown(_ referral: Referral) {
    do {
      let store = desk.stores.associations
      let left = try store.countDownOpenPlace(activityID: referral.activityID) ?? 0
      desk.say(
        referral.activityTitle + ": "
          + lang.count(left, "ledig plads", "ledige pladser", "open place", "open places"))
    } catch { desk.show(error) }
  }

  /// Hands the inquiry over and says so.
  func hand(_ handOver: InquiriesQuestion.HandOver) throws {
    try inquiryStore.handOver(
      handOver.inquiry, to: handOver.owner.id, reason: handOver.reason,
      followUp: handOver.followUp, by: handOver.by)
    desk.say(
      lang.pick("Overdraget til ", "Handed over to ") + handOver.owner.initials
        + lang.pick(", opfølgning ", ", follow-up ")
        + handOver.followUp.label(lang, today: desk.today))
  }
}

/// A save that asked a question first: the form stays open under it.
struct KeepOpen: Error {}
