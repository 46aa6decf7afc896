/// What a room must have, read from words as a caller says them on the
/// phone: `kørestol` (step-free access and an accessible toilet),
/// `trinfri`, `handicaptoilet`, `bus`, and the room's facilities by name or
/// a beginning only one word has (`proj`). Typing words is fewer keys than
/// ticking boxes, and says it the way it was said.
public enum NeedWords {
  /// What the words were read as.
  public struct Reading: Equatable, Sendable {
    public var stepFree = false
    public var accessibleToilet = false
    public var nearTransport = false
    public var facilities: [String] = []
    /// Words it could not place, as typed.
    public var unknown: [String] = []

    public init() {}

    /// Nothing was read as a need or a facility.
    public var understoodNothing: Bool {
      !stepFree && !accessibleToilet && !nearTransport && facilities.isEmpty
    }
  }

  enum Need: CaseIterable {
    case stepFree, accessibleToilet, nearTransport, wheelchair
  }

  /// The words for each need, Danish and English, folded when compared.
  static let vocabulary: [(word: String, need: Need)] = [
    ("kørestol", .wheelchair), ("kørestolsbruger", .wheelchair), ("rullestol", .wheelchair),
    ("wheelchair", .wheelchair),
    ("trinfri", .stepFree), ("niveaufri", .stepFree), ("rollator", .stepFree),
    ("stepfree", .stepFree), ("elevator", .stepFree),
    ("handicaptoilet", .accessibleToilet), ("toilet", .accessibleToilet),
    ("transport", .nearTransport), ("bus", .nearTransport), ("tog", .nearTransport),
    ("train", .nearTransport),
  ]

  /// Words that only join the others ("tæt på offentlig transport").
  static let fillers: Set<String> = [
    "og", "and", "med", "with", "tæt", "på", "near", "offentlig", "public", "adgang", "access",
    "free", "accessible", "en", "et", "a",
  ].reduce(into: []) { $0.insert(DanishFolding.fold($1)) }

  /// Reads `text` against the needs above and the facilities rooms have.
  /// A word is a need or facility by its whole name, else by a beginning
  /// only one of them has.
  public static func read(_ text: String, facilities: [String]) -> Reading {
    var reading = Reading()
    let typed = text.splitScalars { $0 == "," || $0 == " " || $0 == "|" }.filter { !$0.isEmpty }
    let needs = vocabulary.map { (DanishFolding.fold($0.word), $0.need) }
    let rooms = facilities.map { (DanishFolding.fold($0), $0) }
    for word in typed {
      let folded = DanishFolding.fold(word).replacingSpaces()
      guard !folded.isEmpty, !fillers.contains(folded) else { continue }
      let needHits = Set(needs.filter { $0.0 == folded }.map(\.1))
      let facilityHits = rooms.filter { $0.0 == folded }.map(\.1)
      if let need = needHits.first {
        add(need, to: &reading)
      } else if let facility = facilityHits.first {
        if !reading.facilities.contains(facility) { reading.facilities.append(facility) }
      } else {
        let needStarts = Set(needs.filter { $0.0.hasPrefix(folded) }.map(\.1))
        let facilityStarts = rooms.filter { $0.0.hasPrefix(folded) }.map(\.1)
        if needStarts.count == 1, facilityStarts.isEmpty {
          add(needStarts.first!, to: &reading)
        } else if needStarts.isEmpty, facilityStarts.count == 1 {
          if !reading.facilities.contains(facilityStarts[0]) {
            reading.facilities.append(facilityStarts[0])
          }
        } else {
          reading.unknown.append(word)
        }
      }
    }
    return reading
  }

  private static func add(_ need: Need, to reading: inout Reading) {
    switch need {
    case .stepFree: reading.stepFree = true
    case .accessibleToilet: reading.accessibleToilet = true
    case .nearTransport: reading.nearTransport = true
    case .wheelchair:
      reading.stepFree = true
      reading.accessibleToilet = true
    }
  }
}

extension String {
  /// Folded text of one typed word ("step-free" folds to "step free").
  fileprivate func replacingSpaces() -> String { split(separator: " ").joined() }
}
