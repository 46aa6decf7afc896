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
          Asked(by: .pane(.today), question: TodayQuestion.round)))
    } catch { desk.show(error) }
  }
}

/// What I dag asks: which round to open.
enum TodayQuestion: Question {
  case round
}

extension TodayFeature {
  func answer(_ question: Question, _ answer: Answer) -> Kept? {
    let editor = ApplicationEditor(desk: desk, host: .today)
    if let asked = question as? ApplicationEditor.Asks { return editor.answer(asked, answer) }
    if case .round = question as? TodayQuestion, case .chosen(let id?) = answer {
      editor.showRound(id)
    }
    return nil
  }
}
