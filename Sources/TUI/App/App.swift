import Core

/// The application state: the pane, the modals on top of it and the message
/// line. `handle` takes a key, `render` draws a grid; the event loop owns the
/// terminal. Render tests drive this class directly, without a terminal.
public final class App {
  public let lang: Language
  let store: AssociationStore
  let search: SearchService
  let databaseLabel: String
  var pane = AssociationsPane()
  var modals: [Modal] = []
  var message: (text: String, isError: Bool)?
  var areas: [Area] = []
  /// Set when the user has asked to quit (and confirmed, if needed).
  public private(set) var wantsQuit = false
  /// Set when the user asked for a redraw or a suspend; the loop clears them.
  var wantsRedraw = false
  var wantsSuspend = false
  var previewEnabled = false

  public init(store: AssociationStore, lang: Language, databaseLabel: String) throws {
    self.store = store
    self.lang = lang
    self.databaseLabel = databaseLabel
    search = SearchService(db: store.db)
    areas = try store.areas()
    runSearch()
  }

  /// The keyboard context on top: what the status bar describes.
  var context: Context {
    switch modals.last {
    case .form: return .form
    case .picker: return .picker
    case .confirm, .help: return .detail
    case nil: return pane.context
    }
  }

  /// Whether quitting now would throw away typing.
  public var hasUnsavedChanges: Bool {
    modals.contains {
      if case .form(let form, _) = $0 { return form.isChanged }
      return false
    }
  }

  public func handle(_ key: Key) {
    if key == .resize { return }
    if let command = CommandTable.command(for: key, in: context) {
      switch command {
      case .redraw:
        wantsRedraw = true
        return
      case .suspend:
        wantsSuspend = true
        return
      case .forceQuit:
        requestQuit()
        return
      default: break
      }
    }
    if !modals.isEmpty {
      handleModal(key)
      return
    }
    message = nil
    let effects = pane.handle(key)
    for effect in effects { perform(effect) }
  }

  func requestQuit() {
    if hasUnsavedChanges {
      if case .confirm = modals.last { return }
      modals.append(
        .confirm(
          Confirm(
            question: lang.pick(
              "Der er ændringer, der ikke er gemt. Afslut alligevel og kassér dem?",
              "There are unsaved changes. Quit anyway and discard them?"), action: .quit)))
    } else {
      wantsQuit = true
    }
  }

  private func handleModal(_ key: Key) {
    guard let top = modals.popLast() else { return }
    switch top {
    case .help(var help):
      if help.handle(key) { modals.append(.help(help)) }
    case .confirm(let confirm):
      guard let yes = confirm.answer(key) else {
        modals.append(.confirm(confirm))
        return
      }
      if yes { confirmed(confirm.action) }
    case .picker(var picker):
      switch picker.handle(key) {
      case .none: modals.append(.picker(picker))
      case .cancel: break
      case .chosen(let value):
        switch picker.purpose {
        case .targetGroup: pane.filter.targetGroupID = value
        case .area: pane.filter.areaID = value
        }
        pane.selected = 0
        runSearch()
      }
    case .form(var form, let target):
      switch form.handle(key) {
      case .none: modals.append(.form(form, target))
      case .save: save(form, target)
      case .cancel:
        modals.append(.form(form, target))
        if form.isChanged {
          modals.append(
            .confirm(
              Confirm(
                question: lang.pick(
                  "Kassér ændringerne i formularen?", "Discard the changes in the form?"),
                action: .discardForm)))
        } else {
          modals.removeLast()
        }
      }
    }
  }

  private func confirmed(_ action: Confirm.Action) {
    switch action {
    case .quit: wantsQuit = true
    case .discardForm:
      if case .form = modals.last { modals.removeLast() }
      message = (lang.pick("Ændringerne er kasseret.", "The changes were discarded."), false)
    case .setActive(let id, let active):
      do {
        try store.setActive(associationID: id, active)
        message = (
          active
            ? lang.pick("Foreningen er aktiv igen.", "The association is active again.")
            : lang.pick(
              "Foreningen er deaktiveret. Tryk d igen for at fortryde.",
              "The association is deactivated. Press d again to undo."),
          false
        )
        reloadDetail(id)
        runSearch(keepSelection: true)
      } catch { show(error) }
    }
  }

  func show(_ error: Error) {
    let text: String
    switch error {
    case let error as StoreError: text = error.message(lang)
    case let error as SQLiteError where error.isBusy:
      text = lang.pick(
        "Databasen er optaget af en anden skranke. Prøv igen.",
        "The database is busy at another desk. Try again.")
    default: text = String(describing: error)
    }
    message = (text, true)
  }
}
