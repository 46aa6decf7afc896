/// An activity's row, read and checked before the import's write (its
/// association and target groups are placed inside it).
extension Importer {
  static func activity(from row: [String: String], line: Int) throws -> Activity {
    func value(_ field: ActivityField) -> String { row[field.rawValue] ?? "" }
    func flag(_ field: ActivityField, default fallback: Bool) throws -> Bool {
      let text = value(field)
      if text.trimmingCharacters(in: " ").isEmpty { return fallback }
      guard let flag = Validation.flag(text) else {
        throw ImportError.field(line: line, column: field.rawValue, .invalidFlag(text))
      }
      return flag
    }
    func age(_ field: ActivityField) throws -> Int? {
      switch Validation.age(value(field)) {
      case .success(let age): return age
      case .failure(let error):
        throw ImportError.field(line: line, column: field.rawValue, error)
      }
    }
    let kindText = value(.kind)
    guard let kind = kindText.isEmpty ? .offer : ActivityKind.parse(kindText) else {
      throw ImportError.field(line: line, column: "kind", .unknownKind(kindText))
    }
    let schedule: Schedule
    switch Schedule.parse(value(.schedule)) {
    case .success(let parsed): schedule = parsed
    case .failure(let error):
      throw ImportError.field(line: line, column: "schedule", .invalidSchedule(error.entry))
    }
    let legacyAccessible =
      row["accessible"].map(Validation.flag) ?? false
    guard let legacyAccessible else {
      throw ImportError.field(
        line: line, column: "accessible", .invalidFlag(row["accessible"] ?? ""))
    }
    let places: Int?
    switch Validation.count(value(.openPlaces)) {
    case .success(let count): places = count
    case .failure(let error):
      throw ImportError.field(line: line, column: "open_places", error)
    }
    let activity = Activity(
      associationID: 0, title: value(.title), kind: kind,
      description: value(.description), area: value(.area), schedule: schedule,
      ageMin: try age(.ageMin), ageMax: try age(.ageMax),
      interests: AssociationStore.splitList(value(.interests)),
      stepFree: try flag(.stepFree, default: legacyAccessible),
      accessibleToilet: try flag(.accessibleToilet, default: legacyAccessible),
      languages: AssociationStore.splitList(value(.languages)),
      childCertificate: try flag(.childCertificate, default: false), openPlaces: places,
      active: try flag(.active, default: true))
    return try checked(line: line) { try AssociationValidator.validate(activity) }
  }
}
