import Glibc
import Testing

@testable import Core

/// Issue 24.3, 24.4 and 24.6: an erased person came back when a copy was
/// restored at another path, the wrong person was erased because ids were
/// handed out twice, and a killed restore left copies, a second name for
/// the live file, and a log that lost its last commit.
@Suite struct ErasureRestoreTests {
  let database = TestDatabase()
  static let today = Day(year: 2026, month: 12, day: 7)!
  let clock = Clock.fixed(Self.today, "10:15")

  func citizen(_ name: String, in db: Database) throws -> Citizen {
    try CitizenStore(db: db, clock: clock).save(
      Citizen(name: name, seeking: .volunteer, consentOn: Self.today))
  }

  func names(in path: String) throws -> [String] {
    let db = try Database(path: path)
    return try db.map("SELECT name FROM citizens ORDER BY id") { $0.text(0) }
  }

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

/// Issue 24.11: a desk with a wrong clock dated a copy in the future, and
/// it outranked the real ones (and the damage message named it); a copy
/// an older skranke left at 0644 stayed readable to everyone.
@Suite struct BackupFolderTests {
  let database = TestDatabase()
  static let today = Day(year: 2026, month: 12, day: 7)!

  @Test func aCopyDatedInTheFutureNeverOutranksARealOne() throws {
    var files = (1...9).map { BackupFile(path: "r\($0)", day: Self.today.adding(-$0)) }
    files += (0..<10).map { BackupFile(path: "f\($0)", day: Self.today.adding(150 + $0)) }
    let kept = BackupFolder.keep(files, today: Self.today)
    #expect(Array(kept.prefix(7).map(\.path)) == (1...7).map { "r\($0)" })
    #expect(kept.filter { $0.day > Self.today }.count == 7)
    let folder = BackupFolder(database: database.path)
    try folder.create()
    for day in [Self.today.adding(-1), Day(year: 2027, month: 5, day: 1)!] {
      _ = database.file("test.db.backups/auto-\(day.iso).db", [0])
    }
    #expect(folder.newest(today: Self.today)?.day == Self.today.adding(-1))
    #expect(folder.files(today: Self.today).last?.day.iso == "2027-05-01")
  }

  @Test func anOlderCopyLeftReadableIsTightened() throws {
    let folder = BackupFolder(database: database.path)
    try folder.create()
    let old = database.file("test.db.backups/auto-2026-12-01.db", [0])
    chmod(old, 0o644)
    try folder.create()
    var info = stat()
    stat(old, &info)
    #expect(UInt32(info.st_mode) & 0o777 == 0o600)
  }
}

/// From a review of the change: the corners of erasure and restore.
@Suite struct ErasureCornerTests {
  let database = TestDatabase()
  static let today = Day(year: 2026, month: 12, day: 7)!
  let clock = Clock.fixed(Self.today, "10:15")

  func citizen(_ name: String, in db: Database) throws -> Citizen {
    try CitizenStore(db: db, clock: clock).save(
      Citizen(name: name, seeking: .volunteer, consentOn: Self.today))
  }

  /// A file from before keys where the erased citizen's number and minute
  /// were already handed out again: the living person gets a key of their
  /// own, and the old entry never matches them.
  @Test func aNumberReusedBeforeKeysNeverMatchesTheOldEntry() throws {
    do {
      let db = try Database(path: database.path, migrations: Array(Schema.migrations.prefix(20)))
      try db.write {
        try db.run(
          """
          INSERT INTO erasure_log(citizen_id, created_at, erased_at)
          VALUES (7, '2026-12-07 10:15', '2026-12-07 10:16');
          """)
        try db.run(
          """
          INSERT INTO citizens(id, name, name_fold, seeking, consent_on, created_at, updated_at)
          VALUES (7, 'Carl', 'carl', 'volunteer', '2026-12-07', '2026-12-07 10:15',
            '2026-12-07 10:15')
          """)
      }
    }
    let db = try database.open()
    let key = try db.scalarText("SELECT erasure_key FROM citizens WHERE id = 7")
    #expect(!key.hasPrefix("legacy:"))
    let entries = try #require(ErasureLog.entries(inDatabase: database.path))
    #expect(try ErasureLog.reapply(entries, to: db) == 0)
    #expect(try db.scalarInt("SELECT count(*) FROM citizens") == 1)
  }

