import CSQLite
import Glibc
import Testing

@testable import Core

/// A damaged file is found and never written; another program's write lock
/// is waited for visibly and then said in plain words; SQLite's own text
/// goes to the log, never to the person.
@Suite struct DamageAndLockTests {
  let database = TestDatabase()

  /// The demo data in a file, checkpointed so every page is in the file.
  func filledFile() throws -> String {
    do {
      let store = try database.demoStore()
      _ = try store.db.map("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) }
    }
    return database.path
  }

  @Test func aDamagedPageIsFoundAtOpenAndTheFileIsNotWritten() throws {
    let path = try filledFile()
    Damage.flip(path, offset: 4096, count: 64)
    let before = CSVTestFile.bytes(path)
    #expect(throws: DatabaseOpenError.self) { _ = try Database(path: path) }
    do {
      _ = try Database(path: path)
    } catch let error as DatabaseOpenError {
      guard case .damaged = error else {
        Issue.record("expected damaged, got \(error)")
        return
      }
      #expect(error.exitCode == 5)
      #expect(error.message(.english).contains("is damaged; skranke will not open it"))
      #expect(!error.message(.english).contains("SQLite error"))
    }
    #expect(CSVTestFile.bytes(path) == before)
    // The details went to the log beside the database.
    let log = String(decoding: try BinaryFile.read(path + ".log"), as: UTF8.self)
    #expect(log.contains("quick_check"))
  }

  @Test func theNewestBackupAndTheRestoreCommandAreNamed() throws {
    let path = try filledFile()
    let folder = BackupFolder(database: path)
    try folder.create()
    do {
      try BackupCopy.make(
        of: try Database(path: path), to: folder.file(for: Day(iso: "2026-11-29")!))
    }
    Damage.flip(path, offset: 4096, count: 64)
    do {
      _ = try Database(path: path)
      Issue.record("opened a damaged file")
    } catch let error as DatabaseOpenError {
      let text = error.message(.danish)
      #expect(text.contains("beskadiget"))
      #expect(text.contains("søn 29-11-2026"))
      #expect(text.contains("skranke restore \(path).backups/auto-2026-11-29.db --db \(path)"))
    }
  }

  /// The desk program draws its first screen before the check at open
  /// (`checkLater`); the check still comes before any write: the first
  /// write runs it, finds the damage and writes nothing, and so does every
  /// write after it, even if the first one's error was not looked at.
  @Test func aPutOffCheckRunsBeforeTheFirstWrite() throws {
    let path = try filledFile()
    Damage.flip(path, offset: 4096, count: 64)
    let before = CSVTestFile.bytes(path)
    let db = try Database(path: path, options: .init(checkLater: true))
    for _ in 0..<2 {
      do {
        try db.write { try db.run("INSERT INTO staff(initials, name) VALUES ('KM', 'K')") }
        Issue.record("wrote to a damaged file")
      } catch {
        #expect(ErrorText.exitCode(error) == 5)
        #expect(ErrorText.message(error, .english).contains("is damaged"))
      }
    }
    #expect(throws: DatabaseOpenError.self) { try db.settleOpenCheck() }
    #expect(CSVTestFile.bytes(path) == before)
    // A file not in WAL mode (a backup copied back by hand) would be
    // changed by opening it: it is checked at once, not later.
    let handCopied = TestDatabase()
    do {
      let db = try handCopied.open()
      _ = try db.map("PRAGMA journal_mode=DELETE") { $0.text(0) }
    }
    Damage.flip(handCopied.path, offset: 4096, count: 64)
    #expect(throws: DatabaseOpenError.self) {
      _ = try Database(path: handCopied.path, options: .init(checkLater: true))
    }
    // An undamaged file: the put-off check passes and the write is made.
    let other = TestDatabase()
    _ = try other.open()  // made and migrated first: a file to migrate is checked at once
    let good = try Database(path: other.path, options: .init(checkLater: true))
    try good.write { try good.run("INSERT INTO staff(initials, name) VALUES ('KM', 'K')") }
    #expect(try good.scalarInt("SELECT count(*) FROM staff") == 1)
  }

  /// Damage found later (a large file is only partly checked at open) makes
  /// the connection refuse every write from then on.
  @Test func damageFoundLaterStopsEveryWrite() throws {
    let path = try filledFile()
    Damage.flip(path, offset: 4096, count: 64)
    let db = try Database(path: path, options: .init(checkMilliseconds: nil))
    #expect(!db.isDamaged)
    do {
      _ = try db.map("PRAGMA quick_check") { $0.text(0) }
      Issue.record("the damaged page read without an error")
    } catch let problem as DatabaseProblem {
      #expect(problem.kind == .damaged)
    }
    #expect(db.isDamaged)
    do {
      try db.write { try db.run("INSERT INTO staff(initials, name) VALUES ('KM', 'K')") }
      Issue.record("wrote to a damaged file")
    } catch let problem as DatabaseProblem {
      #expect(problem.kind == .damaged && problem.rolledBack)
    }
  }

