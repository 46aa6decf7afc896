import Core

/// What F4's key handling asks for; `RoomsFeature.perform` carries it out.
enum RoomsEffect: Equatable {
  case reloadWeek
  case findRooms
  case goToDate
  case pickRoom
  case editRoom(Int64?)
  case newBooking
  /// Book the room found (its taken dates known, to skip them).
  case bookRoom(RoomOption)
  /// Ctrl-S in the search before any room fits.
  case noRoomYet
  /// Ctrl-S in the search while a field there cannot be read.
  case fixFindFirst
  /// Ctrl-S on a room taken on every wanted date.
  case allTaken
  case editBooking(Booking)
  case cancelBooking(Booking)
  case undoCancel
  /// `p` on a booking: its confirmation (the whole series for a series).
  case printBooking(Booking?)
}

/// What an effect found, for `RoomsState.apply`.
enum RoomsMessage {
  /// The active rooms, the room shown (nil: all, or it was deactivated
  /// meanwhile) and that week's bookings.
  case week(rooms: [Room], roomID: Int64?, bookings: [Booking])
  /// The rooms that fit what the find form asks (nil: it does not read yet).
  case found(WhenInput?, RoomNeeds, [RoomOption]?)
  case roomChosen(Int64?)
  /// Just booked: show that room's week at the first date and hour.
  case booked(roomID: Int64, day: Day, hour: Int)
  /// The bookings the last cancellation took, for `u` to undo.
  case cancelled([Int64])
  /// A booking made from the search: the next call starts with an empty one.
  case findCleared(Form)
  case wentTo(Day)
}
