import Glibc
import Testing

@testable import Core

/// Backups are checked copies in a private folder, rotated 7 daily and 4
/// weekly; a restore checks before it replaces, keeps the old file, and
/// never brings an erased person back.
@Suite struct BackupTests {
  let database = TestDatabase()
  static let today = Day(year: 2026, month: 11, day: 30)!

  func mode(_ path: String) -> UInt32 {
    var info = stat()
    stat(path, &info)
    return UInt32(info.st_mode) & 0o777
  }

  /// The demo data backed up, then its activities deleted from the database.
  func backupThenEmptyActivities() throws -> String {
    let backup = database.directory + "/backup.db"
    let store = try database.demoStore()
    try BackupCopy.make(of: store.db, to: backup)
    try store.db.write { try store.db.run("DELETE FROM activities") }
    return backup
  }

  @Test func aBackupIsACheckedPrivateCopyMadeWhileAnotherDeskWrites() throws {
    let store = try database.demoStore()
    let other = try AssociationStore(db: try database.open())
    // Another desk is in the middle of a write: the copy shows the moment before it.
    try other.db.execute("BEGIN IMMEDIATE")
    try other.db.run("DELETE FROM activities")
    let target = database.directory + "/copy.db"
    try BackupCopy.make(of: store.db, to: target)
    try other.db.execute("COMMIT")
    #expect(mode(target) == 0o600)
    let copy = try #require(RawConnection(path: target, readOnly: true))
    #expect(copy.rows("PRAGMA integrity_check") == .success(["ok"]))
    #expect(copy.rows("SELECT count(*) FROM activities") == .success(["200"]))
    #expect(copy.rows("PRAGMA journal_mode") == .success(["delete"]))
    #expect(!FileIdentity.exists(target + "-wal"))
  }

