import Core

/// Changing a booking: cancelling it (with a note) or moving its times, for
/// one date, this and the following dates, or the whole series.
enum BookingChangeForm {
  static func scopeField(_ booking: Booking, lang: Language) -> [FormField] {
    guard booking.seriesID != nil else { return [] }
    return [
      FormField(
        key: "scope", label: lang.pick("Hvilke datoer", "Which dates"),
        value: .choice(
          [
            lang.pick("kun denne dato", "this date only"),
            lang.pick("denne og følgende", "this and following"),
            lang.pick("hele serien", "the whole series"),
          ], 0))
    ]
  }

  static func scope(_ form: Form) -> SeriesScope {
    guard let field = form.field("scope") else { return .one }
    return [SeriesScope.one, .following, .all][field.choice]
  }

  static func describe(_ booking: Booking, room: String, lang: Language) -> [String] {
    var lines = [
      booking.slot.day.label(lang) + " " + booking.slot.start.text + "–" + booking.slot.end.text
        + " · " + booking.associationName,
      room + (booking.purpose.isEmpty ? "" : " · " + booking.purpose),
    ]
    if booking.seriesID != nil {
      lines.append(lang.pick("Del af en fast booking (serie).", "Part of a series."))
    }
    return lines
  }

  static func cancel(_ booking: Booking, room: String, lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Annullér booking", "Cancel booking"),
      fields: scopeField(booking, lang: lang) + [
        FormField(
          key: "note", label: lang.pick("Note (hvorfor)", "Note (why)"), value: .text(TextField()))
      ])
    form.notes = describe(booking, room: room, lang: lang)
    form.footer = lang.pick(
      "Noten og hvem der annullerede gemmes. Ctrl-S annullerer, Esc fortryder.",
      "The note and who cancelled are kept. Ctrl-S cancels, Esc goes back.")
    return form
  }

  static func move(_ booking: Booking, room: String, lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Ret booking", "Edit booking"),
      fields: [
        FormField(
          key: "time", label: lang.pick("Tid *", "Time *"),
          value: .text(TextField(booking.slot.start.text + "-" + booking.slot.end.text))),
        FormField(
          key: "purpose", label: lang.pick("Formål", "Purpose"),
          value: .text(TextField(booking.purpose))),
        FormField(
          key: "attendees", label: lang.pick("Deltagere", "Attendees"),
          value: .text(TextField(booking.attendees.map(String.init) ?? ""))),
      ] + scopeField(booking, lang: lang))
    form.notes = describe(booking, room: room, lang: lang)
    form.footer = lang.pick(
      "Samme dag(e), nye tider. Ctrl-S gemmer, Esc fortryder.",
      "Same day(s), new times. Ctrl-S saves, Esc goes back.")
    return form
  }

  /// The new times and details, or nil with the problems next to the fields.
  static func readMove(_ form: inout Form, lang: Language) -> (
    ClockTime, ClockTime, String, Int?
  )? {
    form.clearErrors()
    let time = form.field("time")?.text.trimmed ?? ""
    let span = WhenInput.times(time)
    if span == nil {
      form.setError(
        "time", lang.pick("skriv fx 19-21 eller 19:00-21:30", "type e.g. 19-21 or 19:00-21:30"))
    }
    let attendeesText = form.field("attendees")?.text.trimmed ?? ""
    var attendees: Int?
    switch Validation.attendees(attendeesText) {
    case .success(let count): attendees = count
    case .failure(let error): form.setError("attendees", error.message(lang))
    }
    guard let span, form.fields.allSatisfy({ $0.error == nil }) else {
      form.message = lang.pick(
        "Ret de markerede felter. Intet er ændret endnu.",
        "Fix the marked fields. Nothing has changed yet.")
      form.focusFirstError()
      return nil
    }
    return (span.0, span.1, form.field("purpose")?.text.trimmed ?? "", attendees)
  }

  static func goTo(lang: Language) -> Form {
    var form = Form(
      title: lang.pick("Gå til", "Go to"),
      fields: [
        FormField(
          key: "date", label: lang.pick("Dato eller uge", "Date or week"),
          value: .text(TextField()))
      ])
    form.savesOnEnter = true
    form.footer = lang.pick(
      "Fx 24-12, 2027-01-05, uge 2, i morgen, +2u. Enter går dertil.",
      "E.g. 24-12, 2027-01-05, uge 2, i morgen, +2u. Enter goes there.")
    return form
  }
}
