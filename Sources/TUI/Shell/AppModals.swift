import Core

/// Keys while a modal is on top: the modal answers, and what its answer
/// does was given by the pane that opened it.
extension App {
  func handleModal(_ key: Key, _ command: CommandID?) {
    guard let top = modals.popLast() else { return }
    switch top {
    case .find(let overlay): handleFind(overlay, key, command)
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
      if yes { confirm.yes() }
    case .picker(var picker, let chosen, let remove, let away):
      let back = Modal.picker(picker, chosen: chosen, remove: remove, away: away)
      switch picker.handle(key, command) {
      case .none: modals.append(.picker(picker, chosen: chosen, remove: remove, away: away))
      case .nothingMarked:
        modals.append(back)
        say(lang.pick("Marker dig selv med ↓ først.", "Mark yourself with ↓ first."), isError: true)
      case .cancel: break
      case .chosen(let value): chosen(value)
      case .remove(let value):
        modals.append(.picker(picker, chosen: chosen, remove: remove, away: away))
        remove?(value)
      case .away(let value):
        modals.append(.picker(picker, chosen: chosen, remove: remove, away: away))
        away?(value)
      }
    case .form(var form, let save, let changed):
      let before = form.fields.map(\.value)
      switch form.handle(key, command) {
      case .none:
        if let changed, form.fields.map(\.value) != before { changed(&form) }
        modals.append(.form(form, save: save, changed: changed))
      case .save:
        // Drawn while the save runs (a wait for another program's lock);
        // kept where it was, under anything the save put on top.
        let index = modals.count
        saving = form
        form.clearErrors()  // each try starts clean; the save marks what is wrong now
        let kept = save(form)
        saving = nil
        if let kept {
          modals.insert(.form(kept, save: save, changed: changed), at: min(index, modals.count))
        }
      case .cancel:
        modals.append(.form(form, save: save, changed: changed))
        if form.isChanged {
          present(
            .confirm(
              Confirm(
                question: lang.pick(
                  "Kassér ændringerne i formularen?", "Discard the changes in the form?"),
                yes: { [unowned self] in
                  dismissForm()
                  say(lang.pick("Ændringerne er kasseret.", "The changes were discarded."))
                })))
        } else {
          modals.removeLast()
        }
      }
    }
  }
}
