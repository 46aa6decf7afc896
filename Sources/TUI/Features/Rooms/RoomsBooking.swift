import Core

/// F4: booking a room, with the choice to skip taken dates or book nothing;
/// moving and cancelling one date, the following ones or the whole series.
extension RoomsFeature {
  /// From the search: the typed dates and head count go into the form, and
  /// the dates the room is taken on are said there, to be skipped.
  func bookRoom(_ option: RoomOption) {
    let when = state.findForm.field("when")?.text.trimmed ?? ""
    let attendees = Int(state.findForm.field("attendees")?.text.trimmed ?? "")
    let needs = state.needs
    openBookingForm(
      BookingForm.make(
        room: option.room, when: when, attendees: attendees, taken: option.clashes, lang: lang),
      option.room, shown: Set(option.takenDates), needs: needs)
  }

  /// From the week: the shown room, the cursor's day, two hours from its hour.
  func newBookingAtCursor() {
    guard let room = state.room else {
      desk.say(
        lang.pick(
          "Vælg et lokale med r for at booke her, eller find et ledigt lokale med f.",
          "Choose a room with r to book here, or find a free room with f."), isError: true)
      return
    }
    let hour = state.cursorHour
    let end = min(hour + 2, max(hour + 1, room.closes.minutes / 60))
    let when = state.cursorDay.numeric + " " + Day.two(hour) + "-" + Day.two(end)
    openBookingForm(
      BookingForm.make(room: room, when: when, attendees: nil, taken: [], lang: lang), room,
      shown: [], needs: RoomNeeds())
  }

  /// `shown`: the taken dates the form says will be skipped (saving skips
  /// them without asking again); `needs`: what an alternative room for a
  /// skipped date must have.
  private func openBookingForm(_ form: Form, _ room: Room, shown: Set<Day>, needs: RoomNeeds) {
    var form = form
    completeAssociation(&form)
    desk.present(
      .form(
        form,
        asking(.booking(room, shown: shown, needs: needs))))
  }

  /// Under the association field, as it is typed: the one association it
  /// names, or the ones it may mean to pick from (↓, Enter).
  func completeAssociation(_ form: inout Form) {
    guard let index = form.fields.firstIndex(where: { $0.key == "association" }) else { return }
    var typed = form.fields[index].text.trimmed
    // "＋ Ny forening: …" picked: a short form for it, over the booking,
    // which gets the new association when it is saved.
    if let name = AssociationPick.newName(typed) {
      typed = name
      form.fields[index].value = .text(TextField(name))
      desk.presentNext(newAssociationForm(name))
    }
    let found =
      typed.isEmpty ? [] : (try? associations.associations(matching: typed, limit: 50)) ?? []
    AssociationPick.show(
      found.map(\.name), typed: typed, in: &form.fields[index], lang: lang, offerNew: true)
  }

