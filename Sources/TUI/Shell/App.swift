import Core

/// The shell: which pane is in front, the modals on top of it, the message
/// line, who is at the keyboard and the refresh tick. Each pane owns its
/// own state (`Features/`); the shell only routes keys and events to them.
/// `handle` takes a key, `render` draws a grid; the event loop owns the
/// terminal. Render tests drive this class directly, without a terminal.
public final class App: Desk {
  public let lang: Language
  let db: Database
  /// Every store, made once; what the panes are given instead of `db`.
  let stores: Stores
  let databaseLabel: String
  /// For who is at the keyboard and their overdue count.
  let inquiryStore: InquiryStore
  /// Find (Ctrl-F): its search over every pane's things, and the way back.
  private(set) lazy var finding = FindFeature(self)
  /// The panes made so far: each is made when first needed, so start-up
  /// reads only what the first screen shows.
  var panes: [PaneID: Pane] = [:]
  /// The pane in front.
  var active = PaneID.associations
  /// Panes that were hidden when something was written: they read again when shown.
  var stale: Set<PaneID> = []
  /// Who is at the keyboard (F5, and the picker at start-up).
  private(set) var whoIsHere: WhoIsHereFeature!
  var me: Staff? { whoIsHere.me }
  /// My unclosed inquiries past their follow-up date (status bar).
  var overdueMine = 0
  /// SQLite's data_version when the panes last read: a change means
  /// another desk wrote, and the panes read again.
  var seenDataVersion: Int64 = 0
  /// The day the overdue marks were computed for.
  var seenDay = Day(ordinal: 0)
  var modals: [Modal] = []
  var message: (text: String, isError: Bool)?
  /// Set when the user has asked to quit (and confirmed, if needed).
  public internal(set) var wantsQuit = false
  /// Set when the user asked for a redraw or a suspend; the loop clears them.
  var wantsRedraw = false
  var wantsSuspend = false
  /// The full check and the day's backup, on a thread of their own.
  var background: BackgroundCheck?
  /// Set when the file turned out damaged: said on every screen, no writes.
  var damaged: DamagedFile?
  /// Whether the day's automatic backup may be made (`--no-backup` says no).
  public var autoBackup = true
  /// A practice day (`--today`): said at the status bar's right on every
  /// screen, so nothing real is typed in by mistake.
  public var practiceDay: Day?
  /// The form being saved, off the stack until the save is done.
  var saving: Form?
  /// A write is waiting for another program's lock (said on the message line).
  var waiting = false
  /// The last layout was smaller than skranke needs: keys must not act unseen.
  var tooSmall = false
  /// The last key was Esc (letters typed since count too): until a key
  /// that moves or chooses, a letter is text, never a command (issue 25).
  var afterEscape = false
  /// Modals to present once the key in hand is handled (`presentNext`).
  var queued: [Modal] = []

  /// `staffInitials` (from `--staff` or `$SKRANKE_STAFF`) says who is at the
  /// keyboard; without it skranke asks once, at start-up.
  public convenience init(
    store: AssociationStore, lang: Language, databaseLabel: String, staffInitials: String? = nil,
    clock: Clock = .system, startOnAssociations: Bool = false, login: String? = nil
  ) throws {
    try self.init(
      stores: Stores(store, clock: clock), lang: lang, databaseLabel: databaseLabel,
      staffInitials: staffInitials, startOnAssociations: startOnAssociations, login: login)
  }

  /// The desk on `stores`, made once by the caller (the command line).
  public init(
    stores: Stores, lang: Language, databaseLabel: String, staffInitials: String? = nil,
    startOnAssociations: Bool = false, login: String? = nil
  ) throws {
    self.lang = lang
    self.db = stores.associations.db
    self.databaseLabel = databaseLabel
    self.stores = stores
    inquiryStore = stores.inquiries
    whoIsHere = try WhoIsHereFeature(self, login: login, initials: staffInitials)
    // I dag is where the day starts; a centre may prefer F1 (a setting).
    active = startOnAssociations ? .associations : .today
    panes[active] = try active.make(self)
    front.receive(.shown)
    refreshMine()
    if me == nil {
      askWhoIsHere()
    } else if overdueMine > 0 {
      message = (overdueText, true)
    }
  }

  var today: Day { inquiryStore.today }
  var front: Pane { panes[active]! }

  /// The keyboard context on top: what the status bar describes.
  var context: Context { modals.last?.context ?? front.context }

  /// Whether quitting now would throw away typing.
  public var hasUnsavedChanges: Bool {
    panes.values.contains { $0.hasUnsavedChanges }
      || modals.contains {
        if case .form(let form, _) = $0 { return form.isChanged }
        return false
      }
  }

