import Core

/// `skranke help --man`: the manual page (troff, `man 7 man`), made from
/// the same declarations as `--help`. Every stored word goes through
/// `escaped`, so no line of help can become a troff request.
enum ManPage {
  static func text(_ lang: Language) -> String {
    var out = ".TH SKRANKE 1 \"\" \"skranke \(SkrankeCLI.version)\"\n"
    out += ".SH " + lang.pick("NAVN", "NAME") + "\n"
    out +=
      "skranke \\- "
      + escaped(
        lang.pick(
          "frivilligcentrets skranke i terminalen",
          "the volunteer centre's front desk in a terminal"))
      + "\n"
    out += ".SH " + lang.pick("SYNOPSIS", "SYNOPSIS") + "\n"
    out += ".B skranke\n[\\fI" + lang.pick("TILVALG", "OPTIONS") + "\\fR]\n.br\n"
    out +=
      ".B skranke\n\\fI" + lang.pick("KOMMANDO", "COMMAND") + "\\fR [\\fI"
      + lang.pick("TILVALG", "OPTIONS") + "\\fR]\n"
    out += ".SH " + lang.pick("BESKRIVELSE", "DESCRIPTION") + "\n"
    out +=
      escaped(
        lang.pick(
          "skranke finder foreninger og aktiviteter, logger henvendelser, matcher borgere med frivilligjob og booker lokaler, på én lokal SQLite-fil. Uden kommando åbnes skærmbilledet; tryk ? der for hjælp.",
          "skranke finds associations and activities, logs inquiries, matches citizens to volunteer roles and books rooms, on one local SQLite file. Without a command it opens the screen; press ? there for help."
        )) + "\n"
    out += ".SH " + lang.pick("KOMMANDOER", "COMMANDS") + "\n"
    for spec in CommandResolver.all where !spec.isAlias {
      out += ".TP\n.B " + escaped(spec.name) + "\n"
      let words = spec.arguments.map { "\\fI" + escaped($0.usage(lang)) + "\\fR" }
      if !words.isEmpty { out += words.joined(separator: " ") + "\n.br\n" }
      out += escaped(spec.summary(lang)) + "\n"
      guard !spec.options.isEmpty else { continue }
      out += ".RS\n"
      for option in spec.options {
        out += ".TP\n\\fB" + escaped(option.name) + "\\fR"
        if let value = option.value { out += " \\fI" + escaped(value(lang)) + "\\fR" }
        out += "\n" + escaped(option.help(lang)) + "\n"
      }
      out += ".RE\n"
    }
    for paragraph in HelpText.trailer(lang).split(separator: "\n\n") {
      let text = paragraph.split(separator: "\n").joined(separator: " ")
      guard !text.isEmpty else { continue }
      out += ".PP\n" + escaped(text) + "\n"
    }
    return out
  }

  /// Text safe in a troff line: no control characters, a backslash as
  /// `\e`, a hyphen as `\-` (so `--db` can be searched and copied), and a
  /// line that would begin with `.` or `'` (a request) starts with `\&`.
  static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in SafeText.oneLine(text).unicodeScalars {
      switch scalar {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      default: out.unicodeScalars.append(scalar)
      }
    }
    if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
    return out
  }
}
