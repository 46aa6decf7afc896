extension AssociationHistory {
  /// The applications the centre helps it with, newest round first, and
  /// the latest changes to them: each change is on its file.
  mutating func readGrants(associationID id: Int64, db: Database) throws {
    let store = ApplicationStore(db: db)
    applications = try store.applications(associationID: id)
    grantEvents = try store.events(associationID: id, limit: Self.shown)
  }
}
