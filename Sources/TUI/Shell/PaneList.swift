import Core

/// The panes, in tab order; the raw value is the function key. Adding a
/// pane is a folder under `Features/` and a line here. I dag comes first
/// (where skranke opens) but keeps F6, so F1–F4 stay where hands know them.
enum PaneID: Int, CaseIterable {
  case today = 6
  case associations = 1
  case inquiries
  case citizens
  case rooms

  /// The tab's name (a pane not yet made still has its tab).
  func title(_ lang: Language) -> String {
    switch self {
    case .today: return lang.pick("I dag", "Today")
    case .associations: return lang.pick("Foreninger", "Associations")
    case .inquiries: return lang.pick("Henvendelser", "Inquiries")
    case .citizens: return lang.pick("Borgere", "Citizens")
    case .rooms: return lang.pick("Lokaler", "Rooms")
    }
  }

  func make(_ desk: Desk) throws -> Pane {
    switch self {
    case .today: return try TodayFeature(desk)
    case .associations: return try AssociationsFeature(desk)
    case .inquiries: return try InquiriesFeature(desk)
    case .citizens: return try CitizensFeature(desk)
    case .rooms: return try RoomsFeature(desk)
    }
  }
}
