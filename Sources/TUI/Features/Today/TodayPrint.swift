import Core
import Glibc

/// I dag's `p`: today's sheet for the door and the caretaker, to a file
/// (named for the day, in the home folder unless another is typed) or to
/// the printer when one is set up.
extension TodayFeature {
  func askPrintDay() {
    let home = getenv("HOME").map { String(cString: $0) } ?? "."
    let name = lang.pick("dagsseddel-", "day-sheet-") + desk.today.iso + ".txt"
    var form = Form(
      title: lang.pick("Dagsseddel for ", "Day sheet for ") + desk.today.dayTitle(lang),
      fields: [
        FormField(
          key: "to", label: lang.pick("Til", "To"),
          value: .choice([lang.pick("en fil", "a file"), lang.pick("printeren", "the printer")], 0)),
        FormField(
          key: "path", label: lang.pick("Fil", "File"), value: .text(TextField(home + "/" + name))),
      ])
    form.labelWidth = 8
    form.footer = lang.pick(
      "Lokaler, tider, foreninger, kontakter og noter. → vælger printeren. Ctrl-S skriver, Esc fortryder.",
      "Rooms, times, associations, contacts and notes. → picks the printer. Ctrl-S writes, Esc cancels."
    )
    desk.present(.form(form, save: { [unowned self] in printDay($0) }))
  }

  private func printDay(_ form: Form) -> Form? {
    var form = form
    let text = DaySheet.text(state.plan, day: desk.today, by: desk.me?.initials, lang: lang)
    do {
      if form.field("to")?.choice == 1 {
        try Printer.print(text)
        desk.say(
          lang.pick("Dagssedlen er sendt til printeren.", "The day sheet went to the printer."))
        return nil
      }
      var path = form.field("path")?.text.trimmed ?? ""
      if path.hasPrefix("~/"), let home = getenv("HOME") {
        path = String(cString: home) + path.dropFirst()
      }
      guard !path.isEmpty else {
        form.setError("path", lang.pick("skriv hvor filen skal ligge", "type where the file goes"))
        return form
      }
      try SafeFile.write(to: path, database: desk.db.path) { $0(text) }
      desk.say(lang.pick("Dagssedlen er skrevet: ", "The day sheet is written: ") + path)
      return nil
    } catch {
      form.message = desk.notDone(error, ("Ikke skrevet: ", "Not written: "))
      return form
    }
  }
}
