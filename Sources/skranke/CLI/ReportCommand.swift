import Core
import Glibc

/// `skranke report [--year YYYY] [--csv FOLDER] [--html FILE]`: the § 18
/// annual account of what the centre did in the year. Text on the screen
/// in the desk's language; `--csv` one file per table; `--html` a page to
/// print. Nothing in it names a citizen.
enum ReportCommand {
  static let years: ClosedRange<Int64> = 2000...2100

  static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 1 else {
      throw CLIError.usage(
        "brug: skranke report [--year ÅÅÅÅ] [--csv MAPPE] [--html FIL]",
        "usage: skranke report [--year YYYY] [--csv FOLDER] [--html FILE]")
    }
    let year =
      try args.option("--year").map {
        Int(try Arguments.number($0, "--year", in: years))
      } ?? Day.today().parts.year
    let stores = try SkrankeCLI.openStores(args, env: env)
    let database = stores.path
    if let folder = args.option("--csv") { try checkFolder(folder, database: database) }
    if let file = args.option("--html") { try OutputFile.check(file, database: database) }
    let report = try stores.annualReport(year: year, lang: lang)
    let title = lang.pick("Årsopgørelse \(year) (§ 18)", "Annual report \(year) (§ 18)")
    if let folder = args.option("--csv") {
      let files = ReportHTML.csvFiles(report, format: SkrankeCLI.csvFormat(args))
      for file in files {
        try OutputFile.write(to: folder + "/" + file.name, database: database) { $0(file.text) }
      }
      Output.out(
        lang.pick(
          "\(title): \(files.count) tabeller skrevet i \(folder)\n",
          "\(title): \(files.count) tables written to \(folder)\n"))
    }
    if let file = args.option("--html") {
      try OutputFile.write(to: file, database: database) {
        $0(ReportHTML.page(report, title: title, lang: lang))
      }
      Output.out(
        lang.pick(
          "\(title): siden er skrevet i \(file) (udskriv den fra en browser)\n",
          "\(title): the page is written to \(file) (print it from a browser)\n"))
    }
    if args.option("--csv") == nil && args.option("--html") == nil {
      Output.out(text(report, title: title, lang: lang))
    }
    return 0
  }

  /// `skranke export referrals|applications [--from] [--to] [--out]`: the
  /// rows behind the report's referrals and grants (a period of referral
  /// dates, or of the rounds' deadlines).
  static func export(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    guard args.words.count == 2 else {
      throw CLIError.usage(
        "brug: skranke export referrals|applications [--out FIL] [--from DATO] [--to DATO]",
        "usage: skranke export referrals|applications [--out FILE] [--from DATE] [--to DATE]")
    }
    let (from, to) = try args.period()
    let stores = try SkrankeCLI.openStores(args, env: env)
    let exports = stores.yearExports
    let format = SkrankeCLI.csvFormat(args)
    try OutputFile.write(to: args.option("--out"), database: stores.path) { sink in
      if args.words[1] == "referrals" {
        try exports.exportReferrals(from: from, to: to, format: format, sink)
      } else {
        try exports.exportApplications(from: from, to: to, format: format, sink)
      }
    }
    return 0
  }

  /// The tables as text: a heading each, labels on the left, figures
  /// right-aligned under their column's heading.
  static func text(_ report: AnnualReport, title: String, lang: Language) -> String {
    var out = title + "\n"
    for table in report.tables {
      out += "\n" + table.title + "\n"
      let cells = table.rows.map { $0.values.map { $0.shown(lang) } }
      let widths = table.columns.indices.dropFirst().map { column in
        max(
          DisplayWidth.of(table.columns[column]),
          cells.map { $0.indices.contains(column - 1) ? DisplayWidth.of($0[column - 1]) : 0 }
            .max() ?? 0)
      }
      let labelWidth = min(56, max(24, table.rows.map { DisplayWidth.of($0.label) }.max() ?? 0))
      func line(_ label: String, _ values: [String]) -> String {
        // A label too long for its column gets a line of its own: never cut.
        if DisplayWidth.of(label) > labelWidth { return "  " + label + "\n" + line("", values) }
        var text = "  " + Wrap.pad(label, width: labelWidth)
        for (index, value) in values.enumerated() where index < widths.count {
          text +=
            "  " + String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(value)))
            + value
        }
        return text + "\n"
      }
      if table.columns.count > 2 { out += line(table.columns[0], Array(table.columns.dropFirst())) }
      if table.rows.isEmpty { out += "  " + lang.pick("Ingen i året.", "None in the year.") + "\n" }
      for (row, values) in zip(table.rows, cells) { out += line(row.label, values) }
      if !table.note.isEmpty { out += "  (" + table.note + ")\n" }
    }
    return out
  }

  /// `--csv` names a folder: made when missing, refused when a file.
  private static func checkFolder(_ folder: String, database: String) throws {
    if FileIdentity.exists(folder) {
      guard FileIdentity.isDirectory(folder) else {
        throw CLIError.usage(
          "--csv skal være en mappe, og \(folder) er en fil",
          "--csv must be a folder, and \(folder) is a file")
      }
      return
    }
    guard mkdir(folder, 0o755) == 0 else {
      let reason = SystemReason.current
      throw CLIError.message(
        "folder", "Kan ikke oprette mappen \(folder): \(reason.text(.danish))",
        "Cannot create the folder \(folder): \(reason.text(.english))")
    }
  }
}
