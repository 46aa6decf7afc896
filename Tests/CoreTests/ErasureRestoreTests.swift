import Glibc
import Testing

@testable import Core

/// Issue 24.3, 24.4 and 24.6: an erased person came back when a copy was
/// restored at another path, the wrong person was erased because ids were
/// handed out twice, and a killed restore left copies, a second name for
/// the live file, and a log that lost its last commit.
@Suite struct ErasureRestoreTests {
  let database = TestDatabase()
  static let today = ErasureFixture.today
  let clock = ErasureFixture.clock

  func citizen(_ name: String, in db: Database) throws -> Citizen {
    try ErasureFixture.citizen(name, in: db)
  }

  func names(in path: String) throws -> [String] { try ErasureFixture.names(in: path) }

  /// The probe's case: erase the newest citizen, create another in the
  /// same minute, back up, restore: the one never erased must stay.
  @Test func theNextPersonNeverGetsTheErasedNumber() throws {
    let backup = database.directory + "/after.db"
    let erasedID: Int64
    do {
      let db = try database.open()
      _ = try citizen("Anna", in: db)
      let bo = try citizen("Bo", in: db)
      erasedID = bo.id!
      _ = try CitizenEraser(db: db, clock: clock).erase(id: bo.id!)
      let carl = try citizen("Carl", in: db)
      #expect(carl.id! > erasedID)
      try BackupCopy.make(of: db, to: backup)
    }
    let outcome = try Restore.restore(from: backup, into: database.path)
    #expect(outcome.erasedAgain == 0)
    #expect(try names(in: database.path) == ["Anna", "Carl"])
  }

  /// Even when a number was handed out twice before keys were kept (a
  /// file from before), a person made since is never matched.
  @Test func anErasureMatchesItsKeyNotANumberAndAMinute() throws {
    let db = try database.open()
    let dora = try citizen("Dora", in: db)
    let key = try db.scalarText(
      "SELECT erasure_key FROM citizens WHERE id = ?", [.integer(dora.id!)])
    #expect(key.utf8.count == 32)
    let stale = ErasureLog.Entry(
      citizenID: dora.id!, createdAt: "2026-12-07 10:15", erasedAt: "2026-12-07 10:16")
    #expect(try ErasureLog.reapply([stale], to: db) == 0)
    #expect(try db.scalarInt("SELECT count(*) FROM citizens") == 1)
  }

  @Test func inquiriesNeverGetANumberTwiceAcrossARestore() throws {
    let backup = database.directory + "/early.db"
    func draft(_ db: Database, _ text: String) throws -> Inquiry {
      var inquiry = Inquiry()
      inquiry.text = text
      inquiry.categoryID = try db.scalarInt("SELECT min(id) FROM inquiry_categories")
      inquiry.followUp = Self.today.adding(2)
      return inquiry
    }
    let lost: Int64
    let staffID: Int64
    do {
      let db = try database.open()
      staffID = try StaffDirectory(db: db).add(initials: "KM", name: "Karen").id
      let store = InquiryStore(db: db, clock: clock)
      _ = try store.create(try draft(db, "Besøgsven"), by: staffID)
      try BackupCopy.make(of: db, to: backup)
      lost = try store.create(try draft(db, "Lektiehjælp"), by: staffID).id!
    }
    _ = try Restore.restore(from: backup, into: database.path)
    let db = try database.open()
    let next = try InquiryStore(db: db, clock: clock).create(try draft(db, "Ny"), by: staffID)
    #expect(next.id! > lost)
  }

