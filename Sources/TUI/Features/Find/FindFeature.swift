import Core

/// Find (Ctrl-F from any pane, `/` on I dag): a feature drawn over the
/// panes, since it reaches every pane's things. Enter brings the pane that
/// shows the hit to the front with the hit open (each pane declares what
/// of Find's it opens: `Feature.opens`); Esc right after goes back to the
/// search over the pane it was opened from.
final class FindFeature {
  unowned let desk: Desk
  private let finder: FindService
  /// Find as it was when a hit was opened from it, and the pane it was
  /// opened over: Esc goes back to it until something else is done.
  private(set) var trail: (origin: PaneID, overlay: FindOverlay)?

  init(_ desk: Desk) {
    self.desk = desk
    finder = desk.stores.find
  }

  var lang: Language { desk.lang }

  func open() {
    desk.present(.find(FindOverlay()))
  }

  /// A key while Find is on top (`overlay` taken off the stack already).
  func handle(_ overlay: FindOverlay, _ key: Key, _ command: CommandID?) {
    var overlay = overlay
    switch overlay.handle(key, command) {
    case .none: desk.present(.find(overlay))
    case .close: break
    case .search(let text):
      do {
        overlay.show(try finder.find(text, lang: lang, only: overlay.only))
      } catch { desk.show(error) }
      desk.present(.find(overlay))
    case .open(let target):
      let origin = desk.inFront
      guard let (id, event) = destination(of: target) else { return }
      desk.bring(id, event)
      // The way back only when the hit's pane came to the front (a pane
      // that could not be read has said so, and that message stays).
      guard desk.inFront == id else { return }
      trail = (origin, overlay)
      desk.say(lang.pick("Esc går tilbage til søgningen.", "Esc goes back to the search."))
    }
  }

  /// Right after a hit was opened, Esc goes back to Find over the pane it
  /// was opened from (the search again, the same hit marked); looking
  /// around (moving the cursor) keeps that way back, anything else ends it.
  /// True when the key was taken.
  func followTrail(_ key: Key, _ command: CommandID?) -> Bool {
    guard let trail else { return false }
    // Esc itself, whatever it means where the hit opened (in F3's profile
    // and F4's week it is not "back").
    switch key == .escape ? .back : command {
    case .back:
      self.trail = nil
      if desk.inFront != trail.origin { desk.show(trail.origin) }
      var overlay = trail.overlay
      let marked = overlay.selected
      if let found = try? finder.find(overlay.query.text, lang: lang, only: overlay.only) {
        overlay.show(found)
        overlay.selected = min(marked, max(0, found.hits.count - 1))
      }
      desk.present(.find(overlay))
      return true
    case .up, .down, .pageUp, .pageDown, .top, .bottom: return false
    default:
      self.trail = nil
      return false
    }
  }

  /// The pane that shows `target`, and the event that opens it there.
  func destination(of target: FindHit.Target) -> (PaneID, DeskEvent)? {
    let event = DeskEvent.open(target)
    return PaneList.pane(taking: event).map { ($0, event) }
  }
}
