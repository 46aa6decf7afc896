/// What an erasure of a person will take and took, in the UI's language:
/// the same words on the command line and at the desk.
public enum PersonErasureText {
  /// One line per row that holds the person, then the notes that name them.
  public static func lines(_ held: PersonHoldings, _ lang: Language) -> [String] {
    var lines: [String] = []
    for c in held.citizens {
      lines.append(
        lang.pick("Borger nr. \(c.id): ", "Citizen no. \(c.id): ") + who(c)
          + lang.pick(" (oprettet \(day(c.at)))", " (created \(day(c.at)))"))
    }
    if held.linkedInquiries > 0 {
      lines.append(
        "  "
          + lang.count(held.linkedInquiries, "henvendelse", "henvendelser", "inquiry", "inquiries")
          + lang.pick(" knyttet til borgeren", " linked to the citizen"))
    }
    for a in held.askers {
      lines.append(
        lang.pick("Henvendelse #\(a.id): ", "Inquiry #\(a.id): ") + who(a) + " (\(day(a.at)))")
    }
    for signup in held.signups {
      let day = Day(iso: String(signup.eventStart.prefix(10)))?.numeric ?? ""
      lines.append(
        lang.pick("Tilmelding til ", "Sign-up to ") + SafeText.oneLine(signup.eventTitle)
          + " (\(day)): "
          + SafeText.oneLine(
            [signup.name, signup.contact].filter { !$0.isEmpty }.joined(separator: " · ")))
    }
    for n in held.nominations + held.nominated {
      lines.append(
        lang.pick("Indstilling: ", "Nomination: ") + SafeText.oneLine(n.name) + " · " + n.contact)
    }
    for m in held.mentions {
      lines.append(
        lang.pick(
          "Note i #\(m.inquiryID) (\(day(m.at))): ", "Note in #\(m.inquiryID) (\(day(m.at))): ")
          + "\"" + SafeText.oneLine(m.text) + "\"")
    }
    return lines
  }

  /// What was done, and how long copies still hold the person.
  public static func outcome(_ o: CitizenEraser.PersonOutcome, _ lang: Language) -> [String] {
    var made = [
      lang.count(o.inquiries, "henvendelse", "henvendelser", "inquiry", "inquiries"),
      lang.count(o.referrals, "henvisning", "henvisninger", "referral", "referrals"),
    ].joined(separator: lang.pick(" og ", " and "))
    if o.nominations > 0 {
      made +=
        lang.pick(" og ", " and ")
        + lang.count(o.nominations, "indstilling", "indstillinger", "nomination", "nominations")
    }
    if o.signups > 0 {
      made +=
        lang.pick(" og ", " and ")
        + lang.count(o.signups, "tilmelding", "tilmeldinger", "sign-up", "sign-ups")
    }
    made += lang.pick(" er anonymiseret", " made anonymous")
    if o.notes > 0 {
      made +=
        lang.pick("; ", "; ") + lang.count(o.notes, "note", "noter", "note", "notes")
        + lang.pick(" renset for personen", " cleared of the person")
    }
    var lines = [lang.pick("Slettet: \(o.name) (\(made))", "Erased: \(o.name) (\(made))")]
    if o.notesLeft > 0 {
      lines.append(
        lang.count(o.notesLeft, "note", "noter", "note", "notes")
          + lang.pick(
            " nævner stadig personen.",
            o.notesLeft == 1 ? " still names the person." : " still name the person."))
    }
    if o.backupsHolding > 0, let gone = o.lastBackupGone {
      lines.append(
        lang.pick(
          lang.count(
            o.backupsHolding, "automatisk sikkerhedskopi", "automatiske sikkerhedskopier", "", "")
            + " rummer stadig personen; den sidste er væk senest \(gone.numeric) (med en kopi hver dag). Hentes en af dem tilbage, slettes personen igen. Kopier taget med skranke backup er ikke talt med.",
          lang.count(o.backupsHolding, "", "", "automatic backup", "automatic backups")
            + (o.backupsHolding == 1 ? " still holds" : " still hold")
            + " the person; the last is gone by \(gone.numeric) (with a backup each day). If one is restored, the person is erased again. Copies made with skranke backup are not counted."
        ))
    }
    return lines
  }

  private static func who(_ held: PersonHoldings.Held) -> String {
    SafeText.oneLine([held.name, held.contact].filter { !$0.isEmpty }.joined(separator: " · "))
  }

  /// `2026-12-07 10:15` → `07-12-2026`.
  static func day(_ stamp: String) -> String {
    Day(iso: String(stamp.prefix(10)))?.numeric ?? stamp
  }
}
