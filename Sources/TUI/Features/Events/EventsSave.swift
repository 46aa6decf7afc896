import Core

/// F7's saves: a new event (its sessions booked in the room at once, with
/// the free rooms named when the room is taken), a sign-up (asking first
/// when it is late or the same person twice), a cancellation.
extension EventsFeature {
  /// The kinds, the target groups and the colleague at the desk.
  func choices() throws -> EventForm.Choices {
    EventForm.Choices(
      kinds: try store.kinds(), groups: desk.stores.associations.targetGroups,
      staff: desk.me?.initials ?? "")
  }

  func askNewEvent() {
    do {
      let choices = try choices()
      desk.present(.form(EventForm.make(choices, lang: lang), asking(.newEvent(choices))))
    } catch { desk.show(error) }
  }

  func askEdit(_ id: Int64) {
    do {
      guard let event = try store.event(id: id) else { throw EventError.notFound(id) }
      guard event.status == .active else { throw EventError.cancelled }
      let choices = try choices()
      desk.present(
        .form(EventForm.edit(event, choices, lang: lang), asking(.editEvent(event, choices))))
    } catch { desk.show(error) }
  }

  var staffLookup: (String) -> Staff? {
    { (try? self.desk.stores.staff.staff(initials: $0)) ?? nil }
  }

