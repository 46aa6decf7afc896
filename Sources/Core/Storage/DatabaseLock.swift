import Glibc

/// Tells whether other skranke processes have a database open, through a
/// lock file beside it (`skranke.db.lock`): every open connection holds a
/// shared lock on it, and `restore` needs the exclusive one.
///
/// A separate file, not the database itself: closing any descriptor of the
/// database file would drop SQLite's own POSIX locks on it in this process.
/// `flock` locks belong to one open file description, so two connections in
/// one process (two desks in a test) count as two holders, as they should.
public final class DatabaseLock {
  private let fd: Int32

  public static func path(for database: String) -> String { database + ".lock" }

  /// Why a lock was not had.
  public enum Failure: Error, Equatable {
    /// Someone holds it (a restore, for the shared lock; any desk, for the
    /// exclusive one).
    case held
    /// The lock file could not be made (a read-only folder, say).
    case cannotCreate(SystemReason)
  }

  /// Takes the shared lock, waiting up to `waitMilliseconds` while a
  /// restore holds the exclusive one.
  public static func shared(for database: String, waitMilliseconds: Int) -> Result<
    DatabaseLock, Failure
  > {
    take(for: database, operation: LOCK_SH, waitMilliseconds: waitMilliseconds)
  }

  /// Takes the exclusive lock only if no one else holds any: no other
  /// skranke has the database open.
  public static func exclusive(for database: String) -> Result<DatabaseLock, Failure> {
    take(for: database, operation: LOCK_EX, waitMilliseconds: 0)
  }

  private static func take(for database: String, operation: Int32, waitMilliseconds: Int)
    -> Result<DatabaseLock, Failure>
  {
    let fd = open(path(for: database), O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return .failure(.cannotCreate(.current)) }
    var waited = 0
    while flock(fd, operation | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, waited < waitMilliseconds else {
        close(fd)
        return .failure(.held)
      }
      usleep(20_000)
      waited += 20
    }
    return .success(DatabaseLock(fd: fd))
  }

  private init(fd: Int32) { self.fd = fd }

  deinit { close(fd) }
}
