import Core

/// The modals over the pane in front, the top one last: it gets the keys
/// (the modal answers; its answer goes, as a message, to whoever asked),
/// and it is drawn over everything. Forms, lists and questions stack.
final class ModalStack {
  unowned let app: App
  var items: [Modal] = []
  /// Modals to present once the key in hand is handled (`presentNext`).
  var queued: [Modal] = []
  /// The form being saved, off the stack until the save is done.
  var saving: Form?

  init(_ app: App) { self.app = app }

  var lang: Language { app.lang }
  var last: Modal? { items.last }

  func present(_ modal: Modal) { items.append(modal) }

  func presentNext(_ modal: Modal) { queued.append(modal) }

  /// Changes the form on top, and runs its change so its hints follow.
  func updateTopForm(_ body: (inout Form) -> Void) {
    guard case .form(var form, let asked) = items.last else { return }
    body(&form)
    change(asked, &form)
    items[items.count - 1] = .form(form, asked)
  }

  func dismissForm() {
    if case .form = items.last { items.removeLast() }
  }

  func dismissPicker() {
    if case .picker = items.last { items.removeLast() }
  }

  func dismissAll(_ context: Context) { items.removeAll { $0.context == context } }

  /// Whether a form on the stack holds typing that is not saved.
  var hasUnsavedChanges: Bool {
    items.contains {
      if case .form(let form, _) = $0 { return form.isChanged }
      return false
    }
  }

  /// A key for the modal on top; what it queued is presented after.
  /// `escaped`: the key came right after an Esc. True when the key was a
  /// letter meant as an answer, so the Esc's rule ends.
  func handle(_ key: Key, _ command: CommandID?, escaped: Bool) -> Bool {
    // "Discard the changes?" asked by an Esc typed in the middle of a
    // word: its next letter is not taken as a yes. Asked again, it is.
    if escaped, command == .yes, case .confirm(var confirm) = items.last, !confirm.heldBack {
      confirm.heldBack = true
      items[items.count - 1] = .confirm(confirm)
      app.say(
        lang.pick(
          "Tryk j igen for ja: lige efter Esc er et bogstav ikke et svar.",
          "Press y again for yes: right after Esc a letter is no answer."), isError: true)
      return false
    }
    // A letter that answered a question or chose from a list was meant;
    // one that answered the question the Esc asked leaves the Esc's rule
    // standing (what is typed next is still text).
    var answersEscape = false
    if escaped, case .confirm = items.last { answersEscape = true }
    let meant = key.printable != nil && !(items.last?.context.takesText ?? false) && !answersEscape
    handleTop(key, command)
    items += queued
    queued = []
    return meant
  }

  private func handleTop(_ key: Key, _ command: CommandID?) {
    guard let top = items.popLast() else { return }
    switch top {
    case .find(let overlay): app.finding.handle(overlay, key, command)
    case .help(var help):
      if help.handle(command) { items.append(.help(help)) }
    case .record(let record): app.personalData.handle(record, command)
    case .confirm(let confirm):
      guard let yes = confirm.answer(command) else {
        items.append(.confirm(confirm))
        return
      }
      if yes { _ = deliver(confirm.asked, .yes) }
    case .picker(var picker, let asked, let offers):
      let back = Modal.picker(picker, asked, offers: offers)
      switch picker.handle(key, command) {
      case .none: items.append(.picker(picker, asked, offers: offers))
      case .nothingMarked:
        items.append(back)
        app.say(
          lang.pick("Marker dig selv med ↓ først.", "Mark yourself with ↓ first."), isError: true)
      case .cancel: break
      case .chosen(let value): _ = deliver(asked, .chosen(value))
      case .remove(let value):
        items.append(.picker(picker, asked, offers: offers))
        if offers.contains(.removeStaff) { _ = deliver(asked, .remove(value)) }
      case .away(let value):
        items.append(.picker(picker, asked, offers: offers))
        if offers.contains(.markAway) { _ = deliver(asked, .away(value)) }
      }
    case .form(var form, let asked):
      let before = form.fields.map(\.value)
      switch form.handle(key, command) {
      case .none:
        if form.fields.map(\.value) != before { change(asked, &form) }
        items.append(.form(form, asked))
      case .save:
        // Drawn while the save runs (a wait for another program's lock);
        // kept where it was, under anything the save put on top.
        let index = items.count
        saving = form
        form.clearErrors()  // each try starts clean; the save marks what is wrong now
        let kept = deliver(asked, .save(form))
        saving = nil
        if let kept {
          items.insert(
            .form(kept.form, Asked(by: asked.by, question: kept.question)),
            at: min(index, items.count))
        }
      case .cancel:
        items.append(.form(form, asked))
        if form.isChanged {
          items.append(
            .confirm(
              Confirm(
                question: discardQuestion, asked: Asked(by: .desk, question: DeskQuestion.discard)))
          )
        } else {
          items.removeLast()
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
    case .pane(let id): return app.made(id)?.answer(asked.question, answer)
    case .desk: return answerDesk(asked.question, answer)
    }
  }

  /// A key changed a field of a form: whoever asked fills in what depends on it.
  func change(_ asked: Asked, _ form: inout Form) {
    switch asked.by {
    case .pane(let id): app.made(id)?.change(asked.question, &form)
    case .desk: break
    }
  }
}
