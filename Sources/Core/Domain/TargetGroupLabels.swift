/// Target groups as people write them in a spreadsheet: case and Danish
/// letters ignored (folded), the group's code or name in Danish or English,
/// the common Danish forms ("hjemløse", "flygtninge", "handicappede"), or
/// a beginning of a word that only one group has ("ældre" → Ældre og
/// ensomhed). What still cannot be placed gets the nearest groups named.
public struct TargetGroupLabels {
  let groups: [TargetGroup]

  public init(_ groups: [TargetGroup]) { self.groups = groups }

  /// Common Danish forms, by group code (folded when looked up).
  static let forms: [String: String] = Dictionary(
    uniqueKeysWithValues: [
      ("hjemløse", "homelessness"), ("flygtninge", "integration"),
      ("indvandrere", "integration"), ("nydanskere", "integration"),
      ("psykisk sårbare", "mental"), ("psykisk syge", "mental"),
      ("handicappede", "disability"), ("børn", "children"), ("unge", "children"),
      ("misbrugere", "addiction"), ("pårørende", "relatives"), ("ældre", "elderly"),
      ("ensomme", "elderly"),
    ].map { (DanishFolding.fold($0.0), $0.1) })

  /// The group `label` means, or nil when none or several could be meant.
  public func group(for label: String) -> TargetGroup? {
    let folded = DanishFolding.fold(label).trimmingCharacters(in: " ")
    guard !folded.isEmpty else { return nil }
    if let exact = groups.first(where: { $0.matches(label) }) { return exact }
    if let code = Self.forms[folded], let group = groups.first(where: { $0.code == code }) {
      return group
    }
    // A word of the label (three letters or more) that begins a word of
    // exactly one group's name: "ældre mennesker" is Ældre og ensomhed,
    // "børn med handicap" could be two and is not placed. Among the nine
    // only: a group the centre adds must not make a label that placed
    // yesterday ambiguous today.
    let words = folded.split(separator: " ").map(String.init).filter { $0.count >= 3 }
    let candidates = groups.filter(\.isSeeded).filter { group in
      let names = [group.nameDa, group.nameEn].flatMap { DanishFolding.words($0) }
      return words.contains { word in names.contains { $0.hasPrefix(word) } }
    }
    return candidates.count == 1 ? candidates[0] : nil
  }

  /// The two groups whose Danish name is nearest to `label` (by edits).
  public func nearest(to label: String) -> [TargetGroup] {
    let folded = DanishFolding.fold(label)
    return groups.map { group in
      let name = DanishFolding.fold(group.nameDa)
      let words = name.split(separator: " ").map(String.init) + [name]
      return (group, words.map { Self.distance(folded, $0) }.min() ?? .max)
    }.sorted { $0.1 < $1.1 }.prefix(2).map(\.0)
  }

  /// Levenshtein distance, for short labels.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let kept = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = kept
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}
