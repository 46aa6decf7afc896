import CNcursesW
import Glibc

/// Starts the real skranke in a pseudo-terminal and measures the time to its
/// first drawn screen and its peak memory then (the program writes both when
/// `SKRANKE_FIRST_DRAW_FILE` is set, and exits).
enum StartupProbe {
  static func measure(database: String, marker: String) -> (ms: Double, rssKB: Int)? {
    let master = posix_openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master)
    else {
      return nil
    }
    defer { close(master) }
    var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slave = String(cString: name)
    unlink(marker)
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
    let argv = [executable, "--db", database]
    let env = ["TERM=xterm-256color", "LANG=C.UTF-8", "SKRANKE_FIRST_DRAW_FILE=" + marker]
    var cArgs = argv.map { strdup($0) } + [nil]
    var cEnv = env.map { strdup($0) } + [nil]
    defer { for pointer in cArgs + cEnv { free(pointer) } }
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, &attributes, &cArgs, &cEnv) == 0 else {
      return nil
    }
    // Drain the terminal so the child never blocks on a full buffer.
    var buffer = [UInt8](repeating: 0, count: 65536)
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&poller, 1, 20) > 0 { _ = read(master, &buffer, buffer.count) }
    }
    guard let file = fopen(marker, "r") else { return nil }
    defer { fclose(file) }
    var nanos: Int64 = 0
    var rss: Int = 0
    guard fscanLine(file, &nanos, &rss) else { return nil }
    let startNanos = Int64(start.tv_sec) * 1_000_000_000 + Int64(start.tv_nsec)
    return (Double(nanos - startNanos) / 1e6, rss)
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
