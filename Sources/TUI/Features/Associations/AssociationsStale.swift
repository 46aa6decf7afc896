import Core

/// F1's `b` in the list: the active associations that have not confirmed
/// their details for a year (or never), oldest first, each with whom to
/// call; Enter opens one, where `b` marks it confirmed, and Esc comes
/// back to the list.
extension AssociationsFeature {
  /// The most the list shows; `skranke export associations --stale` has all.
  static let staleShown = 500

  func showStale() {
    do {
      let stale = try desk.stores.register.stale()
      guard !stale.isEmpty else {
        desk.say(
          lang.pick(
            "Alle aktive foreninger har bekræftet deres oplysninger inden for 12 måneder.",
            "Every active association has confirmed its details within 12 months."),
          isError: false)
        return
      }
      let options = stale.prefix(Self.staleShown).map { item in
        let when =
          item.confirmedOn.map { lang.pick("sidst ", "last ") + $0.numeric }
          ?? lang.pick("aldrig bekræftet", "never confirmed")
        // The number to call right after the name, so a narrow screen cuts
        // the contact's name or the date, never the number.
        return (
          label: [item.name, item.phone, item.contactPerson, when].filter { !$0.isEmpty }
            .joined(separator: " · "),
          value: Optional(item.id)
        )
      }
      let count =
        stale.count > Self.staleShown
        ? lang.pick("\(Self.staleShown) af \(stale.count)", "\(Self.staleShown) of \(stale.count)")
        : "\(stale.count)"
      desk.present(
        .picker(
          Picker(
            title: lang.pick(
              "Ikke bekræftet i 12 måneder (\(count)) — Enter åbner (og b dér bekræfter)",
              "Not confirmed for 12 months (\(count)) — Enter opens (and b there confirms)"),
            options: Array(options), current: nil),
          asking(.stale)))
    } catch { desk.show(error) }
  }
}
