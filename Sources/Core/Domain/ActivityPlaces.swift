/// Counted open places on an activity: a referral that started takes one.
extension AssociationStore {
  /// The activity's open places, when the association counts them.
  public func openPlaces(activityID: Int64) throws -> Int? {
    try db.map("SELECT open_places FROM activities WHERE id = ?", [.integer(activityID)]) {
      $0.optionalInt("open_places").map(Int.init)
    }.first ?? nil
  }

  /// One open place fewer (never below none); returns how many are left.
  @discardableResult
  public func countDownOpenPlace(activityID: Int64) throws -> Int? {
    try db.write {
      try db.run(
        "UPDATE activities SET open_places = open_places - 1 WHERE id = ? AND open_places > 0",
        [.integer(activityID)])
      return try openPlaces(activityID: activityID)
    }
  }
}