  @Test func aBackupIsNeverWrittenOverTheDatabase() throws {
    let store = try database.store()
    for target in [database.path, database.path + "-wal", database.path + "-shm"] {
      #expect(throws: BackupError.sameFile(path: target)) {
        try BackupCopy.make(of: store.db, to: target)
      }
    }
  }

  @Test func theDailyBackupIsMadeOnceAndCanBeTurnedOff() throws {
    let store = try database.store()
    let folder = BackupFolder(database: database.path)
    // An empty database is not worth a copy: the day's backup waits for work.
    #expect(try AutoBackup.runIfDue(store.db, today: Self.today) == nil)
    try store.save(Association(name: "Foreningen Sind", area: "Hjørring"))
    #expect(try AutoBackup.runIfDue(store.db, today: Self.today)?.day == Self.today)
    #expect(try AutoBackup.runIfDue(store.db, today: Self.today) == nil)
    #expect(mode(folder.path) == 0o700)
    #expect(mode(folder.file(for: Self.today)) == 0o600)
    try Settings(db: store.db).set(.autoBackup, "off")
    #expect(try AutoBackup.runIfDue(store.db, today: Self.today.adding(1)) == nil)
    #expect(folder.files().map(\.day) == [Self.today])
  }

  @Test func rotationKeepsSevenDailyAndFourWeekly() {
    let files = (0..<60).map { back in
      BackupFile(path: "x\(back)", day: Self.today.adding(-back))
    }
    let kept = BackupFolder.keep(files).map(\.day)
    #expect(kept.count == 11)
    #expect(Array(kept.prefix(7)) == (0..<7).map { Self.today.adding(-$0) })
    // Then the newest of each of the four weeks before those days (Sundays).
    #expect(
      kept.dropFirst(7).map(\.iso) == ["2026-11-22", "2026-11-15", "2026-11-08", "2026-11-01"])
  }

  @Test func restorePutsACheckedCopyInPlaceAndKeepsTheOldFile() throws {
    let backup = try backupThenEmptyActivities()
    let outcome = try Restore.restore(
      from: backup, into: database.path, clock: .fixed(Self.today, "10:15"))
    #expect(outcome.keptAs == database.path + ".before-restore-2026-11-30-1015")
    let db = try database.open()
    #expect(try db.scalarInt("SELECT count(*) FROM activities") == 200)
    let old = try #require(RawConnection(path: outcome.keptAs!, readOnly: true))
    #expect(old.rows("SELECT count(*) FROM activities") == .success(["0"]))
  }

  /// Two restores in one minute: the first kept file is not overwritten by
  /// the second (it may be the only copy of the day's work).
  @Test func twoRestoresInOneMinuteKeepBothOldFiles() throws {
    let backup = try backupThenEmptyActivities()
    let clock = Clock.fixed(Self.today, "10:15")
    let first = try Restore.restore(from: backup, into: database.path, clock: clock)
    let second = try Restore.restore(from: backup, into: database.path, clock: clock)
    #expect(first.keptAs != second.keptAs)
    let original = try #require(RawConnection(path: first.keptAs!, readOnly: true))
    #expect(original.rows("SELECT count(*) FROM activities") == .success(["0"]))
  }

  /// A write-ahead log left without its database (the file deleted after a
  /// crash) is moved aside, never replayed into the restored copy.
  @Test func aLeftoverLogIsNotReplayedIntoTheRestoredCopy() throws {
    let backup = database.directory + "/backup.db"
    do {
      let store = try database.demoStore()
      try BackupCopy.make(of: store.db, to: backup)
    }
    // A log from another database, where this one's would be.
    let other = database.directory + "/other.db"
    do {
      let db = try Database(path: other)
      try db.execute("PRAGMA wal_autocheckpoint = 0")
      try db.write {
        try db.run("INSERT INTO areas(name, name_fold, sort_key) VALUES ('X', 'x', 'x')")
      }
      var bytes = try BinaryFile.read(other + "-wal")
      for suffix in ["", "-wal", "-shm"] { unlink(database.path + suffix) }
      let fd = open(database.path + "-wal", O_WRONLY | O_CREAT, 0o600)
      _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
      close(fd)
    }
    let outcome = try Restore.restore(from: backup, into: database.path)
    #expect(outcome.keptAs != nil)
    let db = try database.open()
    #expect(try db.scalarText("PRAGMA integrity_check") == "ok")
    #expect(try db.scalarInt("SELECT count(*) FROM associations") == 70)
  }

  @Test func restoreRefusesWhileAnotherSkrankeHasTheFileOpen() throws {
    let backup = database.directory + "/backup.db"
    let store = try database.demoStore()
    try BackupCopy.make(of: store.db, to: backup)
    let before = try store.db.scalarInt("SELECT count(*) FROM associations")
    #expect(throws: BackupError.inUse(path: database.path)) {
      _ = try Restore.restore(from: backup, into: database.path)
    }
    #expect(try store.db.scalarInt("SELECT count(*) FROM associations") == before)
  }

  @Test func restoreRefusesWhatIsNotAGoodSkrankeBackup() throws {
    do { _ = try database.store() }
    let text = database.file("in.csv", Array("name\nX\n".utf8))
    #expect(throws: BackupError.notADatabase(path: text)) {
      _ = try Restore.restore(from: text, into: database.path)
    }
    let foreign = database.directory + "/foreign.db"
    _ = RawConnection(path: foreign, readOnly: false)?.execute("CREATE TABLE photos(x)")
    #expect(throws: BackupError.notSkranke(path: foreign)) {
      _ = try Restore.restore(from: foreign, into: database.path)
    }
    let newer = database.directory + "/newer.db"
    _ = RawConnection(path: newer, readOnly: false)?.execute(
      "CREATE TABLE schema_migrations(version); PRAGMA user_version = 99")
    #expect(
      throws: BackupError.newerVersion(path: newer, found: 99, known: Schema.migrations.count)
    ) {
      _ = try Restore.restore(from: newer, into: database.path)
    }
    let damaged = database.directory + "/damaged.db"
    do {
      let store = try AssociationStore(db: try Database(path: damaged))
      _ = try Importer(store: store).importAssociations(
        path: TestDatabase.dataDirectory + "/associations.csv")
      _ = try store.db.map("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) }
    }
    Damage.flip(damaged, offset: 4096, count: 64)
    var refusal: BackupError?
    do {
      _ = try Restore.restore(from: damaged, into: database.path)
    } catch {
      refusal = error
    }
    #expect(refusal?.isDamagedCopy == true)
    #expect(!FileIdentity.exists(database.path + ".before-restore-" + Day.today().iso))
  }

  @Test func anOlderBackupIsBroughtUpToDate() throws {
    let backup = database.directory + "/old.db"
    do { _ = try Database(path: backup, migrations: Array(Schema.migrations.prefix(5))) }
    let outcome = try Restore.restore(from: backup, into: database.path)
    #expect(outcome.fromVersion == 5)
    #expect(try database.open().scalarInt("PRAGMA user_version") == Int64(Schema.migrations.count))
  }

  /// The right to be forgotten reaches backups: a restored backup has the
  /// person erased again, and a later citizen with the same number stays.
  @Test func anErasedCitizenStaysErasedAfterARestore() throws {
    let backup = database.directory + "/backup.db"
    let clock = Clock.fixed(Self.today)
    do {
      let store = try database.store()
      let citizens = CitizenStore(db: store.db, clock: clock)
      let grethe = try citizens.save(
        Citizen(name: "Grethe Nielsen", seeking: .volunteer, consentOn: Self.today))
      try BackupCopy.make(of: store.db, to: backup)
      let folder = BackupFolder(database: database.path)
      try folder.create()
      try BackupCopy.make(of: store.db, to: folder.file(for: Self.today))
      let outcome = try CitizenEraser(db: store.db, clock: clock).erase(id: grethe.id!)
      #expect(outcome.backupsHolding == 1)
      let log = String(decoding: try BinaryFile.read(folder.path + "/erasures.log"), as: UTF8.self)
      #expect(log.hasPrefix("\(grethe.id!)\t"))
      #expect(!log.contains("Grethe"))
    }
    let outcome = try Restore.restore(from: backup, into: database.path)
    #expect(outcome.erasedAgain == 1)
    let laterID: Int64
    do {
      let db = try database.open()
      #expect(try db.scalarInt("SELECT count(*) FROM citizens") == 0)
      #expect(try db.scalarInt("SELECT count(*) FROM erasure_log") == 1)
      // A new citizen may get the same number; restoring again leaves them be.
      let later = try CitizenStore(db: db, clock: .fixed(Self.today.adding(1), "11:00")).save(
        Citizen(name: "Jens Hansen", seeking: .volunteer, consentOn: Self.today))
      laterID = later.id!
      try BackupCopy.make(of: db, to: backup)
    }
    let again = try Restore.restore(from: backup, into: database.path)
    #expect(again.erasedAgain == 0)
    let db = try database.open()
    #expect(
      try db.scalarInt("SELECT count(*) FROM citizens WHERE id = ?", [.integer(laterID)]) == 1)
  }
}

extension BackupError {
  var isDamagedCopy: Bool {
    if case .damagedCopy = self { return true }
    return false
  }
}
