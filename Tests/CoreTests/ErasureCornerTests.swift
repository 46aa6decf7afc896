import Glibc
import Testing

@testable import Core

/// From a review of the change: the corners of erasure and restore.
@Suite struct ErasureCornerTests {
  let database = TestDatabase()
  static let today = ErasureFixture.today
  let clock = ErasureFixture.clock

  func citizen(_ name: String, in db: Database) throws -> Citizen {
    try ErasureFixture.citizen(name, in: db)
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
    #expect(try ErasureFixture.names(in: path) == ["Kim"])
    #expect(!FileIdentity.exists(kept) && !FileIdentity.exists(copy))
    #expect(FileIdentity.linkCount(path) == 1)
  }

  @Test func aLogSavedWithCRLFIsStillRead() throws {
    let log = database.file(
      "erasures.log", Array("7\t2026-12-07 10:15\t2026-12-07 10:16\r\n".utf8))
    #expect(ErasureLog.entries(inLog: log)?.count == 1)
  }
}
