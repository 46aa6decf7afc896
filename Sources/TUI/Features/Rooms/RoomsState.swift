import Core

/// F4 Lokaler's state: a week of bookings as days × hours for one room or all, and
/// the search for a free room (what is needed on the left, the rooms that
/// fit on the right, ranked again on every key).
struct RoomsState {
  enum Focus: Equatable {
    case week
    case find
    case results
  }

  var focus = Focus.week
  /// Monday of the week shown.
  var weekStart: Day
  /// The day and hour under the cursor.
  var cursorDay: Day
  var cursorHour = 10
  /// The room shown; nil shows all rooms.
  var roomID: Int64?
  /// Active rooms, in Danish order (names for the all-rooms view).
  var rooms: [Room] = []
  /// Active bookings of the week shown, by time.
  var bookings: [Booking] = []
  /// The hours the grid shows: the rooms' opening hours and every booking.
  var hours = 8..<22
  /// Which of the cursor cell's bookings is selected.
  var inCell = 0
  /// The bookings the last cancellation took, for `u` to undo.
  var lastCancelled: [Int64] = []
  var hourScroll = 0

  var findForm = Form(title: "", fields: [])
  var options: [RoomOption]?
  /// What the find form asks for, when it reads.
  var wanted: WhenInput?
  var needs = RoomNeeds()
  var selected = 0
  var scroll = 0

  init(today: Day, lang: Language) {
    weekStart = today.monday
    cursorDay = today
    findForm = RoomFindForm.make(lang: lang)
  }

  var context: Context {
    switch focus {
    case .week: return .week
    case .find: return .roomFind
    case .results: return .roomResults
    }
  }

  var room: Room? { rooms.first { $0.id == roomID } }

  /// Bookings under the cursor: on its day, overlapping its hour.
  var cellBookings: [Booking] {
    bookings.filter { $0.slot.day == cursorDay && overlaps($0, hour: cursorHour) }
  }

  var selectedBooking: Booking? {
    let cell = cellBookings
    return cell.isEmpty ? nil : cell[min(inCell, cell.count - 1)]
  }

  var selectedOption: RoomOption? {
    guard let options, options.indices.contains(selected) else { return nil }
    return options[selected]
  }

  func overlaps(_ booking: Booking, hour: Int) -> Bool {
    booking.slot.start.minutes < (hour + 1) * 60 && booking.slot.end.minutes > hour * 60
  }

  /// A key (and what the table says it means); returns what to do next.
  mutating func handle(_ key: Key, _ command: CommandID?, today: Day) -> [RoomsEffect] {
    switch focus {
    case .week: return handleWeek(command, today: today)
    case .find:
      switch command {
      case .clearSearch:
        // Esc clears the search and the keyboard stays in it (typing after
        // it is text, never a week command); ↑ from the top reaches the week.
        guard findForm.clearText() else { return [] }
        selected = 0
        return [.findRooms]
      case .previousField where findForm.focus == 0:
        focus = .week
        return []
      case .showResults:
        if options?.isEmpty == false { focus = .results }
        return []
      case .bookRoom:
        // The room marked ▶ while typing: the search's usual end, but only
        // when the search reads whole and the room has a free date.
        if findForm.fields.contains(where: { $0.error != nil }) { return [.fixFindFirst] }
        guard let option = selectedOption else { return [.noRoomYet] }
        if let wanted, option.takenDates.count >= wanted.slots.count { return [.allTaken] }
        return [.bookRoom(option)]
      case .nextField where findForm.focus == findForm.fields.count - 1,
        .advance where findForm.focus == findForm.fields.count - 1:
        if options?.isEmpty == false { focus = .results }
        return []
      default:
        let before = findForm.fields.map(\.value)
        _ = findForm.handle(key, command)
        guard findForm.fields.map(\.value) != before else { return [] }
        selected = 0  // a new search: ▶ is on its best room again
        return [.findRooms]
      }
    case .results:
      switch command {
      case .back: focus = .find
      case .up:
        if selected == 0 { focus = .find } else { selected -= 1 }
      case .down: selected = min(max(0, (options?.count ?? 0) - 1), selected + 1)
      case .bookRoom: return selectedOption.map { [.bookRoom($0)] } ?? []
      default: break
      }
      return []
    }
  }

