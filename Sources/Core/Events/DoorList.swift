/// The list for the door: who is signed up for a session, with a box to
/// tick as they come, then the waiting list. Plain text in the UI's
/// language; text from data made safe.
public enum DoorList {
  public static func text(
    _ event: Event, session: EventSession?, people: [SignUp], written: Day, lang: Language
  ) -> String {
    let clean = SafeText.oneLine
    var lines = [
      clean(event.title) + " (" + clean(event.kind.name(lang)) + ")",
      clean(event.place)
        + (session.map {
          " · " + $0.slot.day.label(lang) + " " + $0.slot.start.text + "–" + $0.slot.end.text
        } ?? ""),
      lang.pick("Skrevet ", "Written ") + written.numeric,
      "",
    ]
    let signed = people.filter { $0.status == .signed }.sorted {
      DanishFolding.fold($0.who) < DanishFolding.fold($1.who)
    }
    let nameWidth = min(36, max(12, signed.map { DisplayWidth.of(clean($0.who)) }.max() ?? 0))
    lines.append(
      Wrap.pad(lang.pick("Mødt", "Came"), width: 6)
        + Wrap.pad(lang.pick("Navn", "Name"), width: nameWidth + 2)
        + lang.pick("Forening", "Association"))
    lines += signed.map { line($0, width: nameWidth, lang) }
    let seats = signed.reduce(0) { $0 + $1.seats }
    lines.append("")
    lines.append(
      lang.pick(
        "\(signed.count) tilmeldinger, \(seats) pladser af \(event.capacity)",
        "\(signed.count) sign-ups, \(seats) seats of \(event.capacity)"))
    let waiting = people.filter { $0.status == .waiting }
    if !waiting.isEmpty {
      lines.append("")
      lines.append(lang.pick("Venteliste:", "Waiting list:"))
      for signup in waiting {
        lines.append("  \(signup.waitingNumber ?? 0). " + EventText.who(signup, lang))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "[ ]   Ane Holm              Foreningen Sind, 2 pladser"
  static func line(_ signup: SignUp, width: Int, _ lang: Language) -> String {
    let clean = SafeText.oneLine
    var association = signup.name.isEmpty ? "" : clean(signup.associationName)
    if signup.seats > 1 {
      association +=
        (association.isEmpty ? "" : ", ") + "\(signup.seats) " + lang.pick("pladser", "seats")
    }
    return "[ ]   " + Wrap.pad(Wrap.truncate(clean(signup.who), width: width), width: width + 2)
      + association
  }
}
