import Core
import Glibc

/// Writing a sheet a person asked for (I dag's day sheet, F4's booking
/// confirmation): to a file, named for what it is, in the home folder
/// unless another is typed (never the database), or to the printer when
/// one is set up, saying clearly when none is.
extension Desk {
  func askToPrint(
    title: String, fileName: String, what: (String, String), text: @escaping () throws -> String
  ) {
    let home = getenv("HOME").map { String(cString: $0) } ?? "."
    var form = Form(
      title: title,
      fields: [
        FormField(
          key: "to", label: lang.pick("Til", "To"),
          value: .choice([lang.pick("en fil", "a file"), lang.pick("printeren", "the printer")], 0)),
        FormField(
          key: "path", label: lang.pick("Fil", "File"),
          value: .text(TextField(home + "/" + fileName))),
      ])
    form.labelWidth = 8
    form.footer = lang.pick(
      "→ vælger printeren. Ctrl-S skriver, Esc fortryder.",
      "→ picks the printer. Ctrl-S writes, Esc cancels.")
    present(.form(form, Asked(by: .desk, question: DeskQuestion.print(what: what, text: text))))
  }

  func writeSheet(_ form: Form, what: (String, String), text: () throws -> String) -> Form? {
    var form = form
    let name = lang.pick(what.0, what.1)
    do {
      let text = try text()  // read when written: what is booked now
      if form.field("to")?.choice == 1 {
        try Printer.print(text)
        say(name + lang.pick(" er sendt til printeren.", " went to the printer."))
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
      try SafeFile.write(to: path, database: stores.path) { $0(text) }
      say(name + lang.pick(" er skrevet: ", " is written: ") + path)
      return nil
    } catch {
      form.message = notDone(error, ("Ikke skrevet: ", "Not written: "))
      return form
    }
  }
}
