/// The demo database: the CSV files in `data/` plus staff, inquiries and
/// bookings dated around `today`, so some are overdue and the week view has
/// something to show whenever the demo is tried. The screen tests seed the
/// same data on a fixed day.
public enum DemoData {
  public static func seed(_ store: AssociationStore, from folder: String, today: Day) throws {
    let importer = Importer(store: store)
    _ = try importer.importAreas(path: folder + "/areas.csv")
    _ = try importer.importAssociations(path: folder + "/associations.csv")
    _ = try importer.importActivities(path: folder + "/activities.csv")
    _ = try RoomFiles(store: store).importRooms(path: folder + "/rooms.csv")
    _ = try FundFiles(db: store.db).importFunds(path: folder + "/funds.csv")
    _ = try FundFiles(db: store.db).importRounds(path: folder + "/rounds.csv")
    try confirmMost(store, today: today)
    try DemoInquiries.seed(InquiryStore(db: store.db), today: today)
    try DemoBookings.seed(store, today: today)
    try DemoEvents.seed(store, today: today)
  }

  /// Writes the demo CSV files kept inside the program to `folder` (an
  /// installed skranke has no `data/` beside it), to seed from there.
  public static func writeFiles(to folder: String, database: String) throws {
    for file in DemoFiles.all {
      try SafeFile.write(to: folder + "/" + file.name, database: database) { $0(file.text + "\n") }
    }
  }

  /// Most associations confirmed their details at some point in the last
  /// 18 months, so the stale list and the overview's marks show a few,
  /// not all; every fifth never did.
  static func confirmMost(_ store: AssociationStore, today: Day) throws {
    let register = AssociationRegister(db: store.db)
    let ids = try store.db.map("SELECT id FROM associations ORDER BY sort_key, id") { $0.int("id") }
    for (index, id) in ids.enumerated() where index % 5 != 4 {
      register.clock = .fixed(today.adding(-((index * 37) % 540)))
      try register.confirm(associationID: id)
    }
  }
}
