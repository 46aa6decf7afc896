import Core

/// Inquiries in bulk for the benchmark: `count` inquiries over the last
/// three years among `owners` staff members, one in ten still open (a third
/// of those overdue), written in one transaction straight to the tables.
public enum SyntheticInquiries {
  public static func generate(into db: Database, count: Int, owners: Int, today: Day) throws {
    var random = SeededRandom(seed: 0x1A9)
    func next(_ bound: Int) -> Int { random.next(bound) }
    let texts = [
      "Vil gerne være besøgsven", "Søger fællesskab", "Mangler lokale til møde",
      "Spørger om § 18-midler", "Vil hjælpe med lektier", "Søger hjælp til fondsansøgning",
    ]
    let channels = Channel.allCases.map(\.rawValue)
    let names = SyntheticPeople.self
    let outcomes = Outcome.allCases.map(\.rawValue)
    try db.write {
      for number in 0..<owners {
        try db.run(
          "INSERT OR IGNORE INTO staff(initials, name) VALUES (?, ?)",
          [.text("S\(number + 1)"), .text("Medarbejder \(number + 1)")])
      }
      let staffIDs = try db.map("SELECT id FROM staff ORDER BY id") { $0.int(0) }
      let categoryIDs = try db.map("SELECT id FROM inquiry_categories") { $0.int(0) }
      for _ in 0..<count {
        let received = today.adding(-next(3 * 365))
        let open = next(10) == 0
        let owner = staffIDs[next(staffIDs.count)]
        let text = texts[next(texts.count)]
        let followUp = open ? today.adding(next(3) == 0 ? -next(30) - 1 : next(30)) : nil
        let closed = open ? nil : received.adding(next(40)).iso + " 12:00"
        // A name and a phone number, as a walk-in or a call leaves them.
        let name = names.name(next)
        let phone = names.phone(next)
        try db.run(
          """
          INSERT INTO inquiries(received_at, channel, asker_kind, category_id, text, owner_id,
            received_by, status, follow_up, closed_at, outcome, search_text, asker_name,
            asker_contact)
          VALUES (?, ?, 'citizen', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
          [
            .text(received.iso + " 10:00"), .text(channels[next(channels.count)]),
            .integer(categoryIDs[next(categoryIDs.count)]), .text(text), .integer(owner),
            .integer(owner), .text(open ? "open" : "closed"), .optionalText(followUp?.iso),
            .optionalText(closed), .optionalText(open ? nil : outcomes[next(outcomes.count)]),
            .text(DanishFolding.fold(name + " " + phone + " " + text) + " " + phone),
            .text(name), .text(phone),
          ])
      }
    }
  }
}
