import Core

/// Keys while a modal is on top: the modal answers, and what its answer
/// does was given by the pane that opened it.
extension App {
  func handleModal(_ key: Key, _ command: CommandID?) {
    guard let top = modals.popLast() else { return }
    switch top {
    case .find(let overlay): finding.handle(overlay, key, command)
    case .help(var help):
      if help.handle(command) { modals.append(.help(help)) }
    case .record(var record):
      let outcome = record.handle(command)
      guard outcome != .close else { return }
      modals.append(.record(record))
      switch outcome {
      case .erase: askToErase(record.record)
      case .print:
        askToPrint(
          title: lang.pick("Persondata: \(record.name)", "Personal data: \(record.name)"),
          fileName: lang.pick("persondata-", "personal-data-") + today.iso + ".txt",
          what: ("Persondata", "The personal data"),
          text: { [lang, groups = record.groups, copy = record.record] in
            copy.text(lang, groups: groups)
          })
      case .none, .close: break
      }
    case .confirm(let confirm):
      guard let yes = confirm.answer(command) else {
        modals.append(.confirm(confirm))
        return
      }
      if yes { _ = deliver(confirm.asked, .yes) }
    case .picker(var picker, let asked, let offers):
      let back = Modal.picker(picker, asked, offers: offers)
      switch picker.handle(key, command) {
      case .none: modals.append(.picker(picker, asked, offers: offers))
      case .nothingMarked:
        modals.append(back)
        say(lang.pick("Marker dig selv med ↓ først.", "Mark yourself with ↓ first."), isError: true)
      case .cancel: break
      case .chosen(let value): _ = deliver(asked, .chosen(value))
      case .remove(let value):
        modals.append(.picker(picker, asked, offers: offers))
        if offers.contains(.removeStaff) { _ = deliver(asked, .remove(value)) }
      case .away(let value):
        modals.append(.picker(picker, asked, offers: offers))
        if offers.contains(.markAway) { _ = deliver(asked, .away(value)) }
      }
    case .form(var form, let asked):
      let before = form.fields.map(\.value)
      switch form.handle(key, command) {
      case .none:
        if form.fields.map(\.value) != before { change(asked, &form) }
        modals.append(.form(form, asked))
      case .save:
        // Drawn while the save runs (a wait for another program's lock);
        // kept where it was, under anything the save put on top.
        let index = modals.count
        saving = form
        form.clearErrors()  // each try starts clean; the save marks what is wrong now
        let kept = deliver(asked, .save(form))
        saving = nil
        if let kept {
          modals.insert(
            .form(kept.form, Asked(by: asked.by, question: kept.question)),
            at: min(index, modals.count))
        }
      case .cancel:
        modals.append(.form(form, asked))
        if form.isChanged {
          present(
            .confirm(
              Confirm(
                question: discardQuestion, asked: Asked(by: .desk, question: DeskQuestion.discard)))
          )
        } else {
          modals.removeLast()
        }
      }
    }
  }

  var discardQuestion: String {
    lang.pick("Kassér ændringerne i formularen?", "Discard the changes in the form?")
  }

  /// An answer, to whoever asked.
  func deliver(_ asked: Asked, _ answer: Answer) -> Kept? {
    switch asked.by {
    case .pane(let id): return made(id)?.answer(asked.question, answer)
    case .desk: return answerDesk(asked.question, answer)
    }
  }

  /// A key changed a field of a form: whoever asked fills in what depends on it.
  func change(_ asked: Asked, _ form: inout Form) {
    switch asked.by {
    case .pane(let id): made(id)?.change(asked.question, &form)
    case .desk: break
    }
  }
}
