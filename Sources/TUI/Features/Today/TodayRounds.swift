import Core

/// I dag's "→ Alle åbne runder": every open round of the next twelve
/// months, to open one (its applications by status).
extension TodayFeature {
  func pickRound() {
    do {
      let rounds = try desk.stores.applications.roundsAhead(today: desk.today)
      guard !rounds.isEmpty else {
        desk.say(
          lang.pick(
            "Ingen åbne runder de næste 12 måneder.", "No open rounds in the next 12 months."))
        return
      }
      let options = rounds.map { due in
        (
          label: due.round.deadline.withWeek(lang) + " · " + due.fundName + " · "
            + lang.count(
              due.applications, "ansøgning", "ansøgninger", "application", "applications"),
          value: due.round.id
        )
      }
      desk.present(
        .picker(
          Picker(
            title: lang.pick("Åbne runder de næste 12 måneder", "Open rounds, the next 12 months"),
            options: options, current: options.first?.value),
          chosen: { [unowned self] id in
            guard let id else { return }
            ApplicationEditor(desk: desk) { [unowned self] in read() }.showRound(id)
          }))
    } catch { desk.show(error) }
  }
}