  func saveBooking(_ form: Form, room: Room, shown: Set<Day>, needs: RoomNeeds) -> Form? {
    var form = form
    guard
      let request = BookingForm.read(
        &form, room: room, today: desk.today, lang: lang,
        lookup: { (try? self.associations.associations(matching: $0, limit: 50)) ?? [] })
    else { return form }
    var needs = needs
    if needs.attendees == nil { needs.attendees = request.attendees }
    do {
      booked(try bookingStore.book(request, by: desk.me?.id), request, needs: needs)
      return nil
    } catch RoomError.taken(let clashes) {
      let total = request.slots.count
      let taken = RoomFinder.takenCount(clashes)
      if taken < total, Set(clashes.map(\.wanted.day)).isSubset(of: shown) {
        // The form said these dates would be skipped: no second question.
        bookSkipping(request, needs: needs)
        return nil
      }
      let list = clashes.prefix(4).map { $0.label(lang) }.joined(separator: "; ")
      form.message = lang.pick("Optaget: ", "Taken: ") + list
      guard taken < total else { return form }  // nothing free: only the message
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick(
              "\(taken) af \(total) datoer er optaget (\(list)). Book de \(total - taken) ledige og spring de optagne over? Nej: intet bookes.",
              "\(taken) of \(total) dates are taken (\(list)). Book the \(total - taken == 1 ? "free one" : "\(total - taken) free ones") and skip the taken? No: nothing is booked."
            ),
            asked: asking(.skipTaken(request, needs: needs)))))
    } catch let error as RoomError {
      switch error {
      case .overCapacity: form.setError("attendees", error.message(lang))
      case .outsideHours, .endBeforeStart: form.setError("when", error.message(lang))
      default: break  // said in the message alone
      }
      form.message = lang.pick("Ikke booket: ", "Not booked: ") + error.message(lang)
      form.focusFirstError()
    } catch {
      form.message = desk.notDone(error, ("Ikke booket: ", "Not booked: "))
    }
    return form
  }

  /// Books the free dates and skips the taken ones (the form is closed by
  /// the caller: the save returns nil, a question's "yes" dismisses it).
  func bookSkipping(_ request: BookingRequest, needs: RoomNeeds) {
    do {
      booked(
        try bookingStore.book(request, skipConflicts: true, by: desk.me?.id), request, needs: needs)
    } catch { desk.show(error) }
  }

  /// After booking: the week of the first date, in that room, and what was
  /// done; for each skipped date, the best free room to book instead.
  private func booked(_ outcome: BookingOutcome, _ request: BookingRequest, needs: RoomNeeds) {
    let text = BookingResultText.said(
      outcome, room: roomName(request.roomID), slot: request.slot, lang)
    desk.say(text)
    send(
      .booked(
        roomID: request.roomID, day: outcome.booked.first?.day ?? request.slot.day,
        hour: request.slot.start.minutes / 60))
    reloadWeek()
    // The call is done: the next caller's search starts empty, not with
    // this one's head count and needs.
    send(.findCleared(RoomFindForm.make(lang: lang)))
    if !outcome.skipped.isEmpty { offerAlternatives(for: outcome.skipped, request, needs: needs) }
  }

  /// `p`: the association's confirmation of the booking under the cursor
  /// (a series: all its dates, skipped and cancelled ones named).
  func printConfirmation(_ booking: Booking?) {
    guard let booking, let room = try? roomStore.room(id: booking.roomID) else {
      desk.say(
        lang.pick(
          "Stil markøren på en booking for at skrive en bekræftelse.",
          "Put the cursor on a booking to write a confirmation."), isError: true)
      return
    }
    // A short, safe file name however long the association's name is.
    let name = DanishFolding.slug(booking.associationName)
    desk.askToPrint(
      title: lang.pick("Bekræftelse til ", "Confirmation for ") + booking.associationName,
      fileName: lang.pick("bekraeftelse-", "confirmation-") + name + "-" + booking.slot.day.iso
        + ".txt",
      what: ("Bekræftelsen", "The confirmation")
    ) { [bookingStore, today = desk.today, lang] in
      let dates = (try? BookingConfirmation.dates(of: booking, in: bookingStore)) ?? [booking]
      let substitutes = (try? BookingConfirmation.substitutes(for: dates, in: bookingStore)) ?? [:]
      return BookingConfirmation.text(
        dates, room: room, today: today, lang: lang, substitutes: substitutes)
    }
  }

  /// `u`: the last cancellation's bookings are active again.
  func undoCancel() {
    let ids = state.lastCancelled
    guard !ids.isEmpty else {
      desk.say(
        lang.pick("Der er ingen annullering at fortryde.", "There is no cancellation to undo."),
        isError: true)
      return
    }
    do {
      try bookingStore.restore(ids)
      desk.say(
        lang.pick("Fortrudt: ", "Undone: ")
          + lang.count(ids.count, "dato", "datoer", "date", "dates")
          + lang.pick(
            " er booket igen.", ids.count == 1 ? " is booked again." : " are booked again."))
      send(.cancelled([]))
      reloadWeek()
    } catch {
      desk.say(
        lang.pick("Kan ikke fortrydes: ", "Cannot be undone: ") + ErrorText.message(error, lang),
        isError: true)
    }
  }

  func cancelBooking(_ booking: Booking) {
    desk.present(
      .form(
        BookingChangeForm.cancel(booking, room: roomName(booking.roomID), lang: lang),
        asking(.cancel(booking))))
  }

  func moveBooking(_ booking: Booking) {
    desk.present(
      .form(
        BookingChangeForm.move(booking, room: roomName(booking.roomID), lang: lang),
        asking(.move(booking))))
  }

  func saveCancel(_ form: Form, _ booking: Booking) -> Form? {
    do {
      let cancelled = try bookingStore.cancel(
        booking.id, scope: BookingChangeForm.scope(form),
        note: form.field("note")?.text.trimmed ?? "", by: desk.me?.id)
      send(.cancelled(cancelled.map(\.id)))
      desk.say(
        (cancelled.count == 1
          ? lang.pick("Annulleret: ", "Cancelled: ") + cancelled[0].slot.day.label(lang) + " "
            + booking.associationName
          : lang.pick(
            "Annulleret: \(cancelled.count) datoer for \(booking.associationName)",
            "Cancelled: \(cancelled.count) dates for \(booking.associationName)"))
          + lang.pick(" · u fortryder", " · u undoes"))
      reloadWeek()
      return nil
    } catch {
      return notChanged(form, error)
    }
  }

  func saveMove(_ form: Form, _ booking: Booking) -> Form? {
    var form = form
    guard let (start, end, purpose, attendees) = BookingChangeForm.readMove(&form, lang: lang)
    else { return form }
    do {
      let dates = try bookingStore.move(
        booking.id, scope: BookingChangeForm.scope(form), start: start, end: end,
        purpose: purpose, attendees: .some(attendees))
      desk.say(
        lang.pick("Ændret: ", "Changed: ")
          + lang.count(dates.count, "dato", "datoer", "date", "dates")
          + lang.pick(", nu ", ", now ")
          + start.text + "–" + end.text)
      reloadWeek()
      return nil
    } catch {
      return notChanged(form, error)
    }
  }

  /// A move or cancellation that could not be done: why, in the form.
  private func notChanged(_ form: Form, _ error: Error) -> Form {
    var form = form
    if let error = error as? RoomError {
      if case .taken = error {} else { form.setError("time", error.message(lang)) }
      form.message = lang.pick("Ikke ændret: ", "Not changed: ") + error.message(lang)
    } else {
      form.message = desk.notDone(error, ("Ikke ændret: ", "Not changed: "))
    }
    return form
  }
}