  /// A file too large for the check at open is checked in full in the
  /// background, which reports the damage; the day's backup is skipped.
  @Test func theBackgroundCheckFindsWhatTheOpenCheckHadNoTimeFor() throws {
    let path = try filledFile()
    Damage.flip(path, offset: 4096, count: 64)
    let db = try Database(path: path, options: .init(checkMilliseconds: nil))
    #expect(!db.fullyChecked)
    let check = BackgroundCheck.start(
      path: path, fullCheck: true, backup: true, today: Day(iso: "2026-11-30")!)
    var reports: [BackgroundCheck.Report] = []
    for _ in 0..<500 where reports.isEmpty || check.isRunning {
      reports += check.take()
      usleep(10_000)
    }
    reports += check.take()
    guard case .damaged(let file)? = reports.first else {
      Issue.record("expected the damage to be reported: \(reports)")
      return
    }
    #expect(file.path == path)
    #expect(!FileIdentity.exists(BackupFolder(database: path).file(for: Day(iso: "2026-11-30")!)))
  }

  /// A file above `fullCheckBytes` is checked table by table, smallest
  /// first, within the budget: damage in the associations is found at open.
  @Test func aLargeFileHasItsSmallTablesCheckedAtOpen() throws {
    let path = try filledFile()
    do {
      let db = try Database(path: path)
      try db.write {
        try db.execute("CREATE TABLE ballast(x BLOB)")
        for _ in 0..<6 { try db.execute("INSERT INTO ballast VALUES (zeroblob(1000000))") }
      }
      _ = try db.map("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) }
    }
    #expect(!(try Database(path: path).fullyChecked))
    let root = try Database(path: path).scalarInt(
      "SELECT rootpage FROM sqlite_schema WHERE name = 'associations'")
    Damage.flip(path, offset: Int(root - 1) * 4096, count: 64)
    #expect(throws: DatabaseOpenError.damaged(DamagedFile(path: path, newestBackup: nil))) {
      _ = try Database(path: path)
    }
  }

  @Test func aWriteWaitsVisiblyForAnotherProgramThenSaysSoInPlainWords() throws {
    let path = try filledFile()
    let db = try Database(path: path)
    db.busyWaitMilliseconds = 400
    var notices = 0
    db.onBusyWait = { notices += 1 }
    let other = try Database(path: path)
    try other.execute("BEGIN IMMEDIATE")
    do {
      try db.write { try db.run("INSERT INTO staff(initials, name) VALUES ('KM', 'K')") }
      Issue.record("wrote through another program's lock")
    } catch let problem as DatabaseProblem {
      #expect(problem.kind == .busy)
      #expect(problem.rolledBack)
      #expect(problem.exitCode == 4)
      let text = problem.message(.english)
      #expect(text.contains("Another program is writing to the database"))
      #expect(text.contains("Nothing was saved"))
      #expect(!text.contains("SQLite") && !text.contains("BEGIN"))
    }
    #expect(notices == 1)
    try other.execute("ROLLBACK")
    // The same write goes through once the lock is gone.
    try db.write { try db.run("INSERT INTO staff(initials, name) VALUES ('KM', 'K')") }
    #expect(try db.scalarInt("SELECT count(*) FROM staff") == 1)
  }

  @Test func anUnexpectedErrorSaysWhereTheDetailsAreNotWhatTheyAre() throws {
    let db = try database.open()
    do {
      try db.run("INSERT INTO nowhere VALUES (1)")
    } catch {
      let text = ErrorText.message(error, .english)
      #expect(text.contains("Something unexpected went wrong"))
      #expect(text.contains(database.path + ".log"))
      #expect(!text.contains("nowhere") && !text.contains("SQL"))
    }
    let log = String(decoding: try BinaryFile.read(database.path + ".log"), as: UTF8.self)
    #expect(log.contains("no such table: nowhere") && log.contains("[SQL: INSERT INTO nowhere"))
  }

  @Test func anotherProgramsSQLiteFileIsRefusedAndUntouched() throws {
    let path = database.directory + "/other.db"
    do {
      let other = try RawConnection(path: path, readOnly: false).unwrap()
      _ = other.execute("CREATE TABLE photos(x); INSERT INTO photos VALUES (1);")
    }
    let before = CSVTestFile.bytes(path)
    #expect(throws: DatabaseOpenError.notSkranke(path: path)) { _ = try Database(path: path) }
    #expect(CSVTestFile.bytes(path) == before)
  }

  @Test func theLockFileTellsWhetherAnotherSkrankeHasTheFileOpen() throws {
    var db: Database? = try database.open()
    #expect(throws: DatabaseLock.Failure.held) {
      try DatabaseLock.exclusive(for: database.path).get()
    }
    db = nil
    #expect(db == nil)
    #expect(throws: Never.self) { try DatabaseLock.exclusive(for: database.path).get() }
  }
}

/// Bad luck, made on purpose.
enum Damage {
  /// Inverts `count` bytes at `offset`.
  static func flip(_ path: String, offset: Int, count: Int) {
    let fd = open(path, O_RDWR)
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: count)
    _ = pread(fd, &bytes, count, off_t(offset))
    for index in bytes.indices { bytes[index] ^= 0xFF }
    _ = pwrite(fd, bytes, count, off_t(offset))
  }
}

extension Optional {
  struct Missing: Error {}
  func unwrap() throws -> Wrapped {
    guard let value = self else { throw Missing() }
    return value
  }
}