  /// The USB copy restored on a new disk: nothing beside the database
  /// knows of the erasure, so the restore says it cannot know; given the
  /// newer copy (or the log), it erases the person again.
  @Test func aRestoreAtANewPathSaysItCannotKnowAndReadsWhatItIsGiven() throws {
    let stick = database.directory + "/stick"
    mkdir(stick, 0o700)
    let monday = stick + "/skranke-mandag.db"
    let wednesday = stick + "/skranke-onsdag.db"
    do {
      let db = try database.open()
      let erik = try citizen("Erik", in: db)
      try BackupCopy.make(of: db, to: monday)
      _ = try CitizenEraser(db: db, clock: clock).erase(id: erik.id!)
      try BackupCopy.make(of: db, to: wednesday)
    }
    let newDisk = database.directory + "/new/skranke.db"
    mkdir(database.directory + "/new", 0o700)
    // Alone on the stick, the Monday copy cannot know of the erasure.
    let lone = database.directory + "/lone"
    mkdir(lone, 0o700)
    link(monday, lone + "/skranke-mandag.db")
    let unknown = try Restore.erasures(
      for: newDisk, backup: lone + "/skranke-mandag.db", given: [])
    #expect(!unknown.complete && unknown.entries.isEmpty)
    // Beside Wednesday's copy it reads the erasure from it.
    let siblings = try Restore.erasures(for: newDisk, backup: monday, given: [])
    #expect(!siblings.complete && siblings.entries.count == 1)
    // Given the log file, it knows.
    let log = BackupFolder(database: database.path).path + "/erasures.log"
    let given = try Restore.erasures(
      for: newDisk, backup: lone + "/skranke-mandag.db", given: [log])
    #expect(given.complete && given.entries.count == 1)
    let outcome = try Restore.restore(
      from: lone + "/skranke-mandag.db", into: newDisk, erasures: given)
    #expect(outcome.erasedAgain == 1)
    #expect(try names(in: newDisk).isEmpty)
    #expect(throws: BackupError.notAnErasureLog(path: database.directory + "/new")) {
      _ = try Restore.erasures(for: newDisk, backup: monday, given: [database.directory + "/new"])
    }
  }

  /// A restore killed between keeping the old file and renaming the copy
  /// left the kept name as a second link to the live file and the log
  /// gone: the next start undoes it, and nothing acknowledged is lost.
  @Test func aKilledRestoreIsUndoneByTheNextStart() throws {
    // A file as a kill leaves it: Gorm's commit only in its write-ahead log.
    let path = database.directory + "/crashed.db"
    do {
      let db = try database.open()
      _ = try citizen("Frida", in: db)
      try db.execute("PRAGMA wal_autocheckpoint=0")
      _ = try citizen("Gorm", in: db)
      for suffix in ["", "-wal"] {
        let bytes = try BinaryFile.read(database.path + suffix)
        _ = database.file("crashed.db" + suffix, bytes)
      }
    }
    #expect((FileIdentity.size(path + "-wal") ?? 0) > 0)
    // The state a kill after the links and the log's removal leaves.
    let copy = RestoreSwap.temporary(of: path, pid: 999_999)
    let kept = path + ".before-restore-2026-12-07-1015"
    _ = database.file("crashed.db.restoring-999999", try BinaryFile.read(database.path))
    let plan = "999999\n\(copy)\n\(kept)\n"
    _ = database.file("crashed.db.restore-journal", Array(plan.utf8))
    link(path, kept)
    link(path + "-wal", kept + "-wal")
    unlink(path + "-wal")
    #expect(FileIdentity.linkCount(path) == 2)
    // The next start puts the old state back.
    #expect(try names(in: path) == ["Frida", "Gorm"])
    #expect(FileIdentity.linkCount(path) == 1)
    #expect(!FileIdentity.exists(kept) && !FileIdentity.exists(copy))
    #expect(!FileIdentity.exists(RestoreSwap.journal(of: path)))
  }

  @Test func copiesLeftByKilledRestoresAreRemoved() throws {
    _ = try database.open()
    let left = RestoreSwap.temporary(of: database.path, pid: 999_998)
    for part in [left, left + "-journal", left + ".tmp-999998"] {
      close(open(part, O_WRONLY | O_CREAT, 0o600))
    }
    let running = RestoreSwap.temporary(of: database.path, pid: getpid())
    close(open(running, O_WRONLY | O_CREAT, 0o600))
    RestoreSwap.recover(database.path)
    #expect(!FileIdentity.exists(left) && !FileIdentity.exists(left + "-journal"))
    #expect(!FileIdentity.exists(left + ".tmp-999998"))
    #expect(FileIdentity.exists(running))
    unlink(running)
  }

  @Test func aDatabaseWithASecondNameIsNeitherOpenedNorRestoredOnto() throws {
    let backup = database.directory + "/b.db"
    do {
      let db = try database.open()
      _ = try citizen("Hans", in: db)
      try BackupCopy.make(of: db, to: backup)
    }
    let other = database.directory + "/another-name.db"
    link(database.path, other)
    #expect(throws: DatabaseOpenError.severalNames(path: database.path)) {
      _ = try database.open()
    }
    #expect(throws: BackupError.severalNames(path: database.path)) {
      _ = try Restore.restore(from: backup, into: database.path)
    }
    let message = DatabaseOpenError.severalNames(path: database.path).message(.english)
    #expect(message.contains("-samefile") && message.contains("Nothing was changed"))
    unlink(other)
    #expect(try names(in: database.path) == ["Hans"])
  }
}
