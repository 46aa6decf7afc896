import CNcursesW
import Glibc

/// Why the terminal could not be started.
public enum TerminalError: Error {
  case notATerminal
  case unknownTerminal(String)
  /// A terminal that cannot move the cursor (TERM=dumb): nothing could be
  /// drawn in place.
  case cannotMoveCursor(String)
}

/// The only place that talks to ncurses: start-up and teardown, reading keys,
/// and the flush layer that copies a `Grid` to the screen, writing only the
/// cells that differ from the last flush.
final class Terminal {
  private var screen: OpaquePointer?
  private var previous: Grid?
  private var ended = false
  let colors: Bool

  init(env: [String: String]) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw TerminalError.notATerminal
    }
    // Without a UTF-8 locale ncursesw garbles æøå; only C.UTF-8 may exist.
    if setlocale(LC_ALL, "") == nil || skranke_locale_is_utf8() == 0 {
      setlocale(LC_ALL, "C.UTF-8")
    }
    let term = env["TERM"] ?? ""
    if term == "dumb" { throw TerminalError.cannotMoveCursor(term) }
    CrashRestore.saveModes()
    // newterm, unlike initscr, returns NULL on an unknown TERM instead of exiting.
    guard !term.isEmpty, let screen = skranke_newterm(term) else {
      throw TerminalError.unknownTerminal(term)
    }
    self.screen = screen
    set_term(screen)
    // Drawing in place needs cursor addressing; without it the screen
    // would be a garble, so say so instead.
    if let address = tigetstr("cup"), Int(bitPattern: address) != -1 {
    } else {
      endwin()
      delscreen(screen)
      self.screen = nil
      ended = true
      throw TerminalError.cannotMoveCursor(term)
    }
    raw()  // Ctrl-C, Ctrl-S, Ctrl-Z and Ctrl-Q arrive as keys
    noecho()
    nonl()
    keypad(skranke_stdscr(), true)
    skranke_define_word_keys()
    set_escdelay(25)
    curs_set(0)
    let noColor = !(env["NO_COLOR"] ?? "").isEmpty
    colors = !noColor && has_colors()
    if colors {
      start_color()
      use_default_colors()
      init_pair(1, Int16(COLOR_WHITE), Int16(COLOR_BLUE))  // title
      init_pair(2, Int16(COLOR_CYAN), -1)  // accent
      init_pair(3, Int16(COLOR_RED), -1)  // error
      init_pair(4, Int16(COLOR_BLACK), Int16(COLOR_CYAN))  // selection
    }
  }

  var size: (width: Int, height: Int) {
    (Int(skranke_cols()), Int(skranke_lines()))
  }

  /// Waits up to `timeout` ms for a key; nil on timeout or interruption.
  func readKey(timeout: Int32) -> Key? {
    wtimeout(skranke_stdscr(), timeout)
    var value: wint_t = 0
    let rc = wget_wch(skranke_stdscr(), &value)
    if rc == KEY_CODE_YES { return KeyDecoder.special(Int32(value)) }
    if rc == OK { return KeyDecoder.character(UInt32(value)) }
    return nil
  }

  /// Forget what is on screen: the next flush writes every cell.
  func invalidate() {
    previous = nil
    clearok(skranke_stdscr(), true)
  }

  /// Copies the grid to the screen, touching only cells that changed.
  func flush(_ grid: Grid) {
    if let previous, previous.width != grid.width || previous.height != grid.height {
      invalidate()
    }
    if previous == nil { werase(skranke_stdscr()) }
    // Changed cells side by side in one style go to ncurses as one string:
    // a first screen is a few dozen calls, not one per cell (0.8 ms).
    var run: [wchar_t] = []
    var at = (x: 0, y: -1)
    var next = 0
    var style = Style.plain
    func write() {
      guard !run.isEmpty else { return }
      apply(style)
      run.append(0)
      _ = mvaddwstr(Int32(at.y), Int32(at.x), run)
      run.removeAll(keepingCapacity: true)
    }
    for change in grid.changes(from: previous) {
      if change.y != at.y || change.x != next || change.cell.style != style {
        write()
        at = (change.x, change.y)
        style = change.cell.style
      }
      for scalar in change.cell.text.unicodeScalars {
        run.append(wchar_t(bitPattern: scalar.value))
      }
      // A wide character's second cell holds "" and is never a change.
      let wide = change.x + 1 < grid.width && grid[change.x + 1, change.y].text.isEmpty
      next = change.x + (wide ? 2 : 1)
    }
    write()
    apply(.plain)
    wnoutrefresh(skranke_stdscr())
    doupdate()
    previous = grid
  }

  private func apply(_ style: Style) {
    var attrs: attr_t = skranke_a_normal()
    var pair: Int16 = 0
    if style.bold { attrs |= skranke_a_bold() }
    if style.underline { attrs |= skranke_a_underline() }
    switch style.role {
    case .title: pair = 1
    case .accent: pair = 2
    case .error: pair = 3
    case .selection: pair = 4
    case .muted: attrs |= skranke_a_dim()
    case .plain: break
    }
    // With colour, title and selection are drawn by their colours; the
    // reverse attribute stays for the no-colour case (and is the signal).
    if style.reverse && !(colors && (style.role == .title || style.role == .selection)) {
      attrs |= skranke_a_reverse()
    }
    if !colors { pair = 0 }
    _ = skranke_attr_set(attrs, pair)
  }

  /// Ctrl-Z: give the terminal back, stop, and come back with a full redraw.
  func suspend() {
    endwin()
    Signals.setDefault(SIGTSTP)
    kill(getpid(), SIGTSTP)
    // Execution continues here after `fg` (SIGCONT).
    Signals.setHandler(SIGTSTP) { _ in Signals.suspendRequested.store(true, ordering: .relaxed) }
    refresh()
    invalidate()
  }

  /// Restores the terminal. Safe to call more than once.
  func end() {
    guard !ended else { return }
    ended = true
    curs_set(1)
    endwin()
    if let screen { delscreen(screen) }
    screen = nil
  }

  deinit { end() }
}
