import Core

/// F7's prizes: a year's nominations, the chosen one marked ★; Enter
/// chooses the marked one, n nominates, ← → move a year.
extension EventsState {
  var selectedNomination: Nomination? {
    nominations.indices.contains(nomination) ? nominations[nomination] : nil
  }

  mutating func handlePrizes(_ command: CommandID?) -> [EventsEffect] {
    guard let year = prizeYear else { return [] }
    switch command {
    case .down: nomination = min(max(0, nominations.count - 1), nomination + 1)
    case .up: nomination = max(0, nomination - 1)
    case .chooseWinner: return selectedNomination.map { [.choose($0)] } ?? []
    case .nominate: return [.nominate(year)]
    case .previousYear: return year > PrizeStore.years.lowerBound ? [.prizes(year - 1)] : []
    case .nextYear: return year < PrizeStore.years.upperBound ? [.prizes(year + 1)] : []
    case .back:
      apply(.prizesClosed)
      return [.reload]
    default: break
    }
    return []
  }

  mutating func renderPrizes(into grid: inout Grid, rect: Rect, lang: Language) {
    guard let year = prizeYear else { return }
    grid.put(
      lang.pick(
        "Årets priser \(year) (← → skifter år)", "The year's prizes \(year) (← → change year)"),
      x: rect.x + 1, y: rect.y, style: .accent, limit: rect.width - 2)
    var rows: [Row] = []
    for prize in Prize.allCases {
      let of = nominations.indices.filter { nominations[$0].prize == prize }
      if !rows.isEmpty { rows.append(Row(text: "", style: .plain)) }
      rows.append(Row(text: prize.name(lang) + " (\(of.count))", style: .header))
      if of.isEmpty {
        rows.append(
          Row(
            text: "  "
              + lang.pick(
                "Ingen indstillet endnu: n indstiller.", "No one nominated yet: n nominates."),
            style: .muted))
      }
      for index in of {
        let n = nominations[index]
        var text = (n.chosen ? "★ " : "  ") + SafeText.oneLine(n.nominee)
        if !n.nominatedBy.isEmpty {
          text +=
            lang.pick(" · indstillet af ", " · nominated by ") + SafeText.oneLine(n.nominatedBy)
        }
        if !n.reason.isEmpty { text += " · " + SafeText.oneLine(n.reason) }
        rows.append(Row(text: text, style: n.chosen ? .bold : .plain, person: index))
      }
    }
    var scroll = 0
    draw(rows, into: &grid, top: rect.y + 2, rect: rect, mark: nomination, scroll: &scroll)
  }
}
