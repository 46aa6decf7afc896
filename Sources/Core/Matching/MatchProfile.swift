/// A citizen's profile in the index's numbers, made once per ranking.
struct MatchProfile {
  var kind: ActivityKind
  var age: Int?
  var availability: Int32
  var areaID: Int32?
  var reach: Reach
  var near: Set<Int32>
  /// Indexed by word number: true when the citizen has that interest.
  var interests: [Bool]
  var interestCount: Int
  var languages: [Bool]
  var languageCount: Int
  var targetBits: UInt64
  var needsStepFree: Bool
  var needsToilet: Bool
  var withoutCertificate: Bool

  init(_ citizen: Citizen, index: MatchIndex, today: Day) {
    kind = citizen.seeking.activityKind
    age = citizen.age(on: today)
    availability = Int32(citizen.availability.mask)
    areaID = index.areaNumbers[MatchIndex.key(citizen.area)]
    reach = citizen.reach
    near = areaID.flatMap { index.neighbours[$0] } ?? []
    interests = Array(repeating: false, count: index.interestWords.names.count)
    interestCount = 0
    for word in citizen.interests {
      if let number = index.interestWords.find(word), !interests[Int(number)] {
        interests[Int(number)] = true
        interestCount += 1
      }
    }
    languages = Array(repeating: false, count: index.languageWords.names.count)
    languageCount = 0
    for word in citizen.languages {
      languageCount += 1
      if let number = index.languageWords.find(word) { languages[Int(number)] = true }
    }
    targetBits = citizen.targetGroups.reduce(0) { $0 | (index.targetBits[$1] ?? 0) }
    needsStepFree = citizen.needsStepFree
    needsToilet = citizen.needsToilet
    withoutCertificate = citizen.withoutChildCertificate
  }
}

/// How far an activity is from the citizen's home area.
enum Distance: UInt8 {
  case unknown, noPlace, same, near, far
}

/// One activity weighed against one profile: the score and the parts it
/// came from, so the reasons can be told without weighing again.
struct Evaluation {
  var score = 0
  var sharedInterests = 0
  var overlap: Int32 = 0
  var distance = Distance.unknown
  /// 1: a shared language; -1: none shared; 0: the citizen gave none.
  var language: Int8 = 0
  var targetShared: UInt64 = 0
  /// Fits in every other way, but the role needs a child certificate and
  /// the citizen takes only roles without: left out, and counted.
  var needsCertificate = false
}

/// The weights of the soft criteria, and the hard conditions. The README's
/// "Matching" section explains the same numbers; change both together.
enum MatchRules {
  static let perInterest = 30
  static let perSlot = 8
  static let slotCap: Int32 = 6
  static let sameArea = 25
  static let nearArea = 10
  static let language = 15
  static let accessibleFit = 20
  static let accessibleMissing = -40
  static let targetGroup = 15

  /// Nil when a hard condition excludes the activity.
  static func evaluate(_ c: MatchIndex.Candidate, _ p: MatchProfile, _ index: MatchIndex)
    -> Evaluation?
  {
    guard c.kind == p.kind, c.openPlaces != 0 else { return nil }
    if let age = p.age {
      if c.ageMin >= 0 && age < Int(c.ageMin) { return nil }
      if c.ageMax >= 0 && age > Int(c.ageMax) { return nil }
    }
    var e = Evaluation()
    if p.availability != 0 && c.schedule != 0 {
      e.overlap = Int32((p.availability & c.schedule).nonzeroBitCount)
      if e.overlap == 0 { return nil }
    }
    if let home = p.areaID {
      if c.areaID < 0 {
        e.distance = .noPlace
      } else if c.areaID == home {
        e.distance = .same
      } else if p.near.contains(c.areaID) {
        e.distance = .near
      } else {
        e.distance = .far
      }
      switch (p.reach, e.distance) {
      case (.own, .near), (.own, .far), (.near, .far): return nil
      default: break
      }
    }
    var score = 0
    if p.interestCount > 0 {
      let start = Int(c.interestStart)
      for offset in 0..<Int(c.interestCount)
      where p.interests[Int(index.interestIDs[start + offset])] {
        e.sharedInterests += 1
      }
      score += e.sharedInterests * perInterest
    }
    score += Int(min(e.overlap, slotCap)) * perSlot
    if e.distance == .same { score += sameArea }
    if e.distance == .near { score += nearArea }
    if p.languageCount > 0 {
      e.language = -1
      if c.languageCount == 0 {
        if p.languages[0] { e.language = 1 }  // number 0 is Danish
      } else {
        let start = Int(c.languageStart)
        for offset in 0..<Int(c.languageCount)
        where p.languages[Int(index.languageIDs[start + offset])] {
          e.language = 1
        }
      }
      score += Int(e.language) * language
    }
    if p.needsStepFree { score += c.stepFree ? accessibleFit : accessibleMissing }
    if p.needsToilet { score += c.toilet ? accessibleFit : accessibleMissing }
    e.targetShared = c.targetBits & p.targetBits
    if e.targetShared != 0 { score += targetGroup }
    e.score = score
    // Checked last, so only a role that passed everything else is counted.
    e.needsCertificate = p.withoutCertificate && c.kind == .role && c.childCertificate
    return e
  }
}
