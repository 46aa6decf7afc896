import Core

/// Find (Ctrl-F from any pane, `/` on I dag): the shell holds the search,
/// since it reaches every pane's things; Enter brings the pane that owns
/// the hit to the front with the hit open, Esc leaves you where you were.
extension App {
  func openFind() {
    present(.find(FindOverlay()))
  }

  /// A key while Find is on top (`overlay` taken off the stack already).
  func handleFind(_ overlay: FindOverlay, _ key: Key, _ command: CommandID?) {
    var overlay = overlay
    switch overlay.handle(key, command) {
    case .none: modals.append(.find(overlay))
    case .close: break
    case .search(let text):
      do {
        overlay.show(try finder.find(text, lang: lang, only: overlay.only))
      } catch { show(error) }
      modals.append(.find(overlay))
    case .open(let target):
      let origin = active
      open(target)
      // The way back only when the hit's pane came to the front (a pane
      // that could not be read has said so, and that message stays).
      guard active == destination(of: target)?.0 else { return }
      findTrail = (origin, overlay)
      say(
        lang.pick("Esc går tilbage til søgningen.", "Esc goes back to the search."), isError: false)
    }
  }

  /// Right after a hit was opened, Esc goes back to Find over the pane it
  /// was opened from (the search again, the same hit marked); looking
  /// around (moving the cursor) keeps that way back, anything else ends it.
  /// True when the key was taken.
  func followFindTrail(_ key: Key, _ command: CommandID?) -> Bool {
    guard let trail = findTrail else { return false }
    // Esc itself, whatever it means where the hit opened (in F3's profile
    // and F4's week it is not "back").
    switch key == .escape ? .back : command {
    case .back:
      findTrail = nil
      switchPane(to: trail.origin)
      var overlay = trail.overlay
      let marked = overlay.selected
      if let found = try? finder.find(overlay.query.text, lang: lang, only: overlay.only) {
        overlay.show(found)
        overlay.selected = min(marked, max(0, found.hits.count - 1))
      }
      present(.find(overlay))
      return true
    case .up, .down, .pageUp, .pageDown, .top, .bottom: return false
    default:
      findTrail = nil
      return false
    }
  }

  /// The pane that shows `target`, and the event that opens it there
  /// (each pane declares what of Find's it opens: `Feature.opens`).
  func destination(of target: FindHit.Target) -> (PaneID, DeskEvent)? {
    for feature in PaneList.features {
      if let tab = feature.tab, let event = feature.opens(target, today) { return (tab.id, event) }
    }
    return nil
  }

  private func open(_ target: FindHit.Target) {
    guard let (id, event) = destination(of: target) else { return }
    bring(id, event)
  }
}
