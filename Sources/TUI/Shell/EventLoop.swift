import CNcursesW
import Core
import Glibc

/// Owns the terminal while the UI runs: draws, reads keys, and acts on
/// resize, redraw, suspend and the stop signals. Every way out restores the
/// terminal.
public enum EventLoop {
  /// Runs the UI until the user quits; returns the exit status.
  public static func run(_ app: App, env: [String: String]) -> Int32 {
    Signals.install()
    let terminal: Terminal
    do {
      terminal = try Terminal(env: env)
    } catch TerminalError.cannotMoveCursor(let term) {
      printError(
        app.lang.pick(
          "Terminalen (TERM='\(term)') kan ikke flytte markøren, så skranke kan ikke tegne i den. Kør skranke i et almindeligt terminalvindue (fx TERM=xterm-256color).",
          "The terminal (TERM='\(term)') cannot move the cursor, so skranke cannot draw in it. Run skranke in an ordinary terminal window (e.g. TERM=xterm-256color)."
        ))
      return 1
    } catch TerminalError.notATerminal {
      printError(
        app.lang.pick(
          "skranke skal køres i en terminal (standard ind og ud er ikke en terminal).",
          "skranke must run in a terminal (standard input and output are not a terminal)."))
      return 1
    } catch {
      let term = env["TERM"] ?? ""
      printError(
        app.lang.pick(
          "Ukendt terminaltype TERM='\(term)'. Prøv TERM=xterm-256color.",
          "Unknown terminal type TERM='\(term)'. Try TERM=xterm-256color."))
      return 1
    }
    defer { terminal.end() }
    CrashRestore.install(
      app.lang.pick(
        "skranke stoppede uventet; terminalen er sat tilbage. Det, der var gemt, er gemt.",
        "skranke stopped unexpectedly; the terminal was restored. What was saved is saved."))
    defer { CrashRestore.uninstall() }
    // A write waiting for another program's lock says so on the screen.
    app.onBusyWait { [unowned app, unowned terminal] in
      app.waitingForLock(true)
      let size = terminal.size
      terminal.flush(app.render(width: size.width, height: size.height))
    }
    defer { app.onBusyWait(nil) }
    let firstDrawMarker = env["SKRANKE_FIRST_DRAW_FILE"]
    var dirty = true
    while true {
      if let sig = Signals.takePending() {
        terminal.end()
        return 128 + sig
      }
      // Both asked at once (SIGTSTP and Ctrl-Z) is one suspend: each is taken.
      let signalled = Signals.suspendRequested.exchange(false, ordering: .relaxed)
      if app.takeSuspend() || signalled {
        terminal.suspend()
        dirty = true
      }
      if app.takeRedraw() {
        terminal.invalidate()
        dirty = true
      }
      if app.wantsQuit { return 0 }
      if dirty {
        let size = terminal.size
        app.layout(width: size.width, height: size.height)
        terminal.flush(app.render(width: size.width, height: size.height))
        dirty = false
        if let marker = firstDrawMarker {
          FirstDrawMarker.write(to: marker)
          return 0
        }
        // The check at open, put off until the first screen was drawn;
        // no key has been taken yet, so nothing was written.
        do {
          try app.settleOpenCheck()
        } catch {
          terminal.end()
          printError(ErrorText.message(error, app.lang))
          return ErrorText.exitCode(error)
        }
        app.startBackgroundWork()
      }
      guard let key = terminal.readKey(timeout: 250) else {
        if app.tick() { dirty = true }  // another desk wrote
        continue
      }
      if key == .resize { terminal.invalidate() }
      app.handle(key)
      app.waitingForLock(false)  // any wait for a lock ended with the key's work
      dirty = true
    }
  }

  static func printError(_ text: String) { Output.error(text) }
}

/// For `skranke bench`: the moment of the first drawn screen and the memory
/// in use then, written by the real program in a real terminal.
enum FirstDrawMarker {
  static func write(to path: String) {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    let nanos = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    let text = "\(nanos) \(Output.peakResidentKB())\n"
    if let file = fopen(path, "w") {
      fputs(text, file)
      fclose(file)
    }
  }
}
