import Core

/// The application state: the pane, the modals on top of it and the message
/// line. `handle` takes a key, `render` draws a grid; the event loop owns the
/// terminal. Render tests drive this class directly, without a terminal.
public final class App {
  public let lang: Language
  let store: AssociationStore
  let search: SearchService
  let inquiryStore: InquiryStore
  let databaseLabel: String
  /// F1 Foreninger.
  var pane = AssociationsPane()
  /// F2 Henvendelser.
  var inquiries = InquiriesPane()
  /// F3 Borgere: profile and suggestions.
  var match = MatchPane()
  /// F4 Lokaler: the week of bookings and the search for a free room.
  var rooms: RoomsPane
  let roomStore: RoomStore
  let bookingStore: BookingStore
  let roomFinder: RoomFinder
  /// The facility names rooms can have, for reading the search.
  var facilities: [String] = []
  let matcher: Matcher
  let citizens: CitizenStore
  let referrals: ReferralStore
  /// The interest vocabulary, for reading the profile.
  var interests: [Interest] = []
  /// Which pane has the screen: 1 to 4.
  var activePane = 1
  /// Who is at the keyboard; nil until chosen.
  var me: Staff?
  var staff: [Staff] = []
  /// Everyone who ever worked here, for initials on old inquiries.
  var allStaff: [Staff] = []
  var categories: [InquiryCategory] = []
  /// My unclosed inquiries past their follow-up date (status bar).
  var overdueMine = 0
  /// SQLite's data_version when the lists were last read: a change means
  /// another desk wrote, and the lists are read again.
  var seenDataVersion: Int64 = 0
  /// The day the overdue marks were computed for.
  var seenDay = Day(ordinal: 0)
  var modals: [Modal] = []
  var message: (text: String, isError: Bool)?
  var areas: [Area] = []
  /// Set when the user has asked to quit (and confirmed, if needed).
  public private(set) var wantsQuit = false
  /// Set when the user asked for a redraw or a suspend; the loop clears them.
  var wantsRedraw = false
  var wantsSuspend = false
  var previewEnabled = false
  /// The full check and the day's backup, on a thread of their own.
  var background: BackgroundCheck?
  /// Set when the file turned out damaged: said on every screen, no writes.
  var damaged: DamagedFile?
  /// Whether the day's automatic backup may be made (`--no-backup` says no).
  public var autoBackup = true
  /// The form being saved, off the stack until the save is done.
  var saving: Modal?
  /// A write is waiting for another program's lock (said on the message line).
  var waiting = false

  /// `staffInitials` (from `--staff` or `$SKRANKE_STAFF`) says who is at the
  /// keyboard; without it skranke asks once, at start-up.
  public init(
    store: AssociationStore, lang: Language, databaseLabel: String, staffInitials: String? = nil,
    clock: Clock = .system
  ) throws {
    self.store = store
    self.lang = lang
    self.databaseLabel = databaseLabel
    search = SearchService(db: store.db)
    inquiryStore = InquiryStore(db: store.db, clock: clock)
    matcher = Matcher(db: store.db, clock: clock)
    citizens = CitizenStore(db: store.db, clock: clock)
    referrals = ReferralStore(db: store.db, clock: clock)
    roomStore = RoomStore(db: store.db)
    bookingStore = BookingStore(db: store.db, clock: clock)
    roomFinder = RoomFinder(db: store.db)
    rooms = RoomsPane(today: clock.now().day)
    rooms.findForm = RoomFindForm.make(lang: lang)
    areas = try store.areas()
    interests = try InterestVocabulary(db: store.db).all()
    staff = try inquiryStore.directory.staff()
    allStaff = try inquiryStore.directory.staff(includeInactive: true)
    categories = try inquiryStore.directory.categories()
    if let staffInitials {
      guard let found = try inquiryStore.directory.staff(initials: staffInitials), found.active
      else {
        throw InquiryError.unknownStaff
      }
      me = found
    }
    runSearch()
    refreshInquiries()
    startProfile()
    if me == nil {
      askWhoIsHere()
    } else if overdueMine > 0 {
      message = (overdueText, true)
    }
  }

  /// The keyboard context on top: what the status bar describes.
  var context: Context {
    switch modals.last {
    case .form: return .form
    case .picker: return .picker
    case .confirm, .help: return .overlay
    case .record: return .record
    case nil:
      switch activePane {
      case 2: return inquiries.context
      case 3: return match.context
      case 4: return rooms.context
      default: return pane.context
      }
    }
  }

  /// Whether quitting now would throw away typing.
  public var hasUnsavedChanges: Bool {
    match.form.isChanged
      || modals.contains {
        if case .form(let form, _) = $0 { return form.isChanged }
        return false
      }
  }

  public func handle(_ key: Key) {
    if key == .resize { return }
    // Looked up once: a modal on top is the context, else the pane's.
    let command = CommandTable.command(for: key, in: context)
    if let command {
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
    switch command {
    case .pane(let number): switchPane(to: number)
    case .nextPane: switchPane(to: activePane % 4 + 1)
    case .previousPane: switchPane(to: (activePane + 2) % 4 + 1)
    case .newInquiry: newInquiry()
    case .switchStaff: askWhoIsHere()
    default:
      let effects: [Effect]
      switch activePane {
      case 2: effects = inquiries.handle(key)
      case 3: effects = match.handle(key)
      case 4: effects = rooms.handle(key, today: inquiryStore.today)
      default: effects = pane.handle(key)
      }
      for effect in effects { perform(effect) }
    }
  }

  func switchPane(to number: Int) {
    guard (1...4).contains(number), number != activePane else { return }
    activePane = number
    if number == 2 { refreshInquiries() }
    if number == 3 {
      interests = (try? InterestVocabulary(db: store.db).all()) ?? interests
      rematch()
    }
    if number == 4 { reloadWeek() }
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
    case .record(var record):
      switch record.handle(key) {
      case .none: modals.append(.record(record))
      case .close: break
      case .erase:
        modals.append(.record(record))
        modals.append(
          .confirm(
            Confirm(
              question: lang.pick(
                "Slet \(record.name) for altid? Navn, kontakt og noter forsvinder fra alle tabeller og fra filen. Henvendelser og henvisninger bliver stående uden navn, så optællingerne passer.",
                "Erase \(record.name) for good? Name, contact and notes disappear from every table and from the file. Inquiries and referrals stay without the name, so the counts add up."
              ), action: .eraseCitizen(record.citizenID))))
      }
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
        case .staff:
          chooseStaff(value)
          return
        case .citizen:
          chooseCitizen(value)
          return
        case .room:
          chooseRoom(value)
          return
        }
        pane.selected = 0
        runSearch()
      }
    case .form(var form, let target):
      switch form.handle(key) {
      case .none: modals.append(.form(form, target))
      case .save:
        // Drawn while the save runs (a wait for another program's lock).
        saving = .form(form, target)
        save(form, target)
        saving = nil
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
    case .eraseCitizen(let id):
      if case .record = modals.last { modals.removeLast() }
      eraseCitizen(id)
    case .replaceProfile(let id): chooseCitizen(id, confirmed: true)
    case .bookSkipping(let request): bookSkipping(request)
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

  /// Says an error on the message line in the user's words (raw SQLite
  /// text went to the log beside the database).
  func show(_ error: Error) {
    message = (ErrorText.message(error, lang), true)
  }
}