  /// An erasure made while the restore waited for its "yes" is applied too.
  @Test func anErasureMadeWhileTheRestoreAskedIsAppliedToo() throws {
    let backup = database.directory + "/b.db"
    let id: Int64
    do {
      let db = try database.open()
      id = try citizen("Ida", in: db).id!
      try BackupCopy.make(of: db, to: backup)
    }
    let said = try Restore.erasures(for: database.path, backup: backup, given: [])
    #expect(said.entries.isEmpty)
    do { _ = try CitizenEraser(db: try database.open(), clock: clock).erase(id: id) }
    _ = try Restore.restore(from: backup, into: database.path, erasures: said)
    #expect(try database.open().scalarInt("SELECT count(*) FROM citizens") == 0)
  }

  /// A new, empty database at the path has not seen the copy's history.
  @Test func aFreshDatabaseAtThePathDoesNotKnowTheErasures() throws {
    let backup = database.directory + "/b.db"
    do {
      let db = try database.open()
      _ = try citizen("Jens", in: db)
      try BackupCopy.make(of: db, to: backup)
    }
    let fresh = database.directory + "/fresh.db"
    do { _ = try Database(path: fresh) }
    #expect(!(try Restore.erasures(for: fresh, backup: backup, given: [])).complete)
    #expect(try Restore.erasures(for: database.path, backup: backup, given: []).complete)
  }

  /// After a reboot another process may have the journal's number: the
  /// lock, not the number, says no restore runs. The journal's copy is
  /// the journal's to settle, never a leftover.
  @Test func aJournalWhoseNumberIsTakenIsStillSettled() throws {
    let path = database.path
    do { _ = try citizen("Kim", in: try database.open()) }
    let copy = path + ".restoring-1"
    let kept = path + ".before-restore-x"
    _ = database.file("test.db.restoring-1", try BinaryFile.read(path))
    _ = database.file("test.db.restore-journal", Array("1\n\(copy)\n\(kept)\n".utf8))
    link(path, kept)
    RestoreSwap.removeLeftovers(of: path)
    #expect(FileIdentity.exists(copy))  // pid 1 runs, and the journal names it
    #expect(try ErasureRestoreTests.namesOf(path) == ["Kim"])
    #expect(!FileIdentity.exists(kept) && !FileIdentity.exists(copy))
    #expect(FileIdentity.linkCount(path) == 1)
  }

  @Test func aLogSavedWithCRLFIsStillRead() throws {
    let log = database.file(
      "erasures.log", Array("7\t2026-12-07 10:15\t2026-12-07 10:16\r\n".utf8))
    #expect(ErasureLog.entries(inLog: log)?.count == 1)
  }
}

extension ErasureRestoreTests {
  static func namesOf(_ path: String) throws -> [String] {
    try Database(path: path).map("SELECT name FROM citizens ORDER BY id") { $0.text(0) }
  }
}

/// Found by fuzzing Find (issue 24.12): memory grew without end, one
/// prepared statement kept for every shape of query ever typed.
@Suite struct StatementCacheTests {
  let database = TestDatabase()

  @Test func aDayOfDifferentSearchesKeepsABoundedNumberOfStatements() throws {
    let store = try database.store()
    _ = try store.save(Association(name: "Røde Kors Hjørring"))
    let find = FindService(db: store.db)
    for n in 1...400 {
      let words = (0..<(n % 40 + 1)).map { "ord\($0 % 7)" }.joined(separator: " ")
      _ = try find.find(words + " røde", lang: .danish)
      _ = try store.db.scalarInt("SELECT \(n)")
    }
    #expect(store.db.cachedStatementCount <= 256)
    // A pasted page of words is searched by its first twelve.
    let page = (1...2_000).map { "ord\($0)" }.joined(separator: " ")
    #expect(try SearchService(db: store.db).search(SearchQuery(text: page)).isEmpty)
  }
}
