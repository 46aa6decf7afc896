import Core

/// F4 Lokaler: the week of bookings, moving through it, choosing a room,
/// the search for a free room, and the room form. Booking, moving and
/// cancelling are in `RoomsBooking.swift`.
final class RoomsFeature: Pane {
  unowned let desk: Desk
  private(set) var state: RoomsState
  let roomStore: RoomStore
  let bookingStore: BookingStore
  let roomFinder: RoomFinder
  let associations: AssociationStore
  /// The facility names rooms can have, for reading the search.
  private var facilities: [String] = []

  init(_ desk: Desk) throws {
    self.desk = desk
    state = RoomsState(today: desk.today, lang: desk.lang)
    roomStore = desk.stores.rooms
    bookingStore = desk.stores.bookings
    roomFinder = desk.stores.roomFinder
    associations = desk.stores.associations
  }

  /// The one way this feature's code changes the pane's state.
  func send(_ message: RoomsMessage) { state.apply(message) }

  var lang: Language { desk.lang }
  var context: Context { state.context }
  var footnote: String? { nil }
  var hasUnsavedChanges: Bool { false }

  func handle(_ key: Key, command: CommandID?) {
    for effect in state.handle(key, command, today: desk.today) { perform(effect) }
  }

  func receive(_ event: DeskEvent) {
    switch event {
    case .shown: reloadWeek()
    case .refresh:
      reloadWeek()
      if state.focus != .week { findRooms() }
    case .open(.booking(let roomID, let day, let hour)):
      send(.booked(roomID: roomID, day: day, hour: hour))
      reloadWeek()
    case .open(.room(let roomID)):
      send(.booked(roomID: roomID, day: desk.today, hour: 10))
      reloadWeek()
    default: break
    }
  }

  func layout(width: Int, height: Int) {}

  func render(into grid: inout Grid, rect: Rect) {
    if state.focus == .week {
      state.renderWeek(into: &grid, rect: rect, lang: lang, today: desk.today)
    } else {
      state.renderFind(into: &grid, rect: rect, lang: lang)
    }
  }

  func perform(_ effect: RoomsEffect) {
    switch effect {
    case .reloadWeek: reloadWeek()
    case .findRooms: findRooms()
    case .goToDate:
      desk.present(
        .form(BookingChangeForm.goTo(lang: lang), asking(.goToDate)))
    case .pickRoom: pickRoom()
    case .editRoom(let id): editRoom(id)
    case .newBooking: newBookingAtCursor()
    case .bookRoom(let option): bookRoom(option)
    case .fixFindFirst:
      desk.say(
        lang.pick(
          "Ret først det markerede felt i søgningen; intet er booket.",
          "First fix the marked field in the search; nothing is booked."), isError: true)
    case .allTaken:
      desk.say(
        lang.pick(
          "Lokalet med ▶ er optaget på alle datoerne; vælg et andet (Ctrl-R) eller andre tider.",
          "The room marked ▶ is taken on every date; pick another (Ctrl-R) or other times."),
        isError: true)
    case .noRoomYet:
      desk.say(
        lang.pick(
          "Intet lokale passer endnu: skriv hvornår (fx tir 19-21 uge 2-24).",
          "No room fits yet: type when (e.g. tue 19-21 weeks 2-24)."), isError: true)
    // A `where` on a case of several patterns guards only the last one:
    // a case each.
    case .editBooking(let booking) where booking.eventID != nil: openEvent(of: booking)
    case .cancelBooking(let booking) where booking.eventID != nil: openEvent(of: booking)
    case .printBooking(let booking?) where booking.eventID != nil: openEvent(of: booking)
    case .editBooking(let booking): moveBooking(booking)
    case .cancelBooking(let booking): cancelBooking(booking)
    case .undoCancel: undoCancel()
    case .printBooking(let booking): printConfirmation(booking)
    }
  }

  /// A session of the centre's own event is changed with the event: F7
  /// opens on it.
  private func openEvent(of booking: Booking) {
    guard let id = booking.eventID else { return }
    desk.bring(.open(.event(id)))
    desk.say(
      lang.pick(
        "Det er en gang af et arrangement: det rettes og aflyses her i F7 (e, x i listen).",
        "That is a session of an event: it is edited and called off here in F7 (e, x in the list).")
    )
  }

