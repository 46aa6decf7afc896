/// What is said about an activity after its title, in one order wherever
/// it is shown (F1's file, the annual overview): its kind, when, ages, a
/// child certificate, access and open places.
extension Activity {
  public func facts(_ lang: Language) -> [String] {
    var facts = [kind.label(lang)]
    if !schedule.isEmpty { facts.append(schedule.label(lang)) }
    if let ages = ageText(lang) { facts.append(ages) }
    if childCertificate { facts.append(lang.pick("børneattest", "child certificate")) }
    if stepFree { facts.append(lang.pick("trinfri adgang", "step-free")) }
    if accessibleToilet { facts.append(lang.pick("handicaptoilet", "accessible toilet")) }
    if let places = openPlaces {
      facts.append(lang.count(places, "ledig plads", "ledige pladser", "open place", "open places"))
    }
    return facts
  }

  public func ageText(_ lang: Language) -> String? {
    // From age 0 is no lower bound at all ("fra 0 år" says nothing).
    switch (ageMin == 0 ? nil : ageMin, ageMax) {
    case (let min?, let max?): return lang.pick("\(min)–\(max) år", "ages \(min)–\(max)")
    case (let min?, nil): return lang.pick("fra \(min) år", "from age \(min)")
    case (nil, let max?): return lang.pick("op til \(max) år", "up to age \(max)")
    default: return nil
    }
  }
}
