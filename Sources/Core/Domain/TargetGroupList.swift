/// The target groups as a list the centre keeps (`skranke target-groups`):
/// the nine it starts with, and its own. A group is never deleted, only
/// hidden: associations, activities and citizens keep it, and an import
/// still reads it, but it is no longer offered when choosing.
public struct TargetGroupList {
  let db: Database

  public init(db: Database) { self.db = db }

  public enum Problem: Error, Equatable {
    case invalidName(FieldError)
    case unknown(String)
    /// `,` `;` or `|`: a list of groups in a spreadsheet's cell is split there.
    case separator
  }

  /// Every group, hidden ones too, in Danish order.
  public func all() throws -> [TargetGroup] {
    try db.map(
      "SELECT id, code, name_da, name_en, active FROM target_groups ORDER BY sort_key, id"
    ) {
      TargetGroup(
        id: $0.int("id"), code: $0.text("code"), nameDa: $0.text("name_da"),
        nameEn: $0.text("name_en"), active: $0.int("active") == 1)
    }
  }

  /// Adds a group of the centre's own under `name` (one name, in both
  /// languages). A group already called that (by code or either name,
  /// folded) is not added twice: a hidden one is shown again. Returns the
  /// group and whether it is new.
  @discardableResult
  public func add(_ name: String) throws -> (group: TargetGroup, added: Bool) {
    let name = name.trimmed
    if name.isEmpty { throw Problem.invalidName(.required) }
    if case .failure(let error) = Validation.text(name, max: 100) {
      throw Problem.invalidName(error)
    }
    if name.unicodeScalars.contains(where: { $0 == "," || $0 == ";" || $0 == "|" }) {
      throw Problem.separator
    }
    return try db.write {
      let groups = try all()
      if let existing = groups.first(where: { $0.matches(name) }) {
        if !existing.active { try setActive(existing.id, true) }
        var shown = existing
        shown.active = true
        return (shown, false)
      }
      let code = Self.code(for: name, taken: Set(groups.map(\.code)))
      try db.run(
        "INSERT INTO target_groups(code, name_da, name_en, sort_key) VALUES (?, ?, ?, ?)",
        [.text(code), .text(name), .text(name), .text(DanishSortKey.make(name))])
      return (
        TargetGroup(id: db.lastInsertRowID, code: code, nameDa: name, nameEn: name), true
      )
    }
  }

  /// Hides the group called `name` (code or either name, folded).
  @discardableResult
  public func hide(_ name: String) throws -> TargetGroup {
    guard let group = try all().first(where: { $0.matches(name) }) else {
      throw Problem.unknown(name.trimmed)
    }
    try db.write { try setActive(group.id, false) }
    return group
  }

  private func setActive(_ id: Int64, _ active: Bool) throws {
    try db.run(
      "UPDATE target_groups SET active = ? WHERE id = ?", [.integer(active ? 1 : 0), .integer(id)])
  }

  /// A code from the name (`foraeldre-til-born`), unique among `taken`.
  static func code(for name: String, taken: Set<String>) -> String {
    let stem = DanishFolding.slug(name)
    var code = stem.isEmpty ? "group" : stem
    var number = 2
    while taken.contains(code) {
      code = (stem.isEmpty ? "group" : stem) + "-\(number)"
      number += 1
    }
    return code
  }
}

extension TargetGroupList.Problem: UserFacingError {
  public func message(_ lang: Language) -> String {
    switch self {
    case .invalidName(let error):
      return lang.pick("Målgruppens navn ", "The target group's name ") + error.message(lang) + "."
    case .separator:
      return lang.pick(
        "Målgruppens navn kan ikke indeholde , ; eller | (de skiller målgrupper i en CSV-fil).",
        "A target group's name cannot hold , ; or | (they separate groups in a CSV file).")
    case .unknown(let name):
      return lang.pick(
        "Ingen målgruppe hedder '\(name)' (skranke target-groups list viser dem).",
        "No target group is called '\(name)' (skranke target-groups list shows them).")
    }
  }

  public var exitCode: Int32 { 2 }
}
