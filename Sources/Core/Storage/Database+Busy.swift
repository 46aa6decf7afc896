import CSQLite
import Glibc

/// Waiting for another program's write lock. SQLite's plain busy timeout
/// waits in silence; this handler waits the same way (short sleeps up to
/// `busyWaitMilliseconds`) but tells `onBusyWait` once a wait has lasted
/// a moment, so the screen can say it is waiting instead of freezing.
extension Database {
  /// How long a wait lasts before `onBusyWait` is told.
  static let busyNoticeMilliseconds = 150.0

  func installBusyHandler() {
    sqlite3_busy_handler(
      handle,
      { context, count in
        Unmanaged<Database>.fromOpaque(context!).takeUnretainedValue().busyWait(Int(count))
      }, Unmanaged.passUnretained(self).toOpaque())
  }

  /// SQLite calls this while the lock is held elsewhere: 1 to try again, 0
  /// to give up with SQLITE_BUSY.
  private func busyWait(_ count: Int) -> Int32 {
    let now = Monotonic.milliseconds()
    if count == 0 {
      busyStart = now
      busyNoticed = false
    }
    let waited = now - busyStart
    if waited >= Double(busyWaitMilliseconds) { return 0 }
    if waited >= Self.busyNoticeMilliseconds && !busyNoticed {
      busyNoticed = true
      onBusyWait?()
    }
    usleep(useconds_t(min(50, 1 + count * 5) * 1000))
    return 1
  }
}
