import Core

/// Erasing a person from the personal-data view (F3's Ctrl-P, or F2's on
/// an inquiry): what will go is listed, each note elsewhere that names
/// them is ticked by the worker before it is cleared, and Ctrl-S erases.
extension App {
  func askToErase(_ record: CitizenRecord) {
    let held = record.held
    guard !held.isEmpty else {
      say(lang.pick("Der er intet gemt om personen.", "Nothing is stored about the person."))
      return
    }
    let lines = PersonErasureText.lines(held, lang)
    guard !held.mentions.isEmpty else {
      // Nothing to tick: a question, with what will go in it.
      present(
        .confirm(
          Confirm(
            question: lang.pick("Slet \(record.name) for altid?", "Erase \(record.name) for good?")
              + " " + lines.joined(separator: "; ") + ". "
              + lang.pick(
                "Henvendelser og henvisninger bliver stående uden navn, så optællingerne passer.",
                "Inquiries and referrals stay without the name, so the counts add up."),
            asked: ask(.erase(held)))))
      return
    }
    var form = Form(
      title: lang.pick("Slet \(record.name) for altid", "Erase \(record.name) for good"),
      fields: held.mentions.map { m in
        FormField(
          key: "note:\(m.eventID)",
          label: lang.pick(
            "Tag personen ud af noten i #\(m.inquiryID)",
            "Take the person out of the note in #\(m.inquiryID)"),
          value: .check(true))
      })
    form.notes = lines
    form.labelWidth = 44
    form.footer = lang.pick(
      "Navn, kontakt og tekst forsvinder fra alle tabeller og fra filen; henvendelser og henvisninger bliver stående uden navn, så optællingerne passer. Ctrl-S sletter, Esc fortryder.",
      "Name, contact and text leave every table and the file; inquiries and referrals stay without the name, so the counts add up. Ctrl-S erases, Esc cancels."
    )
    present(.form(form, ask(.erase(held))))
  }

  /// Erases what `held` found, with the notes ticked in `form`.
  func erase(_ held: PersonHoldings, ticked form: Form?) -> Form? {
    let notes = Set(
      held.mentions.filter { form?.field("note:\($0.eventID)")?.checked == true }.map(\.eventID))
    do {
      let outcome = try stores.eraser.erase(
        held, notes: notes, staffID: me?.id)
      modals.removeAll { if case .record = $0 { return true } else { return false } }
      refreshAll()
      var lines = PersonErasureText.outcome(outcome, lang)
      if !outcome.fileRewritten {
        lines.append(
          lang.pick(
            "En anden skranke havde filen åben: de sidste spor forsvinder fra filen, når alle skranker har lukket skranke.",
            "Another desk had the file open: the last traces leave the file when every desk has closed skranke."
          ))
      }
      say(lines.joined(separator: " "), isError: !outcome.fileRewritten || outcome.notesLeft > 0)
      return nil
    } catch {
      guard var form else {
        say(notDone(error, ("Intet er slettet: ", "Nothing was erased: ")), isError: true)
        return nil
      }
      form.message = notDone(error, ("Intet er slettet: ", "Nothing was erased: "))
      return form
    }
  }
}
