import Core

/// The lines of one association's detail: everything a front-desk worker
/// passes on, then its activities. Built as lines so the pane can scroll and
/// the wide layout can show the same thing as a preview.
enum DetailView {
  struct Line {
    var text: String
    var style: Style
    var activity: Int?
  }

  static func lines(
    _ association: Association, activities: [Activity], groups: [TargetGroup],
    lang: Language, width: Int, selectedActivity: Int?,
    register: [(label: String, value: String)] = [],
    history: AssociationHistory? = nil, today: Day? = nil
  ) -> [Line] {
    var out: [Line] = []
    let state = association.active ? "" : lang.pick("  (inaktiv)", "  (inactive)")
    out.append(Line(text: association.name + state, style: .accent))
    let labelWidth = 12
    func field(_ da: String, _ en: String, _ value: String) { field(lang.pick(da, en), value) }
    func field(_ name: String, _ value: String) {
      guard !value.isEmpty else { return }
      let label = Wrap.pad(name + ":", width: labelWidth)
      let wrapped = Wrap.lines(value, width: max(10, width - labelWidth))
      for (index, piece) in wrapped.enumerated() {
        out.append(
          Line(
            text: (index == 0 ? label : String(repeating: " ", count: labelWidth)) + piece,
            style: .plain))
      }
    }
    let groupNames = association.targetGroups.compactMap { code in
      groups.first { $0.code == code }?.name(lang)
    }
    field("Område", "Area", association.area)
    field("Målgrupper", "Groups", groupNames.joined(separator: ", "))
    field("Kontakt", "Contact", association.contactPerson)
    field("Telefon", "Phone", Validation.formatPhone(association.phone))
    field("E-mail", "E-mail", association.email)
    field("Web", "Web", association.website)
    field("Adresse", "Address", association.address)
    for row in register { field(row.label, row.value) }
    if !association.description.isEmpty {
      out.append(Line(text: "", style: .plain))
      for piece in Wrap.lines(association.description, width: width) {
        out.append(Line(text: piece, style: .plain))
      }
    }
    out.append(Line(text: "", style: .plain))
    out.append(
      Line(
        text: lang.pick("Aktiviteter (\(activities.count))", "Activities (\(activities.count))"),
        style: .header))
    if activities.isEmpty {
      out.append(
        Line(
          text: lang.pick(
            "Ingen aktiviteter endnu. Tryk n for at oprette en.",
            "No activities yet. Press n to create one."), style: .muted))
    }
    for (index, activity) in activities.enumerated() {
      let marker = index == selectedActivity ? "▶ " : "  "
      var facts = activity.facts(lang)
      if !activity.active { facts.append(lang.pick("inaktiv", "inactive")) }
      let style: Style = index == selectedActivity ? .selection : .bold
      out.append(Line(text: marker + activity.title, style: style, activity: index))
      for piece in Wrap.lines(facts.joined(separator: " · "), width: width - 4) {
        out.append(Line(text: "    " + piece, style: .muted, activity: index))
      }
      for piece in Wrap.lines(activity.description, width: width - 4) where !piece.isEmpty {
        out.append(Line(text: "    " + piece, style: .plain, activity: index))
      }
      if !activity.languages.isEmpty {
        out.append(
          Line(
            text: "    " + lang.pick("Sprog: ", "Languages: ")
              + activity.languages.joined(separator: ", "), style: .muted, activity: index))
      }
    }
    if let history, let today {
      out += historyLines(history, today: today, lang: lang, width: width)
    }
    return out
  }

  /// The centre's register as detail rows: when the details were last
  /// confirmed (and what to do when that is long ago, the stale rule),
  /// the centre's contact, the insurance list and the agreement, each
  /// only when set.
  static func registerRows(
    _ entry: RegisterEntry, contact: Staff?, today: Day, lang: Language
  ) -> [(label: String, value: String)] {
    var rows: [(label: String, value: String)] = []
    let months = AssociationRegister.staleMonths
    let confirmed =
      entry.confirmedOn.map { day in
        day.numeric
          + (day < today.addingMonths(-months)
            ? lang.pick(
              " (over \(months) mdr. siden: ring og bekræft, så b)",
              " (over \(months) months ago: call to confirm, then b)") : "")
      }
      ?? lang.pick(
        "aldrig (tryk b, når foreningen har bekræftet sine oplysninger)",
        "never (press b when the association has confirmed its details)")
    rows.append((lang.pick("Bekræftet", "Confirmed"), confirmed))
    if let who = contact {
      rows.append((lang.pick("I centret", "At centre"), who.initials + " " + who.name))
    }
    if let since = entry.insuredSince {
      let covers =
        entry.insuredActivities.isEmpty
        ? lang.pick("alle aktiviteter", "every activity") : entry.insuredActivities
      rows.append(
        (
          lang.pick("Forsikret", "Insured"),
          lang.pick("siden ", "since ") + since.numeric + " · " + covers
        ))
    }
    if entry.agreementSigned != nil || entry.agreementEnds != nil {
      let ends = entry.agreementEnds.map { day in
        (day < today ? lang.pick("udløb ", "ended ") : lang.pick("udløber ", "ends ")) + day.numeric
      }
      let signed = entry.agreementSigned.map { lang.pick("underskrevet ", "signed ") + $0.numeric }
      rows.append(
        (
          lang.pick("Aftale", "Agreement"),
          [signed, ends].compactMap { $0 }.joined(separator: ", ")
        ))
    }
    return rows
  }

  /// Draws lines into a rectangle from `scroll` on.
  static func draw(_ lines: [Line], into grid: inout Grid, rect: Rect, scroll: Int) {
    for row in 0..<rect.height {
      let index = scroll + row
      guard index < lines.count else { break }
      let line = lines[index]
      if line.style == .selection {
        grid.fill(x: rect.x, y: rect.y + row, width: rect.width, style: .selection)
      }
      grid.put(line.text, x: rect.x, y: rect.y + row, style: line.style, limit: rect.width)
    }
  }
}
