import Core

/// Creating or editing a room, and reading it back. Deactivating is the
/// `Aktiv` box: the room leaves the search and the picker, its bookings stay.
enum RoomForm {
  static func make(_ room: Room, lang: Language) -> Form {
    func text(_ field: RoomField, _ da: String, _ en: String, _ value: String) -> FormField {
      FormField(key: field.rawValue, label: lang.pick(da, en), value: .text(TextField(value)))
    }
    func check(_ field: RoomField, _ da: String, _ en: String, _ on: Bool) -> FormField {
      FormField(key: field.rawValue, label: lang.pick(da, en), value: .check(on))
    }
    var form = Form(
      title: room.id == nil
        ? lang.pick("Nyt lokale", "New room")
        : lang.pick("Ret lokale: ", "Edit room: ") + room.name,
      fields: [
        text(.name, "Navn *", "Name *", room.name),
        text(.address, "Adresse", "Address", room.address),
        text(.area, "Område", "Area", room.area),
        text(.capacity, "Pladser *", "Seats *", String(room.capacity)),
        text(.facilities, "Faciliteter", "Facilities", room.facilities.joined(separator: ", ")),
        check(.accessibleToilet, "Handicaptoilet", "Accessible toilet", room.accessibleToilet),
        check(.stepFree, "Trinfri adgang", "Step-free access", room.stepFree),
        check(
          .nearTransport, "Tæt på offentlig transport", "Near public transport", room.nearTransport),
        text(.cleaningFee, "Rengøring (kr.)", "Cleaning (kr.)", String(room.cleaningFee)),
        text(.opens, "Kan bookes fra", "Bookable from", room.opens.text),
        text(.closes, "Kan bookes til", "Bookable until", room.closes.text),
        text(.notes, "Noter (nøgle o.l.)", "Notes (keys etc.)", room.notes),
        check(.active, "Aktiv (kan bookes)", "Active (can be booked)", room.active),
      ])
    form.footer = lang.pick(
      "Ingen koder eller alarmkoder i noterne. Faciliteter adskilles med komma. Ctrl-S gemmer.",
      "No codes or alarm codes in the notes. Separate facilities with commas. Ctrl-S saves.")
    return form
  }

  /// The room the form describes, and the fields that could not be read
  /// (numbers and times); the store checks the rest when saving.
  static func read(_ form: Form, into base: Room) -> (Room, [String: FieldError]) {
    var room = base
    var errors: [String: FieldError] = [:]
    func value(_ field: RoomField) -> String { form.field(field.rawValue)?.text.trimmed ?? "" }
    func checked(_ field: RoomField) -> Bool { form.field(field.rawValue)?.checked == true }
    room.name = value(.name)
    room.address = value(.address)
    room.area = value(.area)
    switch Room.number(value(.capacity), .capacity) {
    case .success(let capacity): room.capacity = capacity
    case .failure(let error): errors[RoomField.capacity.rawValue] = error
    }
    switch Room.number(value(.cleaningFee).isEmpty ? "0" : value(.cleaningFee), .cleaningFee) {
    case .success(let fee): room.cleaningFee = fee
    case .failure(let error): errors[RoomField.cleaningFee.rawValue] = error
    }
    for field in [RoomField.opens, .closes] {
      guard let time = ClockTime(value(field)) else {
        errors[field.rawValue] = .invalidTime(value(field))
        continue
      }
      if field == .opens { room.opens = time } else { room.closes = time }
    }
    room.facilities = value(.facilities).splitScalars { $0 == "," || $0 == "|" }.filter {
      !$0.isEmpty
    }
    .map { String($0).trimmed }.filter { !$0.isEmpty }
    room.accessibleToilet = checked(.accessibleToilet)
    room.stepFree = checked(.stepFree)
    room.nearTransport = checked(.nearTransport)
    room.notes = value(.notes)
    room.active = checked(.active)
    return (room, errors)
  }
}
