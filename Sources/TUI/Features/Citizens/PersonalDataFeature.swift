import Core

/// The personal-data view (F3's Ctrl-P, or F2's on an inquiry): drawn
/// over either pane, so a feature of its own. `p` writes or prints it; `x`
/// erases the person: what will go is listed, each note elsewhere that
/// names them is ticked by the worker before it is cleared, and Ctrl-S
/// erases.
final class PersonalDataFeature {
  unowned let desk: Desk

  init(_ desk: Desk) { self.desk = desk }

  var lang: Language { desk.lang }

  /// What it asks: to erase what was found about the person.
  enum Asks: Question {
    case erase(PersonHoldings)
  }

  /// A key while the view is on top (taken off the stack already).
  func handle(_ record: RecordOverlay, _ command: CommandID?) {
    var record = record
    let outcome = record.handle(command)
    guard outcome != .close else { return }
    desk.present(.record(record))
    switch outcome {
    case .erase: askToErase(record.record)
    case .print:
      desk.askToPrint(
        title: lang.pick("Persondata: \(record.name)", "Personal data: \(record.name)"),
        fileName: lang.pick("persondata-", "personal-data-") + desk.today.iso + ".txt",
        what: ("Persondata", "The personal data"),
        text: { [lang, groups = record.groups, copy = record.record] in
          copy.text(lang, groups: groups)
        })
    case .none, .close: break
    }
  }

  func answer(_ question: Asks, _ answer: Answer) -> Kept? {
    switch (question, answer) {
    case (.erase(let held), .yes): _ = erase(held, ticked: nil)
    case (.erase(let held), .save(let form)):
      return erase(held, ticked: form).map { Kept(form: $0, question: question) }
    default: break
    }
    return nil
  }

  func askToErase(_ record: CitizenRecord) {
    let held = record.held
    guard !held.isEmpty else {
      desk.say(lang.pick("Der er intet gemt om personen.", "Nothing is stored about the person."))
      return
    }
    let lines = PersonErasureText.lines(held, lang)
    guard !held.mentions.isEmpty else {
      // Nothing to tick: a question, with what will go in it.
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick("Slet \(record.name) for altid?", "Erase \(record.name) for good?")
              + " " + lines.joined(separator: "; ") + ". "
              + lang.pick(
                "Henvendelser og henvisninger bliver stående uden navn, så optællingerne passer.",
                "Inquiries and referrals stay without the name, so the counts add up."),
            asked: Asked(by: .desk, question: Asks.erase(held)))))
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
    desk.present(.form(form, Asked(by: .desk, question: Asks.erase(held))))
  }

  /// Erases what `held` found, with the notes ticked in `form`.
  func erase(_ held: PersonHoldings, ticked form: Form?) -> Form? {
    let notes = Set(
      held.mentions.filter { form?.field("note:\($0.eventID)")?.checked == true }.map(\.eventID))
    do {
      let outcome = try desk.stores.eraser.erase(
        held, notes: notes, staffID: desk.me?.id)
      desk.dismissAll(.record)
      desk.refreshAll()
      var lines = PersonErasureText.outcome(outcome, lang)
      if !outcome.fileRewritten {
        lines.append(
          lang.pick(
            "En anden skranke havde filen åben: de sidste spor forsvinder fra filen, når alle skranker har lukket skranke.",
            "Another desk had the file open: the last traces leave the file when every desk has closed skranke."
          ))
      }
      desk.say(
        lines.joined(separator: " "), isError: !outcome.fileRewritten || outcome.notesLeft > 0)
      return nil
    } catch {
      guard var form else {
        desk.say(desk.notDone(error, ("Intet er slettet: ", "Nothing was erased: ")), isError: true)
        return nil
      }
      form.message = desk.notDone(error, ("Intet er slettet: ", "Nothing was erased: "))
      return form
    }
  }
}