  func saveEvent(_ form: Form, _ choices: EventForm.Choices) -> Form? {
    var form = form
    guard
      let plan = EventForm.read(
        &form, choices, today: desk.today, lang: lang,
        rooms: { (try? self.desk.stores.rooms.rooms(matching: $0)) ?? [] }, staff: staffLookup)
    else { return form }
    do {
      let id = try store.add(plan, by: desk.me?.id)
      desk.say(
        lang.pick("Oprettet: arrangement nr. \(id), ", "Added: event no. \(id), ")
          + lang.count(plan.slots.count, "gang", "gange", "session", "sessions")
          + (plan.roomID == nil ? "" : lang.pick(", lokalet er booket", ", the room is booked")))
      send(.closed)
      open(id)
      reload()
      desk.refreshAll()
      return nil
    } catch RoomError.taken(let clashes) {
      form.setError("when", RoomError.taken(clashes).message(lang))
      form.message = freeRooms(plan)
      form.focusFirstError()
    } catch let error as RoomError {
      switch error {
      case .outsideHours, .endBeforeStart, .inPast, .tooFarAhead:
        form.setError("when", error.message(lang))
      default: break
      }
      form.message = lang.pick("Ikke gemt: ", "Not saved: ") + error.message(lang)
      form.focusFirstError()
    } catch let error as EventError {
      refused(error, &form)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  func saveChange(_ form: Form, _ event: Event, _ choices: EventForm.Choices) -> Form? {
    var form = form
    guard
      let change = EventForm.readChange(
        &form, event, choices, today: desk.today, lang: lang, staff: staffLookup)
    else { return form }
    do {
      let moved = try store.update(event.id, change)
      desk.say(
        lang.pick("Gemt: ", "Saved: ") + SafeText.oneLine(change.title) + "." + movedUp(moved))
      open(event.id)
      desk.refreshAll()
      return nil
    } catch let error as EventError {
      refused(error, &form)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  /// An event's rule said no: the field it is about gets the message.
  private func refused(_ error: EventError, _ form: inout Form) {
    switch error {
    case .invalid(let field, let problem): form.setError(field.rawValue, problem.message(lang))
    case .overRoomCapacity, .seatsTaken: form.setError("capacity", error.message(lang))
    case .deadlineAfterStart: form.setError("deadline", error.message(lang))
    case .placeNeeded: form.setError("room", error.message(lang))
    default: break
    }
    form.message = lang.pick("Ikke gemt: ", "Not saved: ") + error.message(lang)
    form.focusFirstError()
  }

  /// " Rykket op fra ventelisten: Bo Berg." (nothing when no one moved).
  private func movedUp(_ moved: [SignUp]) -> String {
    guard !moved.isEmpty else { return "" }
    return lang.pick(" Rykket op fra ventelisten: ", " Moved up from the waiting list: ")
      + moved.map { SafeText.oneLine($0.who) }.joined(separator: ", ") + "."
  }

  func callOff(_ line: EventLine) {
    do {
      let inRoom = try store.event(id: line.id)?.roomID != nil
      try store.cancel(event: line.id, by: desk.me?.id)
      desk.say(
        lang.pick("Aflyst: ", "Called off: ") + SafeText.oneLine(line.title) + "."
          + (inRoom ? lang.pick(" Lokalet er ledigt igen.", " The room is free again.") : ""))
      reload()
      desk.refreshAll()
    } catch { desk.show(error) }
  }

  /// F4's alternatives for a taken room: the rooms free on every date,
  /// best first, to type into the room field instead.
  private func freeRooms(_ plan: EventPlan) -> String {
    let free =
      ((try? desk.stores.roomFinder.find(plan.slots, needs: RoomNeeds(attendees: plan.capacity)))
      ?? []).filter { $0.clashes.isEmpty }.prefix(3).map(\.room.name)
    guard !free.isEmpty else {
      return lang.pick(
        "Intet lokale er ledigt på alle datoerne: vælg en anden tid.",
        "No room is free on every date: choose another time.")
    }
    return lang.pick("Ledige på alle datoerne: ", "Free on every date: ")
      + free.joined(separator: "; ")
  }

  func askSignUp() {
    guard let event = state.event else { return }
    desk.present(
      .form(SignUpForm.make(event, counts: state.counts, lang: lang), asking(.signup(event.id))))
  }

  func saveSignUp(_ form: Form, eventID: Int64) -> Form? {
    var form = form
    guard
      let request = SignUpForm.read(
        &form, eventID: eventID, lang: lang,
        lookup: { (try? self.desk.stores.associations.associations(matching: $0, limit: 50)) ?? [] }
      )
    else { return form }
    do {
      signedUp(try store.signup(request, by: desk.me?.id), request)
      return nil
    } catch EventError.asks(let questions) {
      desk.present(
        .confirm(
          Confirm(
            question: questions.map { $0.message(lang) }.joined(separator: " ")
              + lang.pick(" Tilmeld alligevel?", " Sign up anyway?"),
            asked: asking(.signupAnyway(request)))))
    } catch let error as EventError {
      if case .invalid(let field, let problem) = error {
        form.setError(field.rawValue, problem.message(lang))
      }
      form.message = lang.pick("Ikke tilmeldt: ", "Not signed up: ") + error.message(lang)
      form.focusFirstError()
    } catch {
      form.message = desk.notDone(error, ("Ikke tilmeldt: ", "Not signed up: "))
    }
    return form
  }

  func signUp(_ request: SignUpRequest, confirmed: Bool) {
    do {
      signedUp(try store.signup(request, confirmed: confirmed, by: desk.me?.id), request)
    } catch { desk.show(error) }
  }

  private func signedUp(_ outcome: SignUpOutcome, _ request: SignUpRequest) {
    let association =
      request.associationID.flatMap { try? desk.stores.associations.association(id: $0)?.name }
      ?? lang.pick("Foreningen", "The association")
    let who = request.name.isEmpty ? association : request.name
    desk.say(SafeText.oneLine(who) + ": " + EventText.outcome(outcome, lang))
    open(request.eventID)
    desk.refreshAll()
  }

  func cancel(_ signup: SignUp) {
    do {
      let moved = try store.cancel(signup: signup.id, by: desk.me?.id)
      desk.say(
        lang.pick("Afmeldt: ", "Cancelled: ") + SafeText.oneLine(signup.who) + "."
          + movedUp(moved))
      open(signup.eventID)
      desk.refreshAll()
    } catch { desk.show(error) }
  }
}
