/// Every store over one database, made in one place: what the desk's panes
/// and the command line are given instead of the database. A pane asks for
/// `stores.inquiries`, never builds an `InquiryStore(db:)` of its own, so
/// all of them share one clock (the desk's practice day too) and one
/// connection; and a second storage engine would be a second way to make
/// this value, not a change in every pane.
public final class Stores {
  public let associations: AssociationStore
  /// The one clock every store reads "now" from: it asks `now` each time.
  public let clock: Clock
  private let moving: MovingClock
  var db: Database { associations.db }

  public init(_ associations: AssociationStore, clock: Clock = .system) {
    self.associations = associations
    moving = MovingClock(clock)
    self.clock = moving.clock
  }

  /// What "now" is for every store at once: a test moves it, and a
  /// practice day sets it at the start.
  public var now: Clock {
    get { moving.current }
    set { moving.current = newValue }
  }

  public convenience init(db: Database, clock: Clock = .system) throws {
    self.init(try AssociationStore(db: db), clock: clock)
  }

  /// The file's path: exports refuse to write over it.
  public var path: String { db.path }

  /// Said once while another program's write is waited for.
  public var onBusyWait: (() -> Void)? {
    get { db.onBusyWait }
    set { db.onBusyWait = newValue }
  }

  public private(set) lazy var register = AssociationRegister(db: db, clock: clock)
  public private(set) lazy var cleanup = AssociationCleanup(db: db)
  public private(set) lazy var search = SearchService(db: db)
  public private(set) lazy var inquiries = InquiryStore(db: db, clock: clock)
  public private(set) lazy var staff = StaffDirectory(db: db)
  public private(set) lazy var referrals = ReferralStore(db: db, clock: clock)
  public private(set) lazy var citizens = CitizenStore(db: db, clock: clock)
  public private(set) lazy var eraser = CitizenEraser(db: db, clock: clock)
  public private(set) lazy var people = PersonSearch(db: db)
  public private(set) lazy var matcher = Matcher(db: db, clock: clock)
  public private(set) lazy var interests = InterestVocabulary(db: db)
  public private(set) lazy var targetGroups = TargetGroupList(db: db)
  public private(set) lazy var rooms = RoomStore(db: db)
  public private(set) lazy var bookings = BookingStore(db: db, clock: clock)
  public private(set) lazy var events = EventStore(db: db, clock: clock)
  public private(set) lazy var prizes = PrizeStore(db: db, clock: clock)
  public private(set) lazy var roomFinder = RoomFinder(db: db)
  public private(set) lazy var bookingReport = BookingReport(db: db)
  public private(set) lazy var bookingCalendar = BookingCalendar(db: db)
  public private(set) lazy var applications = ApplicationStore(db: db, clock: clock)
  public private(set) lazy var funds = FundStore(db: db)
  public private(set) lazy var fundFiles = FundFiles(db: db)
  public private(set) lazy var today = TodayStore(db: db, clock: clock)
  public private(set) lazy var find = FindService(db: db, clock: clock)
  public private(set) lazy var settings = Settings(db: db)
  public private(set) lazy var inquiryReport = InquiryReport(db: db)
  public private(set) lazy var yearExports = YearExports(db: db)
  public private(set) lazy var roomFiles = RoomFiles(store: associations)
  public private(set) lazy var exporter = Exporter(store: associations)

  public func importer(addTargetGroups: Bool) -> Importer {
    Importer(store: associations, addTargetGroups: addTargetGroups)
  }

  /// Everything stored about a person (the right of access).
  public func record(_ query: PersonQuery) throws -> CitizenRecord {
    try CitizenRecord.load(db, query: query)
  }

  public func record(citizenID id: Int64) throws -> CitizenRecord {
    try CitizenRecord.load(db, id: id)
  }

  /// An association's file: its inquiries, bookings, referrals, applications.
  public func history(associationID id: Int64, today: Day) throws -> AssociationHistory {
    try AssociationHistory.read(associationID: id, db: db, today: today)
  }
}

/// A clock that can be moved while every store holds it.
final class MovingClock: @unchecked Sendable {
  var current: Clock
  init(_ clock: Clock) { current = clock }
  var clock: Clock { Clock { [self] in current.now() } }
}
