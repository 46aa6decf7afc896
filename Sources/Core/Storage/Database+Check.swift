/// Looking for damage when a file is opened, within a budget of time.
///
/// SQLite's quick check walks every page; it cannot be stopped part way
/// through a table (measured on SQLite 3.40: a progress handler is called
/// only between tables), and it takes about 11 ms per MB. So:
///
/// - a file up to `fullCheckBytes` (a centre's file for years) is checked
///   whole at every open;
/// - a larger one has its tables checked one by one, smallest first (by
///   their highest rowid), each only if it should fit the time left; then
///   `fullyChecked` is false and the desk program checks the rest in the
///   background.
///
/// Damage found here is thrown as `DatabaseOpenError.damaged`, before
/// anything is written.
extension Database {
  /// The largest file checked whole at open: 3 MB, about 30 ms.
  public static let fullCheckBytes: Int64 = 3 << 20

  func checkForDamage(budgetMilliseconds: Int) throws {
    let bytes = try scalarInt("PRAGMA page_count") * scalarInt("PRAGMA page_size")
    if bytes <= Self.fullCheckBytes {
      try verdict("PRAGMA quick_check")
      return
    }
    fullyChecked = false
    let start = Monotonic.milliseconds()
    var tables: [(name: String, rows: Int64)] = []
    let listed = try map(
      """
      SELECT name, sql LIKE '%WITHOUT ROWID%' AS without_rowid FROM sqlite_schema
      WHERE type = 'table' AND rootpage > 0
      """
    ) { ($0.text("name"), $0.int("without_rowid") == 1) }
    for (name, withoutRowID) in listed {
      // WITHOUT ROWID tables have no rowid to size them by: they go first.
      let quoted = "\"" + name.replacingAll("\"", with: "\"\"") + "\""
      let rows = withoutRowID ? 0 : try prepare("SELECT max(rowid) FROM \(quoted)").firstInt()
      tables.append((quoted, rows))
    }
    // A table's check cannot be stopped once begun, so each is started
    // only if it should fit what is left, at the slowest rate seen so far.
    var msPerRow = 0.0
    for table in tables.sorted(by: { $0.rows < $1.rows }) {
      let used = Monotonic.milliseconds() - start
      let left = Double(budgetMilliseconds) - used
      guard left > 0 else { return }
      if msPerRow * Double(table.rows) > left { continue }
      let began = Monotonic.milliseconds()
      try verdict("PRAGMA quick_check(\(table.name))")
      if table.rows > 0 {
        msPerRow = max(msPerRow, (Monotonic.milliseconds() - began) / Double(table.rows))
      }
    }
  }

  /// Runs the check at open if it was put off (`Options.checkLater`);
  /// damage is thrown as `DatabaseOpenError.damaged`, as at open.
  public func settleOpenCheck() throws {
    if let failure = openCheckFailure { throw failure }
    guard let budget = pendingCheckMilliseconds else { return }
    pendingCheckMilliseconds = nil
    do {
      try checkForDamage(budgetMilliseconds: budget)
    } catch let problem as DatabaseProblem {
      openCheckFailure = DatabaseOpenError.from(problem)
      throw openCheckFailure!
    } catch {
      // Said again to whoever asks next (a write's failure may be swallowed).
      openCheckFailure = error
      throw error
    }
  }

  /// Runs a check; anything but "ok" marks the file damaged and is thrown.
  private func verdict(_ check: String) throws {
    let rows = try map(check) { $0.text(0) }
    guard rows != ["ok"] else { return }
    isDamaged = true
    log?.record(check + " at open: " + rows.prefix(5).joined(separator: "; "))
    throw DatabaseOpenError.damaged(
      DamagedFile(path: path, newestBackup: BackupFolder(database: path).newest()))
  }
}
