import Core

/// F5's Ctrl-V: a colleague marked away until a date (holiday, illness),
/// or back. Handing over to them or choosing them then warns, and I dag
/// says who is away.
extension WhoIsHereFeature {
  func markAway(_ id: Int64?) {
    guard let id, let member = staff.first(where: { $0.id == id }) else {
      desk.say(lang.pick("Marker en kollega først.", "Mark a colleague first."), isError: true)
      return
    }
    var form = Form(
      title: lang.pick(
        "\(member.initials) \(member.name): væk", "\(member.initials) \(member.name): away"),
      fields: [
        FormField(
          key: "until", label: lang.pick("Væk til og med", "Away until"),
          value: .text(TextField(member.awayUntil?.numeric ?? "")))
      ])
    form.labelWidth = 18
    form.savesOnEnter = true
    form.footer = lang.pick(
      "Dato: 24-12, +14, fre, uge 2. Tom: tilbage. Enter gemmer, Esc fortryder.",
      "Date: 24-12, +14, fri, week 2. Empty: back. Enter saves, Esc cancels.")
    desk.present(.form(form, asking(.away(member))))
  }

  func saveAway(_ member: Staff, _ form: Form) -> Form? {
    var form = form
    let text = form.field("until")?.text.trimmed ?? ""
    var day: Day?
    if !text.isEmpty {
      guard let parsed = DateInput.parse(text, today: desk.today), parsed >= desk.today else {
        form.show(["until": .invalidDate], lang: lang)
        return form
      }
      day = parsed
    }
    do {
      try desk.stores.inquiries.directory.setAway(member.initials, until: day)
      // The picker under the form shows the list as it was: draw it anew.
      desk.dismissPicker()
      ask()
      desk.refreshAll()
      desk.say(
        day.map {
          lang.pick(
            "\(member.initials) er væk til og med \($0.numeric).",
            "\(member.initials) is away until \($0.numeric).")
        }
          ?? lang.pick("\(member.initials) er tilbage.", "\(member.initials) is back."))
      return nil
    } catch {
      form.message = desk.notDone(error, ("Ikke gemt: ", "Not saved: "))
      return form
    }
  }
}
