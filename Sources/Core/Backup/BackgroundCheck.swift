import Glibc
import Synchronization

/// Work the desk program does on a thread of its own after the first
/// screen is drawn, on a connection of its own: the full damage check that
/// did not fit in the start-up budget, and the day's automatic backup (a
/// backup is also checked in full, so it finds damage too). The screen
/// reads what happened with `take()` on its refresh tick.
public final class BackgroundCheck: Sendable {
  public enum Report: Equatable, Sendable {
    case backedUp(BackupFile)
    case damaged(DamagedFile)
    case failed(BackupError)
  }

  private let reports = Mutex<[Report]>([])
  private let running = Atomic<Bool>(true)

  /// Starts the work; `fullCheck` when the check at open ran out of time.
  public static func start(path: String, fullCheck: Bool, backup: Bool, today: Day)
    -> BackgroundCheck
  {
    let check = BackgroundCheck()
    Background.run {
      check.work(path: path, fullCheck: fullCheck, backup: backup, today: today)
      check.running.store(false, ordering: .releasing)
    }
    return check
  }

  /// What has happened since the last call.
  public func take() -> [Report] {
    reports.withLock { taken in
      defer { taken = [] }
      return taken
    }
  }

  public var isRunning: Bool { running.load(ordering: .acquiring) }

  private func report(_ report: Report) { reports.withLock { $0.append(report) } }

  private func work(path: String, fullCheck: Bool, backup: Bool, today: Day) {
    let db: Database
    do {
      db = try Database(path: path, options: .init(lock: true, checkMilliseconds: nil))
    } catch {
      return  // the desk's own connection is open; nothing new to say
    }
    if fullCheck {
      var verdict: [String]
      do {
        verdict = try db.map("PRAGMA quick_check") { $0.text(0) }
      } catch let problem as DatabaseProblem where problem.kind == .damaged {
        verdict = ["damaged"]
      } catch {
        return  // not a verdict on the file (busy, out of memory): said by the log only
      }
      if verdict != ["ok"] {
        db.log?.record(
          "quick_check in the background: " + verdict.prefix(5).joined(separator: "; "))
        report(
          .damaged(DamagedFile(path: path, newestBackup: BackupFolder(database: path).newest())))
        return
      }
    }
    guard backup else { return }
    do {
      if let file = try AutoBackup.runIfDue(db, today: today) { report(.backedUp(file)) }
    } catch .sourceDamaged(let file) {
      report(.damaged(file))
    } catch {
      report(.failed(error))
    }
  }
}

/// Runs a closure on a new detached thread (no Foundation needed).
enum Background {
  final class Work: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }

  static func run(_ body: @escaping @Sendable () -> Void) {
    let context = Unmanaged.passRetained(Work(body)).toOpaque()
    var thread = pthread_t()
    let rc = pthread_create(
      &thread, nil,
      { context in
        Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().body()
        return nil
      }, context)
    if rc == 0 {
      pthread_detach(thread)
    } else {
      Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
    }
  }
}
