import Core

/// The features, in the order help lists them: a pane's place in this
/// list is its tab position (I dag is F6 but first, so F1–F4 stay where
/// hands know them). Adding a pane is a folder under `Features/` and a
/// line here.
enum PaneList {
  static let features: [Feature] = [
    .today, .find, .associations, .inquiries, .citizens, .rooms, .events, .personalData,
  ]

  /// The panes, in tab order.
  static let panes: [Feature.Tab] = features.compactMap(\.tab)

  /// Where a centre starts that prefers F1 to I dag (`settings start
  /// associations`).
  static let f1 = PaneID.associations

  static func tab(_ id: PaneID) -> Feature.Tab? { panes.first { $0.id == id } }

  /// The feature whose place `context` is.
  static func feature(of context: Context) -> Feature? {
    features.first { $0.places.contains { $0.context == context } }
  }

  /// The pane `event` is for: the one that shows what it opens, or takes
  /// what it requests; nil for the events every pane hears.
  static func pane(taking event: DeskEvent) -> PaneID? {
    let wants: (Feature) -> Bool
    switch event {
    case .open(let target): wants = { $0.shows(target) }
    case .request(let request): wants = { $0.takes(request) }
    case .shown, .refresh, .staffChanged: return nil
    }
    return features.first { $0.tab != nil && wants($0) }?.tab?.id
  }
}

extension PaneID {
  /// The tab's name.
  func title(_ lang: Language) -> String {
    PaneList.tab(self).map { lang.pick($0.title.0, $0.title.1) } ?? ""
  }

  func make(_ desk: Desk) throws -> Pane {
    guard let tab = PaneList.tab(self) else { throw StoreError.notFound }
    return try tab.make(desk)
  }

  /// Every pane, in tab order.
  static var allCases: [PaneID] { PaneList.panes.map(\.id) }
}