  private mutating func handleWeek(_ command: CommandID?, today: Day) -> [RoomsEffect] {
    switch command {
    case .up: moveHour(-1)
    case .down: moveHour(1)
    case .previousDay: return go(to: cursorDay.adding(-1))
    case .nextDay: return go(to: cursorDay.adding(1))
    case .previousWeek: return go(to: cursorDay.adding(-7))
    case .nextWeek: return go(to: cursorDay.adding(7))
    case .previousMonth: return go(to: cursorDay.addingMonths(-1))
    case .nextMonth: return go(to: cursorDay.addingMonths(1))
    case .today: return go(to: today)
    case .goToDate: return [.goToDate]
    case .pickRoom: return [.pickRoom]
    case .editRoom: return [.editRoom(roomID)]
    case .findRoom:
      // Back in the first field, the last search selected: typing starts anew.
      focus = .find
      findForm.enter(0)
      selected = 0
      return [.findRooms]
    case .nextInCell:
      let count = cellBookings.count
      if count > 1 { inCell = (inCell + 1) % count }
    case .newBooking:
      if let booking = selectedBooking { return [.editBooking(booking)] }
      return [.newBooking]
    case .edit: return selectedBooking.map { [.editBooking($0)] } ?? []
    case .cancelBooking: return selectedBooking.map { [.cancelBooking($0)] } ?? []
    case .undoCancel: return [.undoCancel]
    case .printBooking: return [.printBooking(selectedBooking)]
    default: break
    }
    return []
  }

  private mutating func moveHour(_ delta: Int) {
    cursorHour = max(hours.lowerBound, min(hours.upperBound - 1, cursorHour + delta))
    inCell = 0
  }

  /// Moves the cursor to `day`; a day in another week reads that week.
  mutating func go(to day: Day) -> [RoomsEffect] {
    cursorDay = day
    inCell = 0
    guard day.monday != weekStart else { return [] }
    weekStart = day.monday
    return [.reloadWeek]
  }

  /// What an effect found, applied here: the only way loaded data gets in.
  mutating func apply(_ message: RoomsMessage) {
    switch message {
    case .week(let rooms, let roomID, let bookings):
      self.rooms = rooms
      self.roomID = roomID
      self.bookings = bookings
      let shown = roomID == nil ? rooms : rooms.filter { $0.id == roomID }
      var first = shown.map { $0.opens.minutes / 60 }.min() ?? 8
      var last = shown.map { ($0.closes.minutes + 59) / 60 }.max() ?? 22
      for booking in bookings {
        first = min(first, booking.slot.start.minutes / 60)
        last = max(last, (booking.slot.end.minutes + 59) / 60)
      }
      hours = first..<max(first + 1, last)
      cursorHour = max(first, min(hours.upperBound - 1, cursorHour))
      inCell = min(inCell, max(0, cellBookings.count - 1))
    case .found(let wanted, let needs, let options):
      self.wanted = wanted
      self.needs = needs
      self.options = options
      selected = min(selected, max(0, (options?.count ?? 1) - 1))
    case .roomChosen(let id):
      roomID = id
      inCell = 0
    case .booked(let roomID, let day, let hour):
      focus = .week
      self.roomID = roomID
      cursorHour = hour
      _ = go(to: day)
    case .cancelled(let ids): lastCancelled = ids
    case .findCleared(let form):
      findForm = form
      wanted = nil
      options = nil
      needs = RoomNeeds()
      selected = 0
    case .wentTo(let day): _ = go(to: day)
    }
  }

  /// Reads the find form (marking what it cannot read) for a search.
  mutating func readFind(facilities: [String], today: Day, lang: Language) -> (
    WhenInput?, RoomNeeds
  ) {
    RoomFindForm.read(&findForm, facilities: facilities, today: today, lang: lang)
  }
}
