extension CommandID {
  static let previousDay = CommandID("previousDay")
  static let nextDay = CommandID("nextDay")
  static let previousWeek = CommandID("previousWeek")
  static let nextWeek = CommandID("nextWeek")
  static let previousMonth = CommandID("previousMonth")
  static let nextMonth = CommandID("nextMonth")
  static let today = CommandID("today")
  static let goToDate = CommandID("goToDate")
  static let pickRoom = CommandID("pickRoom")
  static let findRoom = CommandID("findRoom")
  static let bookRoom = CommandID("bookRoom")
  static let newBooking = CommandID("newBooking")
  static let cancelBooking = CommandID("cancelBooking")
  static let undoCancel = CommandID("undoCancel")
  static let editRoom = CommandID("editRoom")
  static let nextInCell = CommandID("nextInCell")
  static let printBooking = CommandID("printBooking")
}

/// The keys of F4 Lokaler: moving through the week, finding a room, booking,
/// cancelling, and keeping the list of rooms.
extension CommandTable {
  static let rooms: [Command] = [
    Command(
      id: .previousDay, keys: [.left, .char("h")], contexts: [.week], hint: nil,
      help: ("Dagen før", "The day before")),
    Command(
      id: .nextDay, keys: [.right, .char("l")], contexts: [.week], hint: nil,
      help: ("Dagen efter", "The day after")),
    Command(
      id: .previousWeek, keys: [.pageUp, .char("<")], contexts: [.week], hint: nil,
      help: ("Ugen før", "The week before")),
    Command(
      id: .nextWeek, keys: [.pageDown, .char(">")], contexts: [.week], hint: ("Uge", "Week"),
      help: ("Ugen efter (PgUp: ugen før)", "The week after (PgUp: the week before)")),
    Command(
      id: .previousMonth, keys: [.char("[")], contexts: [.week], hint: nil,
      help: ("En måned tilbage", "A month back")),
    Command(
      id: .nextMonth, keys: [.char("]")], contexts: [.week], hint: nil,
      help: ("En måned frem", "A month ahead")),
    Command(
      id: .today, keys: [.char("t"), .home], contexts: [.week], hint: ("I dag", "Today"),
      help: ("Tilbage til i dag", "Back to today")),
    Command(
      id: .goToDate, keys: [.char("g")], contexts: [.week], hint: ("Gå til", "Go to"),
      help: (
        "Gå til en dato eller et ugenummer (24-12, uge 2)", "Go to a date or a week (24-12, uge 2)"
      )),
    Command(
      id: .pickRoom, keys: [.char("r")], contexts: [.week], hint: ("Lokale", "Room"),
      help: (
        "Vis ét lokale eller alle; opret et nyt lokale", "Show one room or all; create a new room"
      )),
    Command(
      id: .findRoom, keys: [.char("f"), .char("/")], contexts: [.week],
      hint: ("Find ledigt", "Find free"),
      help: (
        "Find et ledigt lokale: hvornår, hvor mange, behov (tir 19-21 uge 2-24)",
        "Find a free room: when, how many, needs (tir 19-21 uge 2-24)"
      )),
    Command(
      id: .newBooking, keys: [.char("n"), .enter], contexts: [.week], hint: ("Book", "Book"),
      help: (
        "Book det viste lokale her (Enter på en booking: ret den)",
        "Book the shown room here (Enter on a booking: edit it)"
      )),
    Command(
      id: .cancelBooking, keys: [.char("x"), .delete], contexts: [.week],
      hint: ("Annullér", "Cancel"),
      help: (
        "Annullér den valgte booking (én dato, denne og følgende, hele serien)",
        "Cancel the selected booking (one date, this and following, the whole series)"
      )),
    Command(
      id: .printBooking, keys: [.char("p")], contexts: [.week], hint: nil,
      help: (
        "Bekræftelse til foreningen (fil eller printer)",
        "Confirmation for the association (file or printer)"
      )),
    Command(
      id: .undoCancel, keys: [.char("u")], contexts: [.week], hint: nil,
      help: (
        "Fortryd den seneste annullering (bookingerne bliver aktive igen)",
        "Undo the last cancellation (the bookings are active again)"
      )),
    Command(
      id: .nextInCell, keys: [.char(" ")], contexts: [.week], hint: nil,
      help: (
        "Næste booking i samme felt (når flere deler en time)",
        "Next booking in the same cell (when several share an hour)"
      )),
    Command(
      id: .editRoom, keys: [.char("L")], contexts: [.week], hint: ("Ret lokale", "Edit room"),
      help: (
        "Ret det viste lokale (kapacitet, faciliteter, timer, aktiv)",
        "Edit the shown room (capacity, facilities, hours, active)"
      )),
    Command(
      // ↑ in the first field leaves the search for the week (Esc clears it).
      id: .previousField, keys: [.up], contexts: [.roomFind],
      hint: ("Ugen (øverst)", "Week (at top)"),
      help: ("Forrige felt; i det første: ugen", "Previous field; in the first: the week")),
    Command(
      id: .bookRoom, keys: [.ctrl("s")], contexts: [.roomFind], hint: ("Book ▶", "Book ▶"),
      help: (
        "Book lokalet med ▶ (det bedste, mens du skriver); optagne datoer springes over",
        "Book the room marked ▶ (the best as you type); taken dates are skipped"
      )),
    Command(
      id: .bookRoom, keys: [.enter, .char("b")], contexts: [.roomResults], hint: ("Book", "Book"),
      help: (
        "Book det valgte lokale (ved optagne datoer: spring dem over eller fortryd)",
        "Book the selected room (with taken dates: skip them or cancel)"
      )),
  ]
}
