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
        overlay.show(try finder.find(text, lang: lang))
      } catch { show(error) }
      modals.append(.find(overlay))
    case .open(let target): open(target)
    }
  }

  private func open(_ target: FindHit.Target) {
    switch target {
    case .association(let id): bring(.associations, .openAssociation(id))
    case .inquiry(let id): bring(.inquiries, .openInquiry(id))
    case .citizen(let id): bring(.citizens, .openCitizen(id))
    case .room(let id): bring(.rooms, .showWeek(roomID: id, day: today, hour: 10))
    case .booking(let roomID, let day, let hour):
      bring(.rooms, .showWeek(roomID: roomID, day: day, hour: hour))
    }
  }
}
