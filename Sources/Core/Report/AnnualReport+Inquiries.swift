extension AnnualReport {
  /// Inquiries received in the year: how many, by category, channel, who
  /// asked and (those closed) outcome, and the median days to close, as
  /// `skranke export inquiries --from --to` has them row by row.
  mutating func addInquiries(db: Database, lang: Language) throws {
    let inYear = "i.received_at >= ?1 AND i.received_at < ?2"
    let span: [SQLValue] = [.text(from), .text(until)]
    let summary = try InquiryReport(db: db).summary(year: year)
    let counted = lang.pick("Antal", "Count")
    tables.append(
      ReportTable(
        file: "inquiries", title: lang.pick("Henvendelser", "Inquiries"),
        columns: [lang.pick("Tal", "Figure"), lang.pick("Værdi", "Value")],
        rows: [
          .init(lang.pick("Modtaget", "Received"), [.count(summary.total)]),
          .init(lang.pick("Heraf lukket", "Of them closed"), [.count(summary.closed)]),
          .init(
            lang.pick("Median dage til lukket", "Median days to close"),
            [.days(summary.medianDaysToClose)]),
        ]))
    func table(_ file: String, _ title: (String, String), _ label: (String, String), _ sql: String)
      throws
    {
      let rows = try Self.counts(db, sql, span).map { ReportTable.Row($0.0, [.count($0.1)]) }
      tables.append(
        ReportTable(
          file: file, title: lang.pick(title.0, title.1),
          columns: [lang.pick(label.0, label.1), counted], rows: rows))
    }
    try table(
      "inquiries_by_category", ("Efter kategori", "By category"), ("Kategori", "Category"),
      """
      SELECT \(lang == .danish ? "c.name_da" : "c.name_en") AS label, count(*) AS row_count
      FROM inquiries i
        JOIN inquiry_categories c ON c.id = i.category_id
      WHERE \(inYear) GROUP BY c.id ORDER BY count(*) DESC, c.sort
      """)
    try table(
      "inquiries_by_channel", ("Efter kanal", "By channel"), ("Kanal", "Channel"),
      """
      SELECT channel AS label, count(*) AS row_count FROM inquiries i WHERE \(inYear)
      GROUP BY 1 ORDER BY 2 DESC, 1
      """)
    try table(
      "inquiries_by_asker", ("Efter hvem der spurgte", "By who asked"), ("Spørger", "Asker"),
      """
      SELECT asker_kind AS label, count(*) AS row_count FROM inquiries i WHERE \(inYear)
      GROUP BY 1 ORDER BY 2 DESC, 1
      """)
    try table(
      "inquiries_by_outcome", ("Efter udfald (lukkede)", "By outcome (closed)"),
      ("Udfald", "Outcome"),
      """
      SELECT outcome AS label, count(*) AS row_count FROM inquiries i
      WHERE \(inYear) AND status = 'closed'
      GROUP BY 1 ORDER BY 2 DESC, 1
      """)
    // Codes become words in the report's language.
    relabel("inquiries_by_channel") { Channel(rawValue: $0)?.label(lang) }
    relabel("inquiries_by_asker") { AskerKind(rawValue: $0)?.label(lang) }
    relabel("inquiries_by_outcome") { Outcome(rawValue: $0)?.label(lang) }
  }

  /// Replaces the stored codes a table's rows are labelled with.
  mutating func relabel(_ file: String, _ word: (String) -> String?) {
    guard let index = tables.firstIndex(where: { $0.file == file }) else { return }
    tables[index].rows = tables[index].rows.map { .init(word($0.label) ?? $0.label, $0.values) }
  }
}
