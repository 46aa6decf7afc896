/// The plain words behind an evaluation: "tir og tor formiddag passer",
/// "samme by: Hirtshals", "kræver børneattest".
struct MatchReasons {
  let index: MatchIndex
  let lang: Language

  func reasons(_ c: MatchIndex.Candidate, _ p: MatchProfile, _ e: Evaluation) -> [MatchReason] {
    var out: [MatchReason] = []
    func add(_ kind: MatchReason.Kind, _ da: String, _ en: String) {
      out.append(MatchReason(kind: kind, text: lang.pick(da, en)))
    }
    if p.interestCount > 0 {
      let shared = sharedInterests(c, p)
      if shared.isEmpty {
        add(.misfit, "ingen fælles interesser", "no shared interests")
      } else {
        let list = shared.joined(separator: ", ")
        add(.fits, "fælles interesser: " + list, "shared interests: " + list)
      }
    }
    if e.overlap > 0 {
      let slots = Self.slots(p.availability & c.schedule, lang)
      add(.fits, slots + " passer", "time fits: " + slots)
    } else if c.schedule == 0 && p.availability != 0 {
      add(.note, "tid efter aftale", "time by arrangement")
    }
    let place = index.areaNames[c.areaID] ?? ""
    switch e.distance {
    case .same: add(.fits, "samme by: " + place, "same town: " + place)
    case .near: add(.fits, "naboområde: " + place, "neighbouring area: " + place)
    case .far: add(.misfit, "længere væk: " + place, "further away: " + place)
    case .noPlace: add(.note, "intet fast sted", "no fixed place")
    case .unknown: break
    }
    if e.language > 0 {
      let spoken = sharedLanguages(c, p).joined(separator: ", ")
      add(.fits, "sprog: " + spoken, "language: " + spoken)
    } else if e.language < 0 {
      let used = languages(c).joined(separator: ", ")
      add(.misfit, "foregår på " + used, "held in " + used)
    }
    if p.needsStepFree {
      if c.stepFree {
        add(.fits, "trinfri adgang", "step-free access")
      } else {
        add(.misfit, "ikke trinfri adgang", "not step-free")
      }
    }
    if p.needsToilet {
      if c.toilet {
        add(.fits, "handicaptoilet", "accessible toilet")
      } else {
        add(.misfit, "intet handicaptoilet", "no accessible toilet")
      }
    }
    for (bit, names) in index.targetNames.sorted(by: { $0.key < $1.key })
    where e.targetShared & bit != 0 {
      add(.fits, "målgruppe: " + names.0, "target group: " + names.1)
    }
    if c.kind == .role && c.childCertificate {
      add(.note, "kræver børneattest", "needs a child certificate")
    }
    if c.openPlaces > 0 {
      add(
        .note, "\(c.openPlaces) " + (c.openPlaces == 1 ? "ledig plads" : "ledige pladser"),
        "\(c.openPlaces) " + (c.openPlaces == 1 ? "open place" : "open places"))
    }
    return out
  }

  private func sharedInterests(_ c: MatchIndex.Candidate, _ p: MatchProfile) -> [String] {
    let start = Int(c.interestStart)
    return (0..<Int(c.interestCount)).map { Int(index.interestIDs[start + $0]) }
      .filter { p.interests[$0] }.map { index.interestWords.names[$0] }
  }

  private func languages(_ c: MatchIndex.Candidate) -> [String] {
    let start = Int(c.languageStart)
    let numbers = (0..<Int(c.languageCount)).map { Int(index.languageIDs[start + $0]) }
    return (numbers.isEmpty ? [0] : numbers).map { index.languageWords.names[$0] }
  }

  private func sharedLanguages(_ c: MatchIndex.Candidate, _ p: MatchProfile) -> [String] {
    let start = Int(c.languageStart)
    let numbers = (0..<Int(c.languageCount)).map { Int(index.languageIDs[start + $0]) }
    return (numbers.isEmpty ? [0] : numbers).filter { p.languages[$0] }
      .map { index.languageWords.names[$0] }
  }

  /// "tir og tor formiddag, ons aften" for the slots in a schedule mask.
  static func slots(_ mask: Int32, _ lang: Language) -> String {
    let days = lang == .danish ? Schedule.daysDa : Schedule.daysEn
    let parts = lang == .danish ? Schedule.partsDa : Schedule.partsEn
    let schedule = Schedule(mask: Int(mask))
    var groups: [String] = []
    for part in 0..<3 {
      let names = (0..<7).filter { schedule.contains(day: $0, part: part) }.map { days[$0] }
      guard !names.isEmpty else { continue }
      let joined =
        names.count == 1
        ? names[0]
        : names.dropLast().joined(separator: ", ") + lang.pick(" og ", " and ") + names.last!
      groups.append(joined + " " + parts[part])
    }
    return groups.joined(separator: ", ")
  }
}
