/// The same ranking as `Matcher`, written as one SQL query: the benchmark's
/// yardstick ("what would the plain query cost?") and a cross-check, since
/// both must return the same activities in the same order. The weights and
/// conditions are those of `MatchRules`.
extension Matcher {
  public func rawStep(_ citizen: Citizen, limit: Int = 50) throws -> SearchStep {
    let index = try currentIndex()
    let p = MatchProfile(citizen, index: index, today: clock.now().day)
    var binder = SQLBinder()
    var conditions = [
      "v.active = 1", "a.active = 1", "v.kind = " + binder.bind(.text(p.kind.rawValue)),
      "coalesce(v.open_places, -1) <> 0",
    ]
    var score: [String] = []
    if p.withoutCertificate {
      conditions.append("NOT (v.kind = 'role' AND v.child_certificate = 1)")
    }
    if let age = p.age {
      conditions.append("(v.age_min IS NULL OR v.age_min <= \(age))")
      conditions.append("(v.age_max IS NULL OR v.age_max >= \(age))")
    }
    if p.availability != 0 {
      conditions.append("(v.schedule = 0 OR (v.schedule & \(p.availability)) <> 0)")
      let bits = (0..<21).filter { p.availability & (1 << $0) != 0 }
        .map { "((v.schedule >> \($0)) & 1)" }.joined(separator: " + ")
      score.append("min(\(bits), \(MatchRules.slotCap)) * \(MatchRules.perSlot)")
    }
    if let home = p.areaID {
      let near = p.near.sorted().map(String.init).joined(separator: ",")
      switch p.reach {
      case .own: conditions.append("(v.area_id IS NULL OR v.area_id = \(home))")
      case .near:
        conditions.append(
          "(v.area_id IS NULL OR v.area_id IN (\(home)\(near.isEmpty ? "" : "," + near)))")
      case .any: break
      }
      score.append(
        "CASE WHEN v.area_id = \(home) THEN \(MatchRules.sameArea) WHEN v.area_id IN (\(near)) THEN \(MatchRules.nearArea) ELSE 0 END"
      )
    }
    for word in index.interestWords.names.indices where p.interests[word] {
      let mark = binder.bind(.text("|" + index.interestWords.names[word] + "|"))
      score.append("(instr('|' || v.interests || '|', \(mark)) > 0) * \(MatchRules.perInterest)")
    }
    if p.languageCount > 0 {
      let spoken = index.languageWords.names.indices.filter { p.languages[$0] }
      var tests = spoken.map {
        "instr('|' || v.languages || '|', \(binder.bind(.text("|" + index.languageWords.names[$0] + "|")))) > 0"
      }
      if p.languages[0] { tests.append("v.languages = ''") }
      let fit = tests.isEmpty ? "0" : tests.joined(separator: " OR ")
      score.append("CASE WHEN \(fit) THEN \(MatchRules.language) ELSE \(-MatchRules.language) END")
    }
    if p.needsStepFree {
      score.append(
        "CASE WHEN v.step_free = 1 THEN \(MatchRules.accessibleFit) ELSE \(MatchRules.accessibleMissing) END"
      )
    }
    if p.needsToilet {
      score.append(
        "CASE WHEN v.accessible_toilet = 1 THEN \(MatchRules.accessibleFit) ELSE \(MatchRules.accessibleMissing) END"
      )
    }
    if p.targetBits != 0 {
      let codes = index.targetBits.filter { p.targetBits & $0.value != 0 }.keys.sorted()
      let own =
        "SELECT t.code FROM activity_target_groups x JOIN target_groups t ON t.id = x.target_group_id WHERE x.activity_id = v.id"
      let list = codes.map { "'\($0)'" }.joined(separator: ",")
      let inherited = codes.map { "instr('|' || a.target_codes || '|', '|\($0)|') > 0" }
        .joined(separator: " OR ")
      score.append(
        "CASE WHEN EXISTS (\(own) AND t.code IN (\(list))) OR (NOT EXISTS (\(own)) AND (\(inherited))) THEN \(MatchRules.targetGroup) ELSE 0 END"
      )
    }
    let sql = """
      SELECT v.id, \(score.isEmpty ? "0" : score.joined(separator: " + ")) AS score
      FROM activities v JOIN associations a ON a.id = v.association_id
      WHERE \(conditions.joined(separator: " AND "))
      ORDER BY score DESC, a.sort_key, a.id, v.sort_key, v.id LIMIT \(limit)
      """
    return SearchStep(sql: sql, values: binder.values)
  }
}
