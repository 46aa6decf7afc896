import CNcursesW
import Core
import Glibc

/// Starts the real skranke in a pseudo-terminal and measures the time to its
/// first drawn screen and its peak memory then (the program writes both when
/// `SKRANKE_FIRST_DRAW_FILE` is set, and exits), and its peak memory after a
/// session of typing.
enum StartupProbe {
  /// `staff`: who is at the keyboard (a desk computer names its worker),
  /// so I dag reads that worker's follow-ups as it would at a desk.
  static func measure(database: String, marker: String, staff: String?) -> (
    ms: Double, rssKB: Int
  )? {
    unlink(marker)
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let env = ["SKRANKE_FIRST_DRAW_FILE=" + marker] + (staff.map { ["SKRANKE_STAFF=" + $0] } ?? [])
    guard let child = spawn(database: database, env: env) else {
      return nil
    }
    defer { close(child.master) }
    // Drain the terminal so the child never blocks on a full buffer.
    while waitpid(child.pid, nil, WNOHANG) == 0 { drain(child.master, waitMS: 20) }
    guard let file = fopen(marker, "r") else { return nil }
    defer { fclose(file) }
    var nanos: Int64 = 0
    var rss: Int = 0
    guard fscanLine(file, &nanos, &rss) else { return nil }
    let startNanos = Int64(start.tv_sec) * 1_000_000_000 + Int64(start.tv_nsec)
    return (Double(nanos - startNanos) / 1e6, rss)
  }

  /// Peak resident memory (kB) of the UI after a worker's session of typing:
  /// each text typed letter by letter into the search line, the list paged
  /// down twice (loading more pages) and the search cleared, then Ctrl-Q.
  static func peakAfterTyping(database: String, texts: [String]) -> Int? {
    guard let child = spawn(database: database, env: []) else { return nil }
    defer { close(child.master) }
    var keys: [[UInt8]] = []
    for text in texts {
      keys += text.map { Array(String($0).utf8) }
      let pageDown: [UInt8] = [0x1B, 0x5B, 0x36, 0x7E]
      keys += [pageDown, pageDown, [0x15]]  // ^U clears the search line
    }
    drain(child.master, waitMS: 300)
    for key in keys {
      _ = key.withUnsafeBufferPointer { write(child.master, $0.baseAddress, $0.count) }
      drain(child.master, waitMS: 5)
    }
    drain(child.master, waitMS: 200)
    let peak = Output.peakResidentKB(of: String(child.pid))
    _ = [UInt8]([0x11]).withUnsafeBufferPointer { write(child.master, $0.baseAddress, 1) }
    for _ in 0..<200 where waitpid(child.pid, nil, WNOHANG) == 0 { drain(child.master, waitMS: 10) }
    if waitpid(child.pid, nil, WNOHANG) == 0 {
      kill(child.pid, SIGKILL)
      waitpid(child.pid, nil, 0)
    }
    return peak
  }

  /// The real binary on `database` in a new 100×30 pseudo-terminal.
  private static func spawn(database: String, env extra: [String]) -> (pid: pid_t, master: Int32)? {
    let master = posix_openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master)
    else {
      if master >= 0 { close(master) }
      return nil
    }
    var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slave = String(cString: name)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(&actions, fd, slave, O_RDWR, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(
      &attributes, skranke_posix_spawn_setsid | Int16(POSIX_SPAWN_SETSIGMASK))
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    let executable = "/proc/self/exe"
    // No daily backup: it would copy the whole synthetic file while typing is timed.
    let argv = [executable, "--db", database, "--no-backup"]
    let env = ["TERM=xterm-256color", "LANG=C.UTF-8"] + extra
    var cArgs = argv.map { strdup($0) } + [nil]
    var cEnv = env.map { strdup($0) } + [nil]
    defer { for pointer in cArgs + cEnv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, &attributes, &cArgs, &cEnv) == 0 else {
      close(master)
      return nil
    }
    return (pid, master)
  }

  /// Reads whatever the child drew, waiting up to `waitMS` for the first byte.
  private static func drain(_ master: Int32, waitMS: Int32) {
    var buffer = [UInt8](repeating: 0, count: 65536)
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    var wait = waitMS
    while poll(&poller, 1, wait) > 0 {
      if read(master, &buffer, buffer.count) <= 0 { return }
      wait = 0
    }
  }

  private static func fscanLine(
    _ file: UnsafeMutablePointer<FILE>, _ nanos: inout Int64, _ rss: inout Int
  ) -> Bool {
    var line = [CChar](repeating: 0, count: 128)
    guard fgets(&line, 128, file) != nil else { return false }
    let parts = String(cString: line).split(separator: " ").map { $0.filter(\.isNumber) }
    guard parts.count == 2, let a = Int64(parts[0]), let b = Int(parts[1]) else { return false }
    nanos = a
    rss = b
    return true
  }
}
