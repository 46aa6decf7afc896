/// An event in words: a list's line, the sheet `event show` prints, and what
/// a sign-up did. Text from data is made safe for one line.
public enum EventText {
  static let clean = SafeText.oneLine

  /// "12-01-2027 17:00–20:00  nr. 3  Førstehjælp (kursus), Salen: 12/12, 2 på venteliste"
  public static func listLine(_ line: EventLine, _ lang: Language) -> String {
    var text =
      line.session.day.numeric + " " + line.session.start.text + "–" + line.session.end.text
      + "  " + lang.pick("nr. ", "no. ") + String(line.id) + "  " + clean(line.title)
      + " (" + clean(line.kind.name(lang)) + "), " + clean(line.place) + ": "
      + counts(line.counts, capacity: line.capacity, lang)
    if line.sessions > 1 {
      text += lang.pick(", \(line.sessions) gange", ", \(line.sessions) sessions")
    }
    if line.cancelled { text += lang.pick(" (aflyst)", " (cancelled)") }
    return text
  }

  /// "12/12 tilmeldt, 2 på venteliste, 10 mødt"
  public static func counts(_ counts: EventCounts, capacity: Int, _ lang: Language) -> String {
    var parts = ["\(counts.signed)/\(capacity) " + lang.pick("tilmeldt", "signed up")]
    if counts.waiting > 0 {
      parts.append("\(counts.waiting) " + lang.pick("på venteliste", "waiting"))
    }
    if counts.attended > 0 { parts.append("\(counts.attended) " + lang.pick("mødt", "came")) }
    return parts.joined(separator: ", ")
  }

  /// "tilmeldt" or "venteliste nr. 2".
  public static func outcome(_ outcome: SignUpOutcome, _ lang: Language) -> String {
    switch outcome {
    case .signed: lang.pick("tilmeldt", "signed up")
    case .waiting(_, let number):
      lang.pick("venteliste nr. \(number)", "waiting list no. \(number)")
    }
  }

  /// One sign-up: "Ane Jensen (Foreningen Sind), 98 90 12 34, ane@x.dk, 2 pladser".
  public static func who(_ signup: SignUp, _ lang: Language) -> String {
    var parts = [clean(signup.who)]
    if !signup.name.isEmpty && !signup.associationName.isEmpty {
      parts[0] += " (" + clean(signup.associationName) + ")"
    }
    if !signup.phone.isEmpty { parts.append(Validation.formatPhone(signup.phone)) }
    if !signup.email.isEmpty { parts.append(clean(signup.email)) }
    if signup.seats > 1 { parts.append("\(signup.seats) " + lang.pick("pladser", "seats")) }
    return parts.joined(separator: ", ")
  }

  /// Everything `event show` prints: the event, its sessions, the counts,
  /// the signed up and the waiting list in its order.
  public static func sheet(
    _ event: Event, session: EventSession?, counts: EventCounts, people: [SignUp],
    _ lang: Language
  ) -> [String] {
    var lines = [
      lang.pick("Arrangement nr. ", "Event no. ") + String(event.id) + ": " + clean(event.title)
        + (event.status == .cancelled ? lang.pick(" (aflyst)", " (cancelled)") : ""),
      lang.pick("Slags: ", "Kind: ") + clean(event.kind.name(lang)),
      lang.pick("Sted: ", "Place: ") + clean(event.place),
      lang.pick("Pladser: ", "Seats: ") + self.counts(counts, capacity: event.capacity, lang),
    ]
    if let deadline = event.deadline {
      lines.append(lang.pick("Tilmeldingsfrist: ", "Sign-up deadline: ") + deadline.label(lang))
    }
    if event.price > 0 { lines.append(lang.pick("Pris: ", "Price: ") + "\(event.price) kr.") }
    lines.append(
      (event.isPublic
        ? lang.pick("Offentligt", "Public") : lang.pick("Ikke offentligt", "Not public"))
        + (event.staffInitials.isEmpty
          ? "" : lang.pick(", står for det: ", ", run by: ") + clean(event.staffInitials)))
    if !event.description.isEmpty {
      lines.append(lang.pick("Beskrivelse: ", "Description: ") + clean(event.description))
    }
    lines.append(lang.pick("Gange:", "Sessions:"))
    lines += event.sessions.map {
      "  " + $0.slot.day.label(lang) + " " + $0.slot.start.text + "–" + $0.slot.end.text
    }
    let signed = people.filter { $0.status == .signed }
    let waiting = people.filter { $0.status == .waiting }
    lines.append(
      lang.pick("Tilmeldte", "Signed up") + " (\(signed.count))"
        + (session.map { lang.pick(", mødt ", ", came ") + $0.slot.day.label(lang) } ?? "") + ":")
    lines += signed.enumerated().map {
      "  \($0.offset + 1). " + ($0.element.attended ? "[x] " : "[ ] ") + who($0.element, lang)
    }
    if !waiting.isEmpty {
      lines.append(lang.pick("Venteliste", "Waiting list") + " (\(waiting.count)):")
      lines += waiting.map { "  \($0.waitingNumber ?? 0). " + who($0, lang) }
    }
    return lines
  }
}
