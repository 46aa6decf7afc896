import Core

/// Names cut to a narrow column so two of them still read apart: where
/// cutting would make them the same ("Røde Kors" twice), the words they
/// share become initials and the words that differ are kept ("RK Hjørring",
/// "RK Sindal"). F4's week at 80 columns has nine cells a day.
enum ShortNames {
  /// Each of `names` as it fits in `width` columns.
  static func make(_ names: Set<String>, width: Int) -> [String: String] {
    var result: [String: String] = [:]
    let cut = { (name: String) in Wrap.truncate(name, width: width) }
    let groups = Dictionary(grouping: names) { cut($0) }
    for (label, group) in groups {
      guard group.count > 1 else {
        result[group[0]] = label
        continue
      }
      let words = group.map { $0.split(separator: " ").map(String.init) }
      // The leading words every name of the group shares.
      var shared = 0
      while let first = words.first, shared < first.count - 1,
        words.allSatisfy({ $0.count > shared + 1 && $0[shared] == first[shared] })
      {
        shared += 1
      }
      for (name, parts) in zip(group, words) {
        let initials = parts.prefix(shared).compactMap(\.first).map(String.init).joined()
        let rest = parts.dropFirst(shared).joined(separator: " ")
        result[name] = cut(initials.isEmpty ? rest : initials + " " + rest)
      }
    }
    return result
  }
}
