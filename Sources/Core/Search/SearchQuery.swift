/// Which associations a list shows by their active flag.
public enum ActiveFilter: Sendable, Equatable, CaseIterable {
  case active
  case inactive
  case all
}

/// What the worker typed and picked.
public struct SearchQuery: Sendable, Equatable {
  public var text: String
  public var targetGroupID: Int64?
  public var areaID: Int64?
  public var active: ActiveFilter

  public init(
    text: String = "", targetGroupID: Int64? = nil, areaID: Int64? = nil,
    active: ActiveFilter = .active
  ) {
    self.text = text
    self.targetGroupID = targetGroupID
    self.areaID = areaID
    self.active = active
  }
}

/// One row of a result list.
public struct SearchHit: Sendable, Equatable {
  public let id: Int64
  public let name: String
  public let area: String
  /// The target-group codes as stored ("children|elderly"); split only
  /// for the rows a pane draws, not for every row of every keystroke.
  public let targetCodesText: String
  public var targetCodes: [String] { targetCodesText.split(separator: "|").map(String.init) }
  public let active: Bool
  /// 0: the name starts with the first word; 1: every word is in the name;
  /// 2: found in the description, activities or other text.
  public let tier: Int
  public let sortKey: String

  /// Where the next page starts (keyset paging: never OFFSET).
  public var cursor: SearchCursor { SearchCursor(tier: tier, sortKey: sortKey, id: id) }
}

public struct SearchCursor: Sendable, Equatable {
  public let tier: Int
  public let sortKey: String
  public let id: Int64
}
