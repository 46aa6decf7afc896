import Glibc

/// Which citizens were erased: a key no second person can share, their
/// number, when the person was created and when erased; never a name.
/// Kept in three places, so a restore finds it:
///
/// - in the database's `erasure_log`, so it travels inside every copy
///   skranke writes (the day's backups, `skranke backup` to a stick);
/// - in `erasures.log` in the backup folder, so a restore can read it even
///   when the database it replaces is damaged;
/// - and `restore --erasures FILE` reads either of them from elsewhere
///   (the log file, or a copy whose table holds it).
///
/// A restore applies every entry again to the restored copy.
public struct ErasureLog {
  public struct Entry: Equatable, Hashable, Sendable {
    public let citizenID: Int64
    public let createdAt: String
    public let erasedAt: String
    /// The citizen's `erasure_key` (`legacy:ID:CREATED` for an entry or a
    /// person from before keys were kept).
    public let key: String

    public init(citizenID: Int64, createdAt: String, erasedAt: String, key: String? = nil) {
      self.citizenID = citizenID
      self.createdAt = createdAt
      self.erasedAt = erasedAt
      self.key = key ?? Self.legacyKey(citizenID, createdAt)
    }

    static func legacyKey(_ id: Int64, _ createdAt: String) -> String {
      "legacy:\(id):\(createdAt)"
    }

    /// The asker of an inquiry with no citizen record: logged with the
    /// inquiry's number made negative (inquiry numbers are never handed
    /// out twice) and its moment of arrival.
    static func askerKey(_ inquiryID: Int64) -> String { "inquiry:\(inquiryID)" }

    /// The inquiry whose asker this entry erased; nil for a citizen (or a
    /// sign-up, see `signUpID`).
    public var inquiryID: Int64? {
      citizenID < 0 && signUpID == nil && nominationID == nil && nominatorID == nil
        ? -citizenID : nil
    }

    /// A logged number: a citizen's, or an inquiry's made negative.
    static func number(_ text: String) -> Int64? {
      let negative = text.hasPrefix("-")
      guard let value = ASCIIDigits.value(negative ? String(text.dropFirst()) : text, maxDigits: 18)
      else { return nil }
      return negative ? -Int64(value) : Int64(value)
    }

    /// A line of `erasures.log`: number, created, erased, key.
    var line: String { "\(citizenID)\t\(createdAt)\t\(erasedAt)\t\(key)\n" }

    /// Reads a line written by `line`, or by a skranke from before keys
    /// (three fields); nil for anything else.
    init?(line: Substring) {
      let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 3 || parts.count == 4,
        let id = Self.number(parts[0]),
        Self.isStamp(parts[1]), Self.isStamp(parts[2])
      else { return nil }
      let key = parts.count == 4 ? parts[3] : nil
      if let key, !Self.isKey(key) { return nil }
      self.init(citizenID: id, createdAt: parts[1], erasedAt: parts[2], key: key)
    }

    /// `2026-12-07 14:32`: what `Clock.stamp` writes.
    static func isStamp(_ text: String) -> Bool {
      let bytes = Array(text.utf8)
      guard bytes.count == 16, let day = Day(iso: String(text.prefix(10))) else { return false }
      _ = day
      return bytes[10] == 0x20 && ClockTime(String(text.suffix(5))) != nil
    }

    /// 32 hex digits, or a legacy key.
    static func isKey(_ text: String) -> Bool {
      if text.hasPrefix("legacy:") { return text.utf8.count <= 64 }
      if text.hasPrefix("inquiry:") {
        return ASCIIDigits.value(String(text.dropFirst(8)), maxDigits: 18) != nil
      }
      if text.hasPrefix("signup:") {
        return ASCIIDigits.value(String(text.dropFirst(7)), maxDigits: 18) != nil
      }
      if text.hasPrefix("prize:") {
        return ASCIIDigits.value(String(text.dropFirst(6)), maxDigits: 18) != nil
      }
      if text.hasPrefix("prize-by:") {
        return ASCIIDigits.value(String(text.dropFirst(9)), maxDigits: 18) != nil
      }
      return text.utf8.count == 32
        && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
  }

  public let folder: BackupFolder

  public init(database: String) { folder = BackupFolder(database: database) }

  var filePath: String { folder.path + "/erasures.log" }

  /// Records an erasure inside the erasing transaction.
  static func record(_ entry: Entry, in db: Database) throws {
    try db.run(
      """
      INSERT OR IGNORE INTO erasure_log(citizen_id, created_at, erased_at, erasure_key)
      VALUES (?, ?, ?, ?)
      """,
      [.integer(entry.citizenID), .text(entry.createdAt), .text(entry.erasedAt), .text(entry.key)])
  }

  /// Adds entries to the file (after the erasure committed).
  func append(_ entries: [Entry]) {
    guard !entries.isEmpty, (try? folder.create()) != nil else { return }
    let fd = open(filePath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return }
    defer { close(fd) }
    var bytes = Array(entries.map(\.line).joined().utf8)
    _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
    fsync(fd)
  }

