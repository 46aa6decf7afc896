/// `funds.csv` and `rounds.csv`, like the other registers: all or nothing,
/// every failing line named, and written in the same columns, so export
/// then import gives the same funds and rounds. A fund is the same when its
/// name folds to the same text; a round when its fund and deadline match.
public struct FundFiles {
  let db: Database

  public init(db: Database) { self.db = db }

  static let fundColumns = FundStore.FundField.allCases.map(\.rawValue)
  static let roundColumns = FundStore.RoundField.allCases.map(\.rawValue)

  public func importFunds(path: String) throws -> ImportSummary {
    try importFunds(
      table: try CSVTable.read(path: path, known: Self.fundColumns, required: ["name"]))
  }

  public func importFunds(bytes: [UInt8]) throws -> ImportSummary {
    try importFunds(
      table: try CSVTable.parse(bytes: bytes, known: Self.fundColumns, required: ["name"]))
  }

  public func importRounds(path: String) throws -> ImportSummary {
    try importRounds(
      table: try CSVTable.read(
        path: path, known: Self.roundColumns, required: ["fund", "deadline"]))
  }

  public func importRounds(bytes: [UInt8]) throws -> ImportSummary {
    try importRounds(
      table: try CSVTable.parse(
        bytes: bytes, known: Self.roundColumns, required: ["fund", "deadline"]))
  }

  func importFunds(table: CSVTable, tally: ImportTally = ImportTally()) throws -> ImportSummary {
    let store = FundStore(db: db)
    var seen = SeenKeys()
    // Read and checked before the write lock is taken (see Importer).
    let read = try table.mapRows { line, row -> Fund in
      func value(_ field: FundStore.FundField) -> String { (row[field.rawValue] ?? "").trimmed }
      try seen.check(DanishFolding.fold(value(.name)), name: value(.name), line: line)
      let activeText = value(.active)
      guard let active = activeText.isEmpty ? true : Validation.flag(activeText) else {
        throw ImportError.field(line: line, column: "active", .invalidFlag(activeText))
      }
      let (fund, errors) = FundStore.check(
        Fund(
          name: value(.name), grantor: value(.grantor), criteria: row["criteria"] ?? "",
          url: value(.url), active: active))
      try ImportError.refuse(errors, line: line)
      return fund
    }
    try db.write {
      try CSVTable.each(read) { line, checked in
        var fund = checked
        fund.id = try store.fundID(named: fund.name)
        do {
          try store.save(fund)
        } catch FundStore.Problem.invalidFund(let errors) {
          try ImportError.refuse(errors, line: line)
        }
        tally.count(new: fund.id == nil)
      }
    }
    return tally.summary
  }

  func importRounds(table: CSVTable, tally: ImportTally = ImportTally()) throws -> ImportSummary {
    let store = FundStore(db: db)
    // Read and checked before the write lock is taken; the fund is found
    // under it.
    let read = try table.mapRows { line, row -> (fund: String, round: FundRound) in
      func value(_ field: FundStore.RoundField) -> String { (row[field.rawValue] ?? "").trimmed }
      func date(_ field: FundStore.RoundField) throws -> Day? {
        let text = value(field)
        if text.isEmpty { return nil }
        guard let day = Self.date(text) else {
          throw ImportError.field(line: line, column: field.rawValue, .fileDate)
        }
        return day
      }
      guard let deadline = try date(.deadline) else {
        throw ImportError.field(line: line, column: "deadline", .required)
      }
      let (round, errors) = FundStore.check(
        FundRound(
          fundID: 0, deadline: deadline, reviewFrom: try date(.reviewFrom),
          reviewUntil: try date(.reviewUntil), decisionOn: try date(.decisionOn),
          note: row["note"] ?? ""))
      try ImportError.refuse(errors, line: line)
      return (value(.fund), round)
    }
    var seen = SeenKeys()
    try db.write {
      try CSVTable.each(read) { line, checked in
        guard let fundID = try store.fundID(named: checked.fund) else {
          throw ImportError.field(line: line, column: "fund", .unknownFund(checked.fund))
        }
        var round = checked.round
        round.fundID = fundID
        try seen.check(
          "\(fundID) \(round.deadline.iso)", name: checked.fund + " " + round.deadline.numeric,
          line: line)
        round.id = try store.roundID(fundID: fundID, deadline: round.deadline)
        do {
          try store.save(round)
        } catch FundStore.Problem.invalidRound(let errors) {
          try ImportError.refuse(errors, line: line)
        }
        tally.count(new: round.id == nil)
      }
    }
    return tally.summary
  }

  /// A date in a file: with its year, `2028-04-15` or `15-04-2028` (never
  /// "fre" or "+3", which mean nothing in a file read another day).
  static func date(_ text: String) -> Day? { DateInput.withYear(text) }

  public func exportFunds(format: CSVFormat = .plain, _ write: (String) -> Void) throws {
    write(format.start + format.line(Self.fundColumns))
    for fund in try FundStore(db: db).funds() {
      write(
        format.line([
          fund.name, fund.grantor, fund.criteria, fund.url, fund.active ? "ja" : "nej",
        ]))
    }
  }

  public func exportRounds(format: CSVFormat = .plain, _ write: (String) -> Void) throws {
    write(format.start + format.line(Self.roundColumns))
    let store = FundStore(db: db)
    let names = Dictionary(
      try store.funds().map { ($0.id!, $0.name) }, uniquingKeysWith: { first, _ in first })
    for round in try store.rounds() {
      write(
        format.line([
          names[round.fundID] ?? "", round.deadline.iso, round.reviewFrom?.iso ?? "",
          round.reviewUntil?.iso ?? "", round.decisionOn?.iso ?? "", round.note,
        ]))
    }
  }
}
