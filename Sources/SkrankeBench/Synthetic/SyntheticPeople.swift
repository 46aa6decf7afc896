import Core

/// Danish names and phone numbers for synthetic inquiries and citizens:
/// common first names and surnames, so a typed name finds a realistic
/// share of them.
public enum SyntheticPeople {
  static let first = [
    "Birthe", "Jens", "Karen", "Lars", "Mette", "Søren", "Anne", "Peter", "Hanne", "Niels",
    "Aisha", "Mohammed", "Inge", "Ole", "Grethe", "Bo", "Kirsten", "Henrik", "Lone", "Jørgen",
  ]
  static let last = [
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Ørsted",
    "Hassan", "Ali", "Poulsen", "Johansen",
  ]

  static func name(_ next: (Int) -> Int) -> String {
    first[next(first.count)] + " " + last[next(last.count)]
  }

  /// Eight digits starting 2–9, stored without spaces.
  static func phone(_ next: (Int) -> Int) -> String {
    String(20_000_000 + next(79_999_999))
  }

  /// `count` citizens with consent, names and phones, straight to the table
  /// (the Find indexes follow through their triggers).
  public static func citizens(into db: Database, count: Int, today: Day) throws {
    var random = SeededRandom(seed: 0xC17)
    func next(_ bound: Int) -> Int { random.next(bound) }
    try db.write {
      for _ in 0..<count {
        let name = Self.name(next)
        let stamp = today.adding(-next(700)).iso + " 10:00"
        try db.run(
          """
          INSERT INTO citizens(name, name_fold, phone, seeking, consent_on, created_at, updated_at)
          VALUES (?, ?, ?, 'volunteer', ?, ?, ?)
          """,
          [
            .text(name), .text(DanishFolding.fold(name)), .text(phone(next)),
            .text(String(stamp.prefix(10))), .text(stamp), .text(stamp),
          ])
      }
    }
  }
}