  /// The entries in the file beside the database.
  func fileEntries() -> [Entry] { Self.entries(inLog: filePath) ?? [] }

  /// The entries of a log file (lines that do not read are skipped); nil
  /// when it cannot be read.
  static func entries(inLog path: String) -> [Entry]? {
    guard let bytes = try? BinaryFile.read(path, limit: 64 << 20) else { return nil }
    // By byte: a log saved with CRLF line ends is still read line by line.
    return bytes.split(separator: 0x0A).compactMap { line in
      let text = String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
      return Entry(line: Substring(text))
    }
  }

  /// The entries of a skranke database or copy, read without changing it
  /// (a copy from before keys has its entries given their legacy keys);
  /// nil when it is no skranke file or cannot be read.
  static func entries(inDatabase path: String) -> [Entry]? {
    guard FileIdentity.isSQLite(path),
      let file = RawConnection(path: path, readOnly: true),
      case .success(let columns) = file.rows(
        "SELECT name FROM pragma_table_info('erasure_log')")
    else { return nil }
    let key = columns.contains("erasure_key") ? "erasure_key" : "''"
    guard
      case .success(let rows) = file.table(
        "SELECT citizen_id, created_at, erased_at, \(key) FROM erasure_log")
    else { return nil }
    return rows.compactMap { row in
      guard let id = Entry.number(row[0]) else { return nil }
      return Entry(
        citizenID: id, createdAt: row[1], erasedAt: row[2],
        key: row[3].isEmpty ? nil : row[3])
    }
  }

  /// Erases again, in a restored copy, every logged person it still holds
  /// (by their key: a person made after the entry never matches it);
  /// records every entry in the copy, and keeps its ids above every
  /// number the log names. Returns how many were erased.
  static func reapply(_ entries: [Entry], to db: Database) throws -> Int {
    var due: [Int64] = []
    var rows: [ErasedRow] = []
    for entry in Set(entries) {
      if let row = ErasedRow(entry) {
        if try row.isHeld(in: db, madeAt: entry.createdAt) { rows.append(row) }
        continue
      }
      let held = try db.map(
        "SELECT id FROM citizens WHERE erasure_key = ?", [.text(entry.key)]
      ) { $0.int("id") }
      due += held
    }
    try db.write {
      for entry in Set(entries) { try record(entry, in: db) }
      let highest = entries.map(\.citizenID).max() ?? 0
      try db.run(
        "UPDATE id_floors SET last = max(last, ?) WHERE name = 'citizens'", [.integer(highest)])
    }
    if !rows.isEmpty {
      let eraser = CitizenEraser(db: db)
      let stamp = eraser.clock.stamp()
      try db.execute("PRAGMA secure_delete = ON")
      defer { try? db.execute("PRAGMA secure_delete = OFF") }
      try db.write {
        for row in rows {
          switch row.kind {
          case .asker: _ = try eraser.eraseAsker(row.id, at: stamp, by: nil)
          case .signUp: _ = try eraser.eraseSignUp(row.id, at: stamp)
          case .nomination: _ = try eraser.eraseNomination(row.id, at: stamp)
          // The log keeps no words: the nominator's name goes, the reason stays.
          case .nominator: _ = try eraser.eraseNominator(row.id, words: [], at: stamp)
          }
        }
        for table in CitizenEraser.findIndexes {
          try db.run("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
        }
      }
    }
    guard !due.isEmpty else { return rows.count }
    _ = try CitizenEraser(db: db).erase(ids: Array(Set(due)).sorted(), log: false)
    return Set(due).count + rows.count
  }

  /// The days of the automatic backups that still hold any of `entries`.
  func backupsHolding(_ entries: [Entry]) -> [Day] {
    folder.files().filter { file in
      guard let copy = RawConnection(path: file.path, readOnly: true) else { return false }
      return entries.contains { holds($0, copy) }
    }.map(\.day)
  }

  /// How many automatic backups still hold the citizen.
  public func backupsHolding(_ entry: Entry) -> Int { backupsHolding([entry]).count }

  private func holds(_ entry: Entry, _ copy: RawConnection) -> Bool {
    if let row = ErasedRow(entry) { return row.isHeld(in: copy, madeAt: entry.createdAt) }
    // A copy from before keys knows the person by number and minute.
    let hasKeys =
      (try? copy.rows("SELECT name FROM pragma_table_info('citizens')").get())?.contains(
        "erasure_key") ?? false
    if !hasKeys && !entry.key.hasPrefix("legacy:") { return false }
    let test =
      hasKeys
      ? "erasure_key = '" + entry.key.replacingAll("'", with: "''") + "'"
      : "id = \(entry.citizenID) AND created_at = '"
        + entry.createdAt.replacingAll("'", with: "''") + "'"
    if case .success(let rows) = copy.rows("SELECT count(*) FROM citizens WHERE " + test) {
      return rows.first != "0"
    }
    return false
  }
}
