import Glibc
import Synchronization

/// Signals only set a flag; the event loop acts on it between keys, where it
/// is safe to end ncurses and clean up (calcurse's rule: handlers do nothing else).
enum Signals {
  static let pending = Atomic<Int32>(0)
  static let suspendRequested = Atomic<Bool>(false)

  /// Installs the handlers before ncurses starts (so ncurses does not install
  /// its own for these) and unblocks signals a test harness may have blocked.
  static func install() {
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblock, sig) }
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      setHandler(sig) { Signals.pending.store($0, ordering: .relaxed) }
    }
    setHandler(SIGTSTP) { _ in Signals.suspendRequested.store(true, ordering: .relaxed) }
  }

  /// Without SA_RESTART, so a blocking read returns at once and the loop sees the flag.
  static func setHandler(_ sig: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(sig, &action, nil)
  }

  static func setDefault(_ sig: Int32) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(sig, &action, nil)
  }

  /// The signal that asked us to stop, if any (and clears it).
  static func takePending() -> Int32? {
    let value = pending.exchange(0, ordering: .relaxed)
    return value == 0 ? nil : value
  }
}
