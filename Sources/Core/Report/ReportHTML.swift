/// The annual report as one printable page: every table as an HTML table,
/// numbers right-aligned, in the overview's plain style. Every label and
/// value goes through `HTMLText`; the page has no script and fetches
/// nothing.
public enum ReportHTML {
  public static func page(_ report: AnnualReport, title: String, lang: Language) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="\(lang == .danish ? "da" : "en")">
      <head><meta charset="utf-8">
      <title>\(HTMLText.escape(title))</title>
      <style>
      \(OverviewStyle.css(booklet: false))
      table { border-collapse: collapse; margin: 0.4rem 0 0.2rem; }
      th, td { padding: 0.15rem 0.6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
      th { text-align: left; }
      td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
      tr.total td { font-weight: bold; }
      p.note { color: #444; font-size: 0.9em; margin-top: 0.2rem; }
      section { break-inside: avoid; }
      </style></head>
      <body>
      <h1>\(HTMLText.escape(title))</h1>

      """
    let total = lang.pick("I alt", "In all")
    for table in report.tables {
      out += "<section id=\"\(HTMLText.escape(table.file))\">\n"
      out += "<h2>" + HTMLText.escape(table.title) + "</h2>\n<table>\n<tr>"
      for (index, column) in table.columns.enumerated() {
        out += (index == 0 ? "<th>" : "<th class=\"n\">") + HTMLText.escape(column) + "</th>"
      }
      out += "</tr>\n"
      for row in table.rows {
        out += row.label == total ? "<tr class=\"total\">" : "<tr>"
        out += "<td>" + HTMLText.escape(row.label) + "</td>"
        for value in row.values {
          out += "<td class=\"n\">" + HTMLText.escape(value.shown(lang)) + "</td>"
        }
        out += "</tr>\n"
      }
      if table.rows.isEmpty {
        out +=
          "<tr><td colspan=\"\(table.columns.count)\">"
          + lang.pick("Ingen i året.", "None in the year.")
          + "</td></tr>\n"
      }
      out += "</table>\n"
      if !table.note.isEmpty {
        out += "<p class=\"note\">" + HTMLText.escape(table.note) + "</p>\n"
      }
      out += "</section>\n"
    }
    return out + "</body>\n</html>\n"
  }

  /// Each table as CSV (one file per table: name and text), the label
  /// column first, figures plain (`25000`, `12.5`).
  public static func csvFiles(_ report: AnnualReport, format: CSVFormat = .plain) -> [(
    name: String, text: String
  )] {
    report.tables.map { table in
      var text = format.start + format.line(table.columns)
      for row in table.rows { text += format.line([row.label] + row.values.map(\.csv)) }
      return (table.file + ".csv", text)
    }
  }
}
