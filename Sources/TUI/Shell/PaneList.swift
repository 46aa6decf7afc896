import Core

/// The panes, in tab order; the raw value is the function key. Adding a
/// pane is a folder under `Features/` and a line here.
enum PaneID: Int, CaseIterable {
  case associations = 1
  case inquiries
  case citizens
  case rooms

  func make(_ desk: Desk) throws -> Pane {
    switch self {
    case .associations: return try AssociationsFeature(desk)
    case .inquiries: return try InquiriesFeature(desk)
    case .citizens: return try CitizensFeature(desk)
    case .rooms: return try RoomsFeature(desk)
    }
  }
}
