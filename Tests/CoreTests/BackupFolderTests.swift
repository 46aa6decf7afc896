import Glibc
import Testing

@testable import Core

/// Issue 24.11: a desk with a wrong clock dated a copy in the future, and
/// it outranked the real ones (and the damage message named it); a copy
/// an older skranke left at 0644 stayed readable to everyone.
@Suite struct BackupFolderTests {
  let database = TestDatabase()
  static let today = ErasureFixture.today

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
