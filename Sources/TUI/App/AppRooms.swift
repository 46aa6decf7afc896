import Core

/// F4: the week of bookings, moving through it, choosing a room, the search
/// for a free room, and the room form.
extension App {
  func performRooms(_ effect: Effect) {
    switch effect {
    case .reloadWeek: reloadWeek()
    case .findRooms: findRooms()
    case .goToDate: modals.append(.form(BookingChangeForm.goTo(lang: lang), .goToDate))
    case .pickRoom: pickRoom()
    case .editRoom(let id): editRoom(id)
    case .newBooking: newBookingAtCursor()
    case .bookRoom(let room): bookRoom(room)
    case .editBooking(let booking):
      modals.append(
        .form(
          BookingChangeForm.move(booking, room: roomName(booking.roomID), lang: lang),
          .moveBooking(booking)))
    case .cancelBooking(let booking):
      modals.append(
        .form(
          BookingChangeForm.cancel(booking, room: roomName(booking.roomID), lang: lang),
          .cancelBooking(booking)))
    case .undoCancel: undoCancel()
    default: break
    }
  }

  func roomName(_ id: Int64) -> String {
    rooms.rooms.first { $0.id == id }?.name ?? (try? roomStore.room(id: id))??.name ?? ""
  }

  /// Reads the rooms and the shown week's bookings again (after a move to
  /// another week, a booking here, or a write at another desk).
  func reloadWeek() {
    do {
      rooms.rooms = try roomStore.rooms()
      facilities = try roomStore.facilities()  // for reading the search, key by key
      if let id = rooms.roomID, !rooms.rooms.contains(where: { $0.id == id }) {
        rooms.roomID = nil  // deactivated meanwhile
      }
      rooms.bookings = try bookingStore.bookings(
        room: rooms.roomID, from: rooms.weekStart, to: rooms.weekStart.adding(7))
      let shown = rooms.roomID == nil ? rooms.rooms : rooms.rooms.filter { $0.id == rooms.roomID }
      var first = shown.map { $0.opens.minutes / 60 }.min() ?? 8
      var last = shown.map { ($0.closes.minutes + 59) / 60 }.max() ?? 22
      for booking in rooms.bookings {
        first = min(first, booking.slot.start.minutes / 60)
        last = max(last, (booking.slot.end.minutes + 59) / 60)
      }
      rooms.hours = first..<max(first + 1, last)
      rooms.cursorHour = max(first, min(rooms.hours.upperBound - 1, rooms.cursorHour))
      rooms.inCell = min(rooms.inCell, max(0, rooms.cellBookings.count - 1))
    } catch { show(error) }
  }

  /// Ranks the rooms again from what the find form says now.
  func findRooms() {
    let (when, needs) = RoomFindForm.read(
      &rooms.findForm, facilities: facilities, today: inquiryStore.today, lang: lang)
    rooms.wanted = when
    guard let when else {
      rooms.options = nil
      return
    }
    do {
      rooms.options = try roomFinder.find(when.slots, needs: needs)
      rooms.selected = min(rooms.selected, max(0, (rooms.options?.count ?? 1) - 1))
    } catch { show(error) }
  }

  private func pickRoom() {
    reloadWeek()
    let options =
      [(label: lang.pick("Alle lokaler", "All rooms"), value: nil as Int64?)]
      + rooms.rooms.map { (label: $0.name, value: Optional($0.id!)) }
      + [(label: lang.pick("+ Nyt lokale …", "+ New room …"), value: Optional(Self.newRoomChoice))]
    modals.append(
      .picker(
        Picker(
          purpose: .room, title: lang.pick("Lokale", "Room"), options: options,
          current: rooms.roomID)))
  }

  /// The picker's value for "create a new room".
  static let newRoomChoice: Int64 = -1

  func chooseRoom(_ value: Int64?) {
    if value == Self.newRoomChoice {
      modals.append(.form(RoomForm.make(Room(name: ""), lang: lang), .room(Room(name: ""))))
      return
    }
    rooms.roomID = value
    rooms.inCell = 0
    reloadWeek()
  }

  private func editRoom(_ id: Int64?) {
    guard let id, let room = try? roomStore.room(id: id) else {
      message = (
        lang.pick(
          "Vælg først et lokale med r (eller opret et nyt der).",
          "Choose a room with r first (or create a new one there)."), true
      )
      return
    }
    modals.append(.form(RoomForm.make(room, lang: lang), .room(room)))
  }

  func saveRoom(_ form: Form, base: Room) {
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
      modals.append(.form(form, .room(base)))
      return
    }
    do {
      let id = try roomStore.save(room)
      var text = lang.pick("Gemt: ", "Saved: ") + room.name
      if !room.active {
        let ahead = try bookingStore.bookings(
          room: id, from: inquiryStore.today, to: inquiryStore.today.adding(3650)
        ).count
        text = lang.pick(
          "\(room.name) er deaktiveret og kan ikke bookes. \(ahead) kommende bookinger står stadig.",
          "\(room.name) is deactivated and cannot be booked. \(ahead) future bookings remain.")
      }
      message = (text, false)
      rooms.roomID = room.active ? id : nil
      reloadWeek()
      findRooms()
    } catch RoomError.invalid(let more) {  // a name another room has
      form.show(
        Dictionary(uniqueKeysWithValues: more.map { ($0.key.rawValue, $0.value) }), lang: lang)
      modals.append(.form(form, .room(base)))
    } catch {
      form.message = notDone(error, ("Ikke gemt: ", "Not saved: "))
      modals.append(.form(form, .room(base)))
    }
  }

  func goToDate(_ form: Form) {
    var form = form
    guard let day = DateInput.parse(form.field("date")?.text ?? "", today: inquiryStore.today)
    else {
      form.show(["date": .invalidDate], lang: lang)
      modals.append(.form(form, .goToDate))
      return
    }
    _ = rooms.go(to: day)
    reloadWeek()
  }
}
