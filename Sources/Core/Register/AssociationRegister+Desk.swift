/// An association created or edited at the desk: a person has just given
/// or checked its details, so they count as confirmed that day (saved and
/// confirmed in one transaction). Imports do not confirm.
extension AssociationRegister {
  @discardableResult
  public func saveConfirmed(_ association: Association, in store: AssociationStore) throws -> Int64
  {
    try db.write {
      let id = try store.save(association)
      try confirm(associationID: id)
      return id
    }
  }
}