  func roomName(_ id: Int64) -> String {
    state.rooms.first { $0.id == id }?.name ?? (try? roomStore.room(id: id))??.name ?? ""
  }

  /// Reads the rooms and the shown week's bookings again (after a move to
  /// another week, a booking here, or a write at another desk).
  func reloadWeek() {
    do {
      let rooms = try roomStore.rooms()
      facilities = try roomStore.facilities()  // for reading the search, key by key
      // A room deactivated meanwhile is no longer shown.
      let roomID = state.roomID.flatMap { id in rooms.contains { $0.id == id } ? id : nil }
      let bookings = try bookingStore.bookings(
        room: roomID, from: state.weekStart, to: state.weekStart.adding(7))
      send(.week(rooms: rooms, roomID: roomID, bookings: bookings))
    } catch { desk.show(error) }
  }

  /// Ranks the rooms again from what the find form says now.
  func findRooms() {
    let (when, needs) = state.readFind(facilities: facilities, today: desk.today, lang: lang)
    guard let when else {
      send(.found(nil, needs, nil))
      return
    }
    do {
      send(.found(when, needs, try roomFinder.find(when.slots, needs: needs)))
    } catch { desk.show(error) }
  }

  private func pickRoom() {
    reloadWeek()
    let options =
      [(label: lang.pick("Alle lokaler", "All rooms"), value: nil as Int64?)]
      + state.rooms.map { (label: $0.name, value: Optional($0.id!)) }
      + [(label: lang.pick("+ Nyt lokale …", "+ New room …"), value: Optional(Self.newRoomChoice))]
    desk.present(
      .picker(
        Picker(title: lang.pick("Lokale", "Room"), options: options, current: state.roomID),
        asking(.room)))
  }

  /// The picker's value for "create a new room".
  static let newRoomChoice: Int64 = -1

  func chooseRoom(_ value: Int64?) {
    if value == Self.newRoomChoice {
      openRoomForm(Room(name: ""))
      return
    }
    send(.roomChosen(value))
    reloadWeek()
  }

  private func editRoom(_ id: Int64?) {
    guard let id, let room = try? roomStore.room(id: id) else {
      desk.say(
        lang.pick(
          "Vælg først et lokale med r (eller opret et nyt der).",
          "Choose a room with r first (or create a new one there)."), isError: true)
      return
    }
    openRoomForm(room)
  }

  private func openRoomForm(_ room: Room) {
    desk.present(
      .form(RoomForm.make(room, lang: lang), asking(.roomForm(room))))
  }

  func saveRoom(_ form: Form, base: Room) -> Form? {
    var form = form
    form.clearErrors()
    var (room, errors) = RoomForm.read(form, into: base)
    // The fields the form could not read, and the store's rules, at once.
    do {
      room = try RoomStore.validate(room)
    } catch {
      if case .invalid(let more) = error {
        for (field, problem) in more where errors[field.rawValue] == nil {
          errors[field.rawValue] = problem
        }
      }
    }
    if !errors.isEmpty {
      form.show(errors, lang: lang)
      return form
    }
    do {
      let id = try roomStore.save(room)
      var text = lang.pick("Gemt: ", "Saved: ") + room.name
      if !room.active {
        let ahead = try bookingStore.bookings(
          room: id, from: desk.today, to: desk.today.adding(3650)
        ).count
        text = lang.pick(
          "\(room.name) er deaktiveret og kan ikke bookes. \(ahead) kommende bookinger står stadig.",
          "\(room.name) is deactivated and cannot be booked. \(ahead) future bookings remain.")
      }
      desk.say(text)
      send(.roomChosen(room.active ? id : nil))
      reloadWeek()
      findRooms()
      return nil
    } catch RoomError.invalid(let more) {  // a name another room has
      form.show(
        Dictionary(uniqueKeysWithValues: more.map { ($0.key.rawValue, $0.value) }), lang: lang)
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
    }
    return form
  }

  func goToDate(_ form: Form) -> Form? {
    var form = form
    guard let day = DateInput.parse(form.field("date")?.text ?? "", today: desk.today) else {
      form.show(["date": .invalidDate], lang: lang)
      return form
    }
    send(.wentTo(day))
    reloadWeek()
    return nil
  }
}
