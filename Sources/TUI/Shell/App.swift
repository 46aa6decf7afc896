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
  /// Find (Ctrl-F): its search over every pane's things, and the way back.
  private(set) lazy var finding = FindFeature(self)
  /// The personal-data view (Ctrl-P in F2 and F3): printing and erasing.
  private(set) lazy var personalData = PersonalDataFeature(self)
  /// The panes: made when first needed, the one in front.
  private(set) var panes: PaneSet!
  var active: PaneID { panes.active }
  var front: Pane { panes.front }
  /// Who is at the keyboard (F5, and the picker at start-up).
  private(set) var whoIsHere: WhoIsHereFeature!
  var me: Staff? { whoIsHere.me }
  var overdueMine: Int { whoIsHere.overdue }
  /// The modals over the pane in front, the top one last.
  private(set) lazy var stack = ModalStack(self)
  var modals: [Modal] {
    get { stack.items }
    set { stack.items = newValue }
  }
  var message: (text: String, isError: Bool)?
  /// Set when the user has asked to quit (and confirmed, if needed).
  public internal(set) var wantsQuit = false
  /// Set when the user asked for a redraw or a suspend; the loop clears them.
  var wantsRedraw = false
  var wantsSuspend = false
  /// The background check and backup, a damaged file, a wait for a lock.
  let watch: FileWatch
  /// Whether the day's automatic backup may be made (`--no-backup` says no).
  public var autoBackup = true
  /// A practice day (`--today`): said at the status bar's right on every
  /// screen, so nothing real is typed in by mistake.
  public var practiceDay: Day?
  /// The last layout was smaller than skranke needs: keys must not act unseen.
  var tooSmall = false
  /// The last key was Esc (letters typed since count too): until a key
  /// that moves or chooses, a letter is text, never a command (issue 25).
  var afterEscape = false

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
    watch = FileWatch(db)
    self.databaseLabel = databaseLabel
    self.stores = stores
    whoIsHere = try WhoIsHereFeature(self, login: login, initials: staffInitials)
    // The first tab (I dag) starts the day; a centre may prefer F1.
    panes = try PaneSet(self, first: startOnAssociations ? PaneList.f1 : PaneList.panes[0].id)
    front.receive(.shown)
    refreshMine()
    me == nil ? askWhoIsHere() : whoIsHere.sayOverdue()
  }

  public static let minimumWidth = 80
  public static let minimumHeight = 24

  var today: Day { stores.inquiries.today }

  /// Draws the screen from the state alone (no database reads; see `layout`).
  public func render(width: Int, height: Int) -> Grid {
    DeskView(app: self).render(width: width, height: height)
  }

  /// Called before drawing with the screen size: the pane in front loads
  /// what that size shows (a wide screen's preview), so drawing never reads
  /// the database.
  public func layout(width: Int, height: Int) {
    tooSmall = width < Self.minimumWidth || height < Self.minimumHeight
    front.layout(width: width, height: height)
  }

  /// The keyboard context on top: what the status bar describes.
  var context: Context { modals.last?.context ?? front.context }

  /// Whether quitting now would throw away typing.
  public var hasUnsavedChanges: Bool { panes.hasUnsavedChanges || stack.hasUnsavedChanges }

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
        if stack.handle(key, command, escaped: escaped) { afterEscape = false }
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
    switch command {
    case let id? where id.paneKey != nil:
      PaneList.tab(PaneID(id.paneKey!)).map { switchPane(to: $0.id) }
    case .nextPane: panes.step(1)
    case .previousPane: panes.step(-1)
    case .newInquiry:  // over the pane in front
      let event = DeskEvent.request(NewInquiry(about: front.associationShown))
      PaneList.pane(taking: event).flatMap(made)?.receive(event)
    case .switchStaff: askWhoIsHere()
    case .find: finding.open()
    case .help: present(.help(HelpOverlay(first: context)))
    case .quit: requestQuit()
    default: front.handle(key, command: command)
    }
  }

  func switchPane(to id: PaneID) { panes.switchTo(id) }
  var inFront: PaneID { active }
  func show(_ id: PaneID) { panes.show(id) }

  func requestQuit() {
    if hasUnsavedChanges {
      if case .confirm = modals.last { return }
      present(
        .confirm(
          Confirm(
            question: lang.pick(
              "Der er ændringer, der ikke er gemt. Afslut alligevel og kassér dem?",
              "There are unsaved changes. Quit anyway and discard them?"),
            asked: Asked(by: .desk, question: DeskQuestion.quit))))
    } else {
      wantsQuit = true
    }
  }

  // MARK: Desk

  func say(_ text: String, isError: Bool) { message = (text, isError) }

  /// Says an error on the message line in the user's words (raw SQLite
  /// text went to the log beside the database).
  func show(_ error: Error) { message = (ErrorText.message(error, lang), true) }

  func present(_ modal: Modal) { stack.present(modal) }
  func presentNext(_ modal: Modal) { stack.presentNext(modal) }
  func updateTopForm(_ body: (inout Form) -> Void) { stack.updateTopForm(body) }
  func dismissForm() { stack.dismissForm() }
  func dismissPicker() { stack.dismissPicker() }
  func dismissAll(_ context: Context) { stack.dismissAll(context) }

  func bring(_ id: PaneID, _ event: DeskEvent) { panes.bring(id, event) }

  func bring(_ event: DeskEvent) {
    guard let id = PaneList.pane(taking: event) else { return }
    bring(id, event)
  }

  func refreshAll() { panes.refreshAll() }
  func made(_ id: PaneID) -> Pane? { panes.pane(id) }

  /// For tests: a pane by its type.
  func pane<P: Pane>(_ type: P.Type) -> P {
    PaneID.allCases.lazy.compactMap { self.made($0) as? P }.first!
  }
}
