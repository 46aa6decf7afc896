import Core

/// A citizen saved as a desk saves one, on the erasure tests' fixed day
/// (Monday 7 December 2026, 10:15), and the names a file holds.
enum ErasureFixture {
  static let today = Day(year: 2026, month: 12, day: 7)!
  static let clock = Clock.fixed(today, "10:15")

  static func citizen(_ name: String, in db: Database) throws -> Citizen {
    try CitizenStore(db: db, clock: clock).save(
      Citizen(name: name, seeking: .volunteer, consentOn: today))
  }

  static func names(in path: String) throws -> [String] {
    try Database(path: path).map("SELECT name FROM citizens ORDER BY id") { $0.text(0) }
  }
}
