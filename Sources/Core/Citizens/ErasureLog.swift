import Glibc

/// Which citizens were erased: a number, when the person was created and
/// when erased; never a name. Kept twice: in the database's `erasure_log`
/// (so it travels with the file) and in `erasures.log` in the backup folder
/// (so a restore can read it even when the database it replaces is
/// damaged). A restore applies every entry again to the restored copy.
public struct ErasureLog {
  public struct Entry: Equatable, Hashable, Sendable {
    public let citizenID: Int64
    public let createdAt: String
    public let erasedAt: String
  }

  public let folder: BackupFolder

  public init(database: String) { folder = BackupFolder(database: database) }

  var filePath: String { folder.path + "/erasures.log" }

  /// Records an erasure inside the erasing transaction.
  static func record(_ entry: Entry, in db: Database) throws {
    try db.run(
      "INSERT OR IGNORE INTO erasure_log(citizen_id, created_at, erased_at) VALUES (?, ?, ?)",
      [.integer(entry.citizenID), .text(entry.createdAt), .text(entry.erasedAt)])
  }

  /// Adds entries to the file (after the erasure committed).
  func append(_ entries: [Entry]) {
    guard !entries.isEmpty, (try? folder.create()) != nil else { return }
    let fd = open(filePath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return }
    defer { close(fd) }
    let text = entries.map { "\($0.citizenID)\t\($0.createdAt)\t\($0.erasedAt)\n" }.joined()
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
    fsync(fd)
  }

  /// The entries in the file (lines that do not read are skipped).
  func fileEntries() -> [Entry] {
    guard let bytes = try? BinaryFile.read(filePath) else { return [] }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 3, let id = Int64(parts[0]) else { return nil }
      return Entry(citizenID: id, createdAt: parts[1], erasedAt: parts[2])
    }
  }

  /// Erases again, in a restored copy, every logged person it still holds
  /// (same number and same creation moment); returns how many were.
  static func reapply(_ entries: [Entry], to db: Database) throws -> Int {
    var due: [Int64] = []
    for entry in Set(entries) {
      let held = try db.scalarInt(
        "SELECT count(*) FROM citizens WHERE id = ? AND created_at = ?",
        [.integer(entry.citizenID), .text(entry.createdAt)])
      if held > 0 { due.append(entry.citizenID) }
    }
    try db.write { for entry in Set(entries) { try record(entry, in: db) } }
    guard !due.isEmpty else { return 0 }
    _ = try CitizenEraser(db: db).erase(ids: due.sorted(), log: false)
    return due.count
  }

  /// How many automatic backups still hold the citizen.
  public func backupsHolding(citizenID: Int64, createdAt: String) -> Int {
    folder.files().filter { file in
      guard let copy = RawConnection(path: file.path, readOnly: true) else { return false }
      let sql =
        "SELECT count(*) FROM citizens WHERE id = \(citizenID) AND created_at = '"
        + createdAt.replacingAll("'", with: "''") + "'"
      if case .success(let rows) = copy.rows(sql) { return rows.first != "0" }
      return false
    }.count
  }
}
