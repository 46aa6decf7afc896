/// What the command line does with the whole file, through the same seam
/// as the stores: the year's report, a checked copy, the check at open.
extension Stores {
  /// The annual report (§ 18), read in one snapshot.
  public func annualReport(year: Int, lang: Language) throws -> AnnualReport {
    try AnnualReport.make(db: db, year: year, lang: lang)
  }

  /// The annual overview's contents.
  public func overview(year: Int, today: Day, lang: Language) throws -> Overview {
    try Overview.read(store: associations, year: year, today: today, lang: lang)
  }

  /// A checked copy of the file at `target`, while others work.
  public func backup(to target: String) throws(BackupError) {
    try BackupCopy.make(of: db, to: target)
  }

  /// The day's automatic backup, when none is taken yet.
  public func autoBackupIfDue(today: Day) throws(BackupError) -> BackupFile? {
    try AutoBackup.runIfDue(db, today: today)
  }

  /// Finishes the check at open a desk deferred (damage is said as at open).
  public func settleOpenCheck() throws { try db.settleOpenCheck() }
}
