import Glibc

/// The last step of a restore, all or nothing across a kill at any point:
/// the old database (and its write-ahead log) keep a dated name, and the
/// checked copy takes the database's name.
///
/// A journal beside the database (`skranke.db.restore-journal`) names the
/// copy and the kept name before any name changes. A restore that was
/// killed is finished or undone by the next skranke to open the file
/// (`recover`): while the copy still has its own name, nothing was
/// replaced, so the kept names are taken back (the old log returns to the
/// database, a second name of the live file goes); once the copy is gone,
/// it is the database and the old one is kept. Copies a killed restore
/// left (`skranke.db.restoring-PID`) are removed, as half-made backups are.
enum RestoreSwap {
  static func journal(of database: String) -> String { database + ".restore-journal" }
  static func temporary(of database: String, pid: Int32 = getpid()) -> String {
    database + ".restoring-\(pid)"
  }

  /// What the journal names.
  struct Plan: Equatable {
    let pid: Int32
    let copy: String
    let kept: String
  }

  /// Keeps the old database as `kept` and puts `copy` in its place.
  static func swap(_ copy: String, into database: String, keptAs kept: String?)
    throws(BackupError)
  {
    let wal = database + "-wal"
    let plan = Plan(pid: getpid(), copy: copy, kept: kept ?? "")
    try save(plan, to: journal(of: database))
    if let kept {
      // An empty log holds nothing: it is not kept, only removed below.
      for (from, to) in [(database, kept), (wal, kept + "-wal")]
      where FileIdentity.size(from) ?? 0 > 0 || (from == database && FileIdentity.exists(from)) {
        guard keep(from, as: to) else {
          let reason = SystemReason.current
          recover(database)
          throw .cannotWrite(path: to, reason: reason)
        }
      }
    }
    // From here the kept name holds the old database whole, and the
    // journal says how to take it back.
    pauseForTests()
    if FileIdentity.exists(wal) && unlink(wal) != 0 {
      let reason = SystemReason.current
      recover(database)
      throw .cannotWrite(path: wal, reason: reason)
    }
    unlink(database + "-shm")
    pauseForTests()
    guard rename(copy, database) == 0 else {
      let reason = SystemReason.current
      recover(database)
      throw .cannotWrite(path: database, reason: reason)
    }
    FileIdentity.sync(database)
    unlink(journal(of: database))
    FileIdentity.sync(journal(of: database))
  }

  /// The reliability suite kills a restore inside its narrowest steps
  /// (`SKRANKE_RESTORE_PAUSE_MS` holds each of them that long); unset, as
  /// at every desk, it does nothing.
  private static func pauseForTests() {
    guard let text = getenv("SKRANKE_RESTORE_PAUSE_MS"),
      let ms = ASCIIDigits.value(String(cString: text), maxDigits: 4)
    else { return }
    usleep(UInt32(ms) * 1000)
  }

  /// Finishes or undoes a restore that was killed, and removes the copies
  /// killed restores left. Call with the exclusive lock held (or when
  /// taking it failed only because no one else could hold it either).
  static func recover(_ database: String) {
    let path = journal(of: database)
    // The exclusive lock is held: no restore is running, whatever process
    // now has the journal's number (after a reboot, another may).
    if let plan = plan(in: path) {
      let wal = database + "-wal"
      // Not replaced while the copy keeps its own name, or while the kept
      // name is still the database's own file.
      let sameFile =
        FileIdentity.exists(plan.kept)
        && FileIdentity.identity(plan.kept) == FileIdentity.identity(database)
      if (FileIdentity.exists(plan.copy) || sameFile) && !plan.kept.isEmpty {
        // The copy never took the name: nothing was replaced. Give the
        // old log back to the database, and drop the second names.
        let keptWAL = plan.kept + "-wal"
        // While the database's own log is there it is the one to keep
        // (the kept one is a second name or a copy of it).
        if FileIdentity.exists(keptWAL) {
          if FileIdentity.exists(wal) { unlink(keptWAL) } else { rename(keptWAL, wal) }
        }
        if sameFile || (FileIdentity.exists(plan.kept) && FileIdentity.exists(plan.copy)) {
          unlink(plan.kept)
        }
      }
      for part in FileIdentity.companions(of: plan.copy) { unlink(part) }
      unlink(path)
      FileIdentity.sync(database)
    }
    removeLeftovers(of: database)
  }

  /// `skranke.db.restoring-PID` (and its companions) whose process is gone.
  static func removeLeftovers(of database: String) {
    // A copy a journal names is the journal's to settle (`recover`).
    let journalled = plan(in: journal(of: database))?.copy
    let slash = database.lastIndex(of: "/")
    let folder = slash.map { String(database[..<$0]) } ?? "."
    let base = slash.map { String(database[database.index(after: $0)...]) } ?? database
    let prefix = base + ".restoring-"
    for name in FileIdentity.names(in: folder.isEmpty ? "/" : folder)
    where name.hasPrefix(prefix) {
      // `…restoring-PID`, and the backup's own `…restoring-PID.tmp-PID`.
      let rest = name.dropFirst(prefix.count).prefix { ASCIIDigits.isDigit($0) }
      let path = (folder.isEmpty ? "" : folder) + "/" + name
      guard let pid = ASCIIDigits.value(rest, maxDigits: 9), !isRunning(Int32(pid)),
        journalled.map({ !path.hasPrefix($0) }) ?? true
      else { continue }
      unlink(path)
    }
  }

  static func isRunning(_ pid: Int32) -> Bool { pid > 0 && (kill(pid, 0) == 0 || errno == EPERM) }

  private static func save(_ plan: Plan, to path: String) throws(BackupError) {
    unlink(path)
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .cannotWrite(path: path, reason: .current) }
    defer { close(fd) }
    var bytes = Array("\(plan.pid)\n\(plan.copy)\n\(plan.kept)\n".utf8)
    let written = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count, fsync(fd) == 0 else {
      let reason = SystemReason.current
      unlink(path)
      throw .cannotWrite(path: path, reason: reason)
    }
    FileIdentity.sync(path)
  }

  static func plan(in path: String) -> Plan? {
    guard let bytes = try? BinaryFile.read(path, limit: 16_384) else { return nil }
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    guard lines.count >= 3, let pid = ASCIIDigits.value(lines[0], maxDigits: 9), !lines[1].isEmpty
    else { return nil }
    return Plan(pid: Int32(pid), copy: lines[1], kept: lines[2])
  }

  /// A second name for a file: a hard link, or a copy where links are not
  /// possible (the original stays until the copy has taken its place).
  private static func keep(_ from: String, as to: String) -> Bool {
    if link(from, to) == 0 { return true }
    let source = open(from, O_RDONLY | O_CLOEXEC)
    guard source >= 0 else { return false }
    defer { close(source) }
    let fd = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
      if count == 0 { break }
      guard count > 0 else { return false }
      var done = 0
      while done < count {
        let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, count - done) }
        guard n > 0 else { return false }
        done += n
      }
    }
    return fsync(fd) == 0
  }
}
