import Core

/// Referring a citizen (with the association's contact details on screen,
/// ready to read out) and moving a referral on.
enum ReferralForm {
  static func make(
    _ row: MatchRow, inquiry: (id: Int64, label: String)?, lang: Language, today: Day
  ) -> Form {
    var form = Form(
      title: lang.pick("Henvis til ", "Refer to ") + row.title + " · " + row.associationName,
      fields: [
        FormField(
          key: "follow_up", label: lang.pick("Opfølgning *", "Follow-up *"),
          value: .text(TextField(today.adding(14).numeric)))
      ])
    form.notes = contactLines(row, lang: lang)
    if let inquiry {
      form.notes.append(
        lang.pick("Skrives i forløbet på henvendelse ", "Logged on the timeline of inquiry ")
          + inquiry.label)
    }
    form.footer = lang.pick(
      "Status: foreslået. Ctrl-S henviser, Esc fortryder.",
      "Status: suggested. Ctrl-S refers, Esc cancels.")
    return form
  }

  static func contactLines(_ row: MatchRow, lang: Language) -> [String] {
    var lines = [lang.pick("Kontakt i foreningen:", "Contact at the association:")]
    let person = [row.contactPerson, row.phone, row.email].filter { !$0.isEmpty }
    lines.append(
      "  "
        + (person.isEmpty
          ? lang.pick("(ingen kontaktoplysninger registreret)", "(no contact details stored)")
          : person.joined(separator: " · ")))
    return lines
  }

  /// The message after referring: the contact once more, to pass on.
  static func done(_ row: MatchRow, lang: Language) -> String {
    let contact = [row.contactPerson, row.phone, row.email].filter { !$0.isEmpty }
      .joined(separator: ", ")
    return lang.pick("Henvist til ", "Referred to ") + row.title + " (" + row.associationName + ")"
      + (contact.isEmpty ? "." : lang.pick(". Kontakt: ", ". Contact: ") + contact)
  }
}
