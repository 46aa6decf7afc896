/// The overview's pages as HTML: the index (by area and by target group),
/// a page per association, and the booklet (all of it on one page, which
/// prints as an A4 booklet with a table of contents). Every page stands
/// alone: its style inline, no scripts, nothing fetched from elsewhere.
/// Every value from the database goes through `HTMLText`.
public struct OverviewPages {
  let overview: Overview
  let lang: Language
  /// `--title`: the centre's own heading ("Frivillige sociale foreninger i
  /// Hjørring Kommune"); the year follows it.
  let heading: String?

  public init(_ overview: Overview, lang: Language, title: String? = nil) {
    self.overview = overview
    self.lang = lang
    heading = title.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Where the association pages are, under the site's folder.
  public static let folder = "foreninger"
  public static let booklet = "hefte.html"

  /// The pages' heading and title, escaped.
  var title: String {
    (heading.map { HTMLText.escape($0) + " " }
      ?? lang.pick("Frivillige sociale foreninger ", "Voluntary social associations "))
      + String(overview.year)
  }

  public func index() -> String {
    var body = "<header><h1>\(title)</h1>\n" + intro() + "</header>\n<main>\n"
    body +=
      "<p class=\"print-link\"><a href=\"\(Self.booklet)\">"
      + lang.pick(
        "Hele oversigten på én side, til udskrift som hæfte",
        "The whole overview on one page, to print as a booklet") + "</a></p>\n"
    body += events()
    body += section(lang.pick("Efter område", "By area"), overview.byArea, link: .page)
    body += section(
      lang.pick("Efter målgruppe", "By target group"), overview.byTargetGroup, link: .page)
    return document(title: title, body: body + "</main>\n")
  }

  public func page(_ entry: Overview.Entry) -> String {
    let back =
      "<nav><a href=\"../index.html\">← " + lang.pick("Alle foreninger", "All associations")
      + "</a></nav>\n"
    return document(
      title: HTMLText.escape(entry.association.name) + " · " + title,
      body: back + "<main>\n" + article(entry, numbered: false) + "</main>\n")
  }

  /// Cover, table of contents and both indexes by number, then one
  /// association to a printed page.
  public func bookletPage() -> String {
    var body = "<section class=\"cover\"><h1>\(title)</h1>\n" + intro() + "</section>\n"
    body +=
      "<section class=\"toc\"><h2>" + lang.pick("Indhold", "Contents") + "</h2>\n"
      + "<p class=\"toc-note\">"
      + lang.pick(
        "Tallet foran hver forening er dens nummer i hæftet; foreningerne står i den orden.",
        "The number before each association is its number in the booklet, where they follow in that order."
      ) + "</p>\n<ol>\n"
    for entry in overview.entries {
      body += numbered(entry, HTMLText.escape(entry.association.name) + staleMark(entry))
    }
    body += "</ol></section>\n"
    body += events()
    body += "<section class=\"indexes\">"
    body += section(lang.pick("Efter område", "By area"), overview.byArea, link: .anchor)
    body += section(
      lang.pick("Efter målgruppe", "By target group"), overview.byTargetGroup, link: .anchor)
    body += "</section>\n"
    for entry in overview.entries { body += article(entry, numbered: true) }
    return document(title: title, body: body, booklet: true)
  }

  private enum Link { case page, anchor }

  private func intro() -> String {
    var text =
      "<p class=\"intro\">"
      + lang.count(
        overview.entries.count, "aktiv forening", "aktive foreninger",
        "active association", "active associations")
      + lang.pick(", udgivet ", ", published ") + overview.madeOn.numeric + "."
    if overview.staleCount > 0 {
      text += lang.pick(
        " \(overview.staleCount) har ikke bekræftet deres oplysninger det seneste år; de er markeret «ikke bekræftet».",
        " \(overview.staleCount) have not confirmed their details in the past year; they are marked “not confirmed”."
      )
    }
    return text + "</p>\n"
  }

  private func section(_ heading: String, _ groups: [Overview.Group], link: Link) -> String {
    var out = "<section class=\"index\"><h2>\(heading)</h2>\n"
    for group in groups {
      out += "<h3>" + HTMLText.escape(group.title) + "</h3>\n<ul>\n"
      for index in group.entries {
        let entry = overview.entries[index]
        let name = HTMLText.escape(entry.association.name) + staleMark(entry)
        switch link {
        case .page:
          out += "<li><a href=\"\(Self.folder)/\(entry.file)\">\(name)</a></li>\n"
        case .anchor: out += numbered(entry, name)
        }
      }
      out += "</ul>\n"
    }
    return out + "</section>\n"
  }

  /// A booklet line: the number, then the name (held apart, so a long
  /// name wraps under itself, not under the number).
  private func numbered(_ entry: Overview.Entry, _ name: String) -> String {
    "<li><a href=\"#\(anchor(entry))\"><span class=\"number\">\(entry.number)</span>"
      + "<span class=\"name\">\(name)</span></a></li>\n"
  }

  private func staleMark(_ entry: Overview.Entry) -> String {
    entry.stale
      ? " <span class=\"stale-mark\">(" + lang.pick("ikke bekræftet", "not confirmed") + ")</span>"
      : ""
  }

  private func anchor(_ entry: Overview.Entry) -> String {
    "forening-" + String(entry.file.dropLast(5))
  }

  private func article(_ entry: Overview.Entry, numbered: Bool) -> String {
    let a = entry.association
    var out = "<article class=\"association\" id=\"\(anchor(entry))\">\n<h2>"
    if numbered { out += "<span class=\"number\">\(entry.number)</span> " }
    out += HTMLText.escape(a.name) + "</h2>\n"
    if entry.stale {
      out +=
        "<p class=\"stale\">"
        + (entry.confirmedOn.map {
          lang.pick(
            "Ikke bekræftet: foreningen har senest bekræftet oplysningerne \($0.numeric).",
            "Not confirmed: the association last confirmed these details on \($0.numeric).")
        }
          ?? lang.pick(
            "Ikke bekræftet: foreningen har ikke bekræftet oplysningerne det seneste år.",
            "Not confirmed: the association has not confirmed these details in the past year."))
        + "</p>\n"
    }
    let groups = a.targetGroups.compactMap { overview.targetGroups[$0] }
    var facts: [String] = []
    if !a.area.isEmpty { facts.append(lang.pick("Område: ", "Area: ") + HTMLText.escape(a.area)) }
    if !groups.isEmpty {
      facts.append(
        lang.pick("Målgrupper: ", "Target groups: ")
          + groups.map { HTMLText.escape($0.name(lang)) }.joined(separator: ", "))
    }
    if !facts.isEmpty { out += "<p class=\"facts\">" + facts.joined(separator: " · ") + "</p>\n" }
    out += HTMLText.paragraphs(a.description) + "\n"
    out += OverviewContact.html(a, lang: lang)
    out += "<h3>" + lang.pick("Aktiviteter", "Activities") + "</h3>\n"
    if entry.activities.isEmpty {
      out +=
        "<p class=\"none\">" + lang.pick("Ingen aktiviteter oplyst.", "No activities listed.")
        + "</p>\n"
    }
    for activity in entry.activities { out += self.activity(activity) }
    return out + "</article>\n"
  }

  private func activity(_ activity: Activity) -> String {
    var out = "<section class=\"activity\"><h4>" + HTMLText.escape(activity.title) + "</h4>\n"
    out +=
      "<p class=\"facts\">"
      + activity.facts(lang).map(HTMLText.escape).joined(separator: " · ") + "</p>\n"
    out += HTMLText.paragraphs(activity.description) + "\n"
    if !activity.languages.isEmpty {
      out +=
        "<p class=\"languages\">" + lang.pick("Sprog: ", "Languages: ")
        + activity.languages.map(HTMLText.escape).joined(separator: ", ") + "</p>\n"
    }
    return out + "</section>\n"
  }

  private func document(title: String, body: String, booklet: Bool = false) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(lang == .danish ? "da" : "en")">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="\(Self.generator)">
    <title>\(title)</title>
    <style>
    \(OverviewStyle.css(booklet: booklet))
    </style>
    </head>
    <body\(booklet ? " class=\"booklet\"" : "")>
    \(body)<footer>\(lang.pick("Udgivet ", "Published ") + overview.madeOn.numeric)</footer>
    </body>
    </html>

    """
  }

  /// Marks a folder as skranke's overview, so writing it again may replace it.
  public static let generator = "skranke overview"
}
