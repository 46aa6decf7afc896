import Core

/// A round's view: its dates, then its applications by status (each
/// status with its count and amounts), the totals applied for and granted
/// first. Enter on an application opens its form; on any other line, or
/// Esc, it closes.
extension ApplicationEditor {
  func showRound(_ roundID: Int64) {
    do {
      let funds = desk.stores.funds
      guard let round = try funds.round(id: roundID) else {
        throw StoreError.notFound
      }
      let fund = try funds.funds().first { $0.id == round.fundID }?.name ?? ""
      let store = desk.stores.applications
      let summary = try store.summary(roundID: roundID)
      let applications = try store.applications(roundID: roundID)
      desk.present(
        .picker(
          Picker(
            title: fund + " · " + lang.pick("frist ", "deadline ") + round.deadline.withWeek(lang),
            options: Self.roundLines(round, summary: summary, applications, lang: lang),
            current: applications.first?.id),
          Asked(by: .pane(host), question: Asks.round)))
    } catch { desk.show(error) }
  }

  /// The lines of the view; only an application's line has a value.
  static func roundLines(
    _ round: FundRound, summary: RoundSummary, _ applications: [GrantApplication],
    lang: Language
  ) -> [(label: String, value: Int64?)] {
    var lines: [(label: String, value: Int64?)] = []
    var dates: [String] = []
    if let from = round.reviewFrom, let ends = round.reviewEnds {
      dates.append(lang.pick("høring ", "review ") + from.label(lang) + "–" + ends.label(lang))
    }
    if let decision = round.decisionOn {
      dates.append(lang.pick("afgørelse ", "decision ") + decision.label(lang))
    }
    if !dates.isEmpty { lines.append((dates.joined(separator: " · "), nil)) }
    lines.append(
      (
        lang.pick("I alt ", "In all ")
          + lang.count(summary.count, "ansøgning", "ansøgninger", "application", "applications")
          + lang.pick(" · ansøgt ", " · applied for ") + Kroner.label(summary.applied)
          + lang.pick(" · bevilget ", " · granted ") + Kroner.label(summary.granted), nil
      ))
    for line in summary.lines {
      lines.append(
        (
          "── " + line.status.label(lang) + " (\(line.count)) · "
            + lang.pick("ansøgt ", "applied ") + Kroner.label(line.applied)
            + (line.status.isGranted
              ? lang.pick(" · bevilget ", " · granted ") + Kroner.label(line.granted) : ""),
          nil
        ))
      for application in applications where application.status == line.status {
        var text =
          "   " + application.associationName + " · " + application.purpose + " · "
          + Kroner.label(application.amountApplied)
        if let granted = application.amountGranted { text += " → " + Kroner.label(granted) }
        lines.append((text + " · " + application.helperInitials, application.id))
      }
    }
    if applications.isEmpty {
      lines.append(
        (
          lang.pick(
            "Ingen ansøgninger endnu: opret dem fra foreningens side i F1 (a).",
            "No applications yet: create them from the association's file in F1 (a)."), nil
        ))
    }
    return lines
  }
}
