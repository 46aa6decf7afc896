/// `skranke export associations --stale MONTHS`: the stale list as CSV, in
/// the same form as the other exports, oldest confirmation first.
extension AssociationRegister {
  public static let staleColumns = [
    "name", "confirmed_on", "contact_person", "phone", "email", "centre_contact",
  ]

  public func exportStale(months: Int, format: CSVFormat = .plain, _ write: (String) -> Void)
    throws
  {
    let line = format.line
    write(format.start + line(Self.staleColumns))
    for row in try db.read({ try stale(months: months) }) {
      write(
        line([
          row.name, row.confirmedOn?.iso ?? "", row.contactPerson, row.phone, row.email,
          row.centreContact,
        ]))
    }
  }
}
