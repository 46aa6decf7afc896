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
    try DemoInquiries.seed(InquiryStore(db: store.db), today: today)
    try DemoBookings.seed(store, today: today)
  }
}