  public func handle(_ key: Key) {
    if key == .resize { return }
    let escaped = afterEscape
    if key == .escape { afterEscape = true } else if key.printable == nil { afterEscape = false }
    // Looked up once: a modal on top is the context, else the pane's.
    let command = CommandTable.command(for: key, in: context)
    // Behind "the window is too small" nothing may act unseen: only quit,
    // help (shown once the window is larger), redraw and suspend.
    if tooSmall, ![.forceQuit, .quit, .help, .redraw, .suspend].contains(command) { return }
    switch command {
    case .redraw: wantsRedraw = true
    case .suspend: wantsSuspend = true
    case .forceQuit: requestQuit()
    default:
      if !modals.isEmpty {
        // "Discard the changes?" asked by an Esc typed in the middle of a
        // word: its next letter is not taken as a yes. Asked again, it is.
        if escaped, command == .yes, case .confirm(var confirm) = modals.last, !confirm.heldBack {
          confirm.heldBack = true
          modals[modals.count - 1] = .confirm(confirm)
          say(
            lang.pick(
              "Tryk j igen for ja: lige efter Esc er et bogstav ikke et svar.",
              "Press y again for yes: right after Esc a letter is no answer."), isError: true)
          return
        }
        // A letter that answered a question or chose from a list was meant;
        // one that answered the question the Esc asked leaves the Esc's rule
        // standing (what is typed next is still text).
        let answersEscape: Bool = {
          if escaped, case .confirm = modals.last { return true }
          return false
        }()
        if key.printable != nil, !context.takesText, !answersEscape { afterEscape = false }
        handleModal(key, command)
        modals += queued
        queued = []
        return
      }
      message = nil
      if escaped, key.printable != nil, !context.takesText, !Self.meantAfterEscape(command) {
        typeAfterEscape(key, command)
        return
      }
      handleInFront(key, command)
    }
  }

  /// A key with no modal on top: the shell's own commands, else the pane's.
  private func handleInFront(_ key: Key, _ command: CommandID?) {
    if finding.followTrail(key, command) { return }
    let order = PaneID.allCases
    let index = order.firstIndex(of: active)!
    switch command {
    case let id? where id.paneKey != nil:
      PaneList.tab(PaneID(id.paneKey!)).map { switchPane(to: $0.id) }
    case .nextPane: switchPane(to: order[(index + 1) % order.count])
    case .previousPane: switchPane(to: order[(index + order.count - 1) % order.count])
    case .newInquiry:  // over the pane in front
      let event = DeskEvent.newInquiry(about: front.associationShown)
      PaneList.pane(taking: event).flatMap(made)?.receive(event)
    case .switchStaff: askWhoIsHere()
    case .find: finding.open()
    case .help: present(.help(HelpOverlay(first: context)))
    case .quit: requestQuit()
    default: front.handle(key, command: command)
    }
  }

  func switchPane(to id: PaneID) {
    guard id != active else { return }
    show(id)
  }

  /// Brings `id` to the front: it hears `.shown`, and `.refresh` too when
  /// something was written while it was hidden.
  var inFront: PaneID { active }

  func show(_ id: PaneID) {
    guard made(id) != nil else { return }
    active = id
    refreshMine()
    front.receive(.shown)
    if stale.remove(id) != nil { front.receive(.refresh) }
  }

  func requestQuit() {
    if hasUnsavedChanges {
      if case .confirm = modals.last { return }
      present(
        .confirm(
          Confirm(
            question: lang.pick(
              "Der er ændringer, der ikke er gemt. Afslut alligevel og kassér dem?",
              "There are unsaved changes. Quit anyway and discard them?"),
            asked: ask(.quit))))
    } else {
      wantsQuit = true
    }
  }

  // MARK: Desk

  func say(_ text: String, isError: Bool) { message = (text, isError) }

  /// Says an error on the message line in the user's words (raw SQLite
  /// text went to the log beside the database).
  func show(_ error: Error) { message = (ErrorText.message(error, lang), true) }

  func present(_ modal: Modal) { modals.append(modal) }

  func presentNext(_ modal: Modal) { queued.append(modal) }

  func updateTopForm(_ body: (inout Form) -> Void) {
    guard case .form(var form, let asked) = modals.last else { return }
    body(&form)
    change(asked, &form)
    modals[modals.count - 1] = .form(form, asked)
  }

  func dismissForm() {
    if case .form = modals.last { modals.removeLast() }
  }

  func bring(_ id: PaneID, _ event: DeskEvent) {
    if id != active { show(id) }
    guard active == id else { return }  // it could not be read (said)
    front.receive(event)
  }

  func bring(_ event: DeskEvent) {
    guard let id = PaneList.pane(taking: event) else { return }
    bring(id, event)
  }

  /// The pane in front reads again now; the others when they are shown
  /// (no work for screens nobody is looking at).
  func refreshAll() {
    refreshMine()
    front.receive(.refresh)
    stale = Set(panes.keys).subtracting([active])
  }

  /// The pane `id`, made now if this is the first time it is needed; nil
  /// (and the error said) if it cannot be read.
  func made(_ id: PaneID) -> Pane? {
    if let pane = panes[id] { return pane }
    do {
      let pane = try id.make(self)
      panes[id] = pane
      return pane
    } catch {
      show(error)
      return nil
    }
  }

  /// For tests: a pane by its type.
  func pane<P: Pane>(_ type: P.Type) -> P {
    PaneID.allCases.lazy.compactMap { self.made($0) as? P }.first!
  }
}
