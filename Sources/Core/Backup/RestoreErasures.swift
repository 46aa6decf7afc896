import Glibc

/// What a restore knows of the erasures made since its copy was taken,
/// gathered before anything is replaced and said to the person:
///
/// - the database being replaced (its `erasure_log`) and the log file in its
///   backup folder: either one holds every erasure up to now (`complete`);
/// - files the person gives (`--erasures`): a log file, or a skranke copy
///   whose table holds the log;
/// - the other skranke copies in the backup's own folder (a stick with
///   several days' copies: a newer one holds the erasures an older lacks).
///
/// Restoring a copy on a new disk, with none of these, cannot know whether
/// anyone was erased after the copy was taken: `complete` is false, and
/// the command line says so before it replaces anything.
extension Restore {
  public struct Erasures: Equatable, Sendable {
    public var entries: [ErasureLog.Entry] = []
    /// Where they were read, each with how many it held.
    public var sources: [(path: String, count: Int)] = []
    /// The database being replaced, or its log, was read.
    public var complete = false

    public init() {}

    public static func == (a: Erasures, b: Erasures) -> Bool {
      a.entries == b.entries && a.complete == b.complete
        && a.sources.map(\.path) == b.sources.map(\.path)
    }

    mutating func add(_ found: [ErasureLog.Entry], from path: String) {
      entries += found
      sources.append((path, Set(found).count))
    }
  }

  /// Gathers what can be known (`given`: the files the person named).
  public static func erasures(for database: String, backup: String, given: [String])
    throws(BackupError) -> Erasures
  {
    var known = Erasures()
    let log = ErasureLog(database: database)
    if let entries = ErasureLog.entries(inLog: log.filePath), !entries.isEmpty {
      known.add(entries, from: log.filePath)
      known.complete = true
    }
    // The database being replaced knows every erasure since the copy only
    // if it has seen everything the copy has (a new, empty database at the
    // path, or one started afresh on a new disk, has not).
    if FileIdentity.exists(database), let entries = ErasureLog.entries(inDatabase: database) {
      known.add(entries, from: database)
      let mine = floors(of: database)
      let copy = floors(of: backup)
      if copy.allSatisfy({ mine[$0.key] ?? 0 >= $0.value }) { known.complete = true }
    }
    for path in given {
      guard access(path, R_OK) == 0 else { throw .cannotRead(path: path, reason: .current) }
      guard
        let entries = FileIdentity.isSQLite(path)
          ? ErasureLog.entries(inDatabase: path) : ErasureLog.entries(inLog: path),
        !entries.isEmpty || FileIdentity.isSQLite(path) || (FileIdentity.size(path) ?? 1) == 0
      else { throw .notAnErasureLog(path: path) }
      known.add(entries, from: path)
      known.complete = true
    }
    for copy in siblings(of: backup, database: database) {
      if let entries = ErasureLog.entries(inDatabase: copy), !entries.isEmpty {
        known.add(entries, from: copy)
      }
    }
    return known
  }

  /// The other skranke files in the backup's folder (never the database
  /// or the backup itself).
  static func siblings(of backup: String, database: String) -> [String] {
    let slash = backup.lastIndex(of: "/")
    let folder = slash.map { String(backup[..<$0]) } ?? "."
    let dir = folder.isEmpty ? "/" : folder
    return FileIdentity.names(in: dir).sorted().compactMap { name in
      let path = (dir == "/" ? "" : dir) + "/" + name
      guard FileIdentity.isRegularFile(path), !FileIdentity.isPart(path, of: database),
        FileIdentity.identity(path) != FileIdentity.identity(backup),
        FileIdentity.isSkrankeBackup(path)
      else { return nil }
      return path
    }
  }
}
