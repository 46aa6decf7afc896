/// One figure of the annual report, kept as what it is so each output
/// writes it by its own rules: text and HTML the Danish way (`25.000`,
/// `12,5`), CSV plainly (`25000`, `12.5`) for a spreadsheet to sum.
public enum ReportValue: Equatable, Sendable {
  case count(Int)
  case kroner(Int)
  /// Hours, kept as minutes so sums stay exact.
  case minutes(Int)
  /// A share in tenths of a per cent (125 = 12,5 %); nil when there is
  /// nothing to share (no bookable hours).
  case permille(Int?)
  /// Days, possibly half a day (a median of an even count).
  case days(Double?)
  case text(String)

  /// As text and HTML show it.
  public func shown(_ lang: Language) -> String {
    switch self {
    case .count(let n): return Kroner.format(n)
    case .kroner(let n): return Kroner.format(n) + " kr."
    case .minutes(let m): return Self.decimal((m * 10 + 30) / 60, lang)
    case .permille(let p): return p.map { Self.decimal($0, lang) + " %" } ?? "–"
    case .days(let d): return d.map { Self.decimal(Int(($0 * 10).rounded()), lang) } ?? "–"
    case .text(let t): return t
    }
  }

  /// As CSV holds it: digits, a point for decimals, empty for "none".
  public var csv: String {
    switch self {
    case .count(let n), .kroner(let n): return String(n)
    case .minutes(let m): return Self.plain((m * 10 + 30) / 60)
    case .permille(let p): return p.map(Self.plain) ?? ""
    case .days(let d): return d.map { Self.plain(Int(($0 * 10).rounded())) } ?? ""
    case .text(let t): return t
    }
  }

  /// Tenths as `12,5` (`12` when whole), the comma in either language.
  static func decimal(_ tenths: Int, _ lang: Language) -> String {
    tenths % 10 == 0
      ? Kroner.format(tenths / 10) : Kroner.format(tenths / 10) + "," + String(abs(tenths % 10))
  }

  static func plain(_ tenths: Int) -> String {
    tenths % 10 == 0 ? String(tenths / 10) : String(tenths / 10) + "." + String(abs(tenths % 10))
  }
}

/// A table of the report: a title, the first column's heading, the value
/// columns, and rows of a label and values. Each is one CSV file.
public struct ReportTable: Equatable, Sendable {
  public struct Row: Equatable, Sendable {
    public let label: String
    public let values: [ReportValue]

    public init(_ label: String, _ values: [ReportValue]) {
      self.label = label
      self.values = values
    }
  }

  /// The CSV file's name, without `.csv`.
  public let file: String
  public let title: String
  /// Headings: the label column first, then one per value.
  public let columns: [String]
  public var rows: [Row]
  /// A line under the table (what a row means, what is left out).
  public var note = ""

  public init(file: String, title: String, columns: [String], rows: [Row], note: String = "") {
    self.file = file
    self.title = title
    self.columns = columns
    self.rows = rows
    self.note = note
  }

  /// The row labelled `label`'s values (for tests and cross-checks).
  public func row(_ label: String) -> [ReportValue]? { rows.first { $0.label == label }?.values }
}
