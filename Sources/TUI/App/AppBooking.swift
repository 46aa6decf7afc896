import Core

/// F4: booking a room, with the choice to skip taken dates or book nothing;
/// moving and cancelling one date, the following ones or the whole series.
extension App {
  /// From the search: the typed dates and head count go into the form.
  func bookRoom(_ room: Room) {
    let when = rooms.findForm.field("when")?.text.trimmed ?? ""
    let attendees = Int(rooms.findForm.field("attendees")?.text.trimmed ?? "")
    modals.append(
      .form(
        BookingForm.make(room: room, when: when, attendees: attendees, lang: lang), .booking(room)))
  }

  /// From the week: the shown room, the cursor's day, two hours from its hour.
  func newBookingAtCursor() {
    guard let room = rooms.room else {
      message = (
        lang.pick(
          "Vælg et lokale med r for at booke her, eller find et ledigt lokale med f.",
          "Choose a room with r to book here, or find a free room with f."), true
      )
      return
    }
    let end = min(rooms.cursorHour + 2, max(rooms.cursorHour + 1, room.closes.minutes / 60))
    let when = rooms.cursorDay.numeric + " " + Day.two(rooms.cursorHour) + "-" + Day.two(end)
    modals.append(
      .form(BookingForm.make(room: room, when: when, attendees: nil, lang: lang), .booking(room)))
  }

  func saveBooking(_ form: Form, room: Room) {
    var form = form
    guard
      let request = BookingForm.read(
        &form, room: room, today: inquiryStore.today, lang: lang,
        lookup: { (try? self.store.associations(matching: $0)) ?? [] })
    else {
      modals.append(.form(form, .booking(room)))
      return
    }
    do {
      booked(try bookingStore.book(request, by: me?.id), request)
    } catch RoomError.taken(let clashes) {
      let total = request.slots.count
      let taken = RoomFinder.takenCount(clashes)
      let list = clashes.prefix(4).map { $0.label(lang) }.joined(separator: "; ")
      form.message = lang.pick("Optaget: ", "Taken: ") + list
      modals.append(.form(form, .booking(room)))
      guard taken < total else { return }  // nothing free: only the message
      modals.append(
        .confirm(
          Confirm(
            question: lang.pick(
              "\(taken) af \(total) datoer er optaget (\(list)). Book de \(total - taken) ledige og spring de optagne over? Nej: intet bookes.",
              "\(taken) of \(total) dates are taken (\(list)). Book the \(total - taken) free ones and skip the taken? No: nothing is booked."
            ), action: .bookSkipping(request))))
    } catch let error as RoomError {
      switch error {
      case .overCapacity: form.setError("attendees", error.message(lang))
      case .outsideHours, .endBeforeStart: form.setError("when", error.message(lang))
      default: break
      }
      form.message = lang.pick("Ikke booket: ", "Not booked: ") + error.message(lang)
      form.focusFirstError()
      modals.append(.form(form, .booking(room)))
    } catch {
      form.message = notDone(error, ("Ikke booket: ", "Not booked: "))
      modals.append(.form(form, .booking(room)))
    }
  }

  /// "Yes" to skipping the taken dates: the form under the question goes.
  func bookSkipping(_ request: BookingRequest) {
    if case .form = modals.last { modals.removeLast() }
    do {
      booked(try bookingStore.book(request, skipConflicts: true, by: me?.id), request)
    } catch { show(error) }
  }

  /// After booking: the week of the first date, in that room, and what was done.
  private func booked(_ outcome: BookingOutcome, _ request: BookingRequest) {
    let room = roomName(request.roomID)
    let times = request.slot.start.text + "–" + request.slot.end.text
    var text =
      outcome.booked.count == 1
      ? lang.pick("Booket: ", "Booked: ") + room + " " + request.slot.day.label(lang) + " " + times
      : lang.pick(
        "Booket: \(room), \(outcome.booked.count) gange \(times)",
        "Booked: \(room), \(outcome.booked.count) times \(times)")
    if outcome.fee > 0 {
      text += lang.pick(" (rengøring \(outcome.fee) kr.)", " (cleaning \(outcome.fee) kr.)")
    }
    if !outcome.skipped.isEmpty {
      text +=
        lang.pick(". Sprunget over: ", ". Skipped: ")
        + outcome.skipped.map { $0.wanted.day.label(lang) + " (" + $0.associationName + ")" }
        .joined(separator: ", ")
    }
    message = (text, false)
    rooms.focus = .week
    rooms.roomID = request.roomID
    rooms.cursorHour = request.slot.start.minutes / 60
    _ = rooms.go(to: outcome.booked.first?.day ?? request.slot.day)
    reloadWeek()
    findRooms()
  }

  /// `u`: the last cancellation's bookings are active again.
  func undoCancel() {
    guard !rooms.lastCancelled.isEmpty else {
      message = (
        lang.pick("Der er ingen annullering at fortryde.", "There is no cancellation to undo."),
        true
      )
      return
    }
    do {
      try bookingStore.restore(rooms.lastCancelled)
      message = (
        lang.pick(
          "Fortrudt: \(rooms.lastCancelled.count) dato(er) er booket igen.",
          "Undone: \(rooms.lastCancelled.count) date(s) are booked again."), false
      )
      rooms.lastCancelled = []
      reloadWeek()
    } catch {
      message = (
        lang.pick("Kan ikke fortrydes: ", "Cannot be undone: ") + ErrorText.message(error, lang),
        true
      )
    }
  }

  func saveBookingChange(_ form: Form, _ target: FormTarget) {
    var form = form
    do {
      switch target {
      case .cancelBooking(let booking):
        let cancelled = try bookingStore.cancel(
          booking.id, scope: BookingChangeForm.scope(form),
          note: form.field("note")?.text.trimmed ?? "", by: me?.id)
        rooms.lastCancelled = cancelled.map(\.id)
        message = (
          (cancelled.count == 1
            ? lang.pick("Annulleret: ", "Cancelled: ") + cancelled[0].slot.day.label(lang) + " "
              + booking.associationName
            : lang.pick(
              "Annulleret: \(cancelled.count) datoer for \(booking.associationName)",
              "Cancelled: \(cancelled.count) dates for \(booking.associationName)"))
            + lang.pick(" · u fortryder", " · u undoes"), false
        )
      case .moveBooking(let booking):
        guard let (start, end, purpose, attendees) = BookingChangeForm.readMove(&form, lang: lang)
        else {
          modals.append(.form(form, target))
          return
        }
        let dates = try bookingStore.move(
          booking.id, scope: BookingChangeForm.scope(form), start: start, end: end,
          purpose: purpose, attendees: .some(attendees))
        message = (
          lang.pick("Ændret: \(dates.count) dato(er), nu ", "Changed: \(dates.count) date(s), now ")
            + start.text + "–" + end.text, false
        )
      default: return
      }
      reloadWeek()
    } catch let error as RoomError {
      if case .taken = error {} else { form.setError("time", error.message(lang)) }
      form.message = lang.pick("Ikke ændret: ", "Not changed: ") + error.message(lang)
      modals.append(.form(form, target))
    } catch {
      form.message = notDone(error, ("Ikke ændret: ", "Not changed: "))
      modals.append(.form(form, target))
    }
  }
}
