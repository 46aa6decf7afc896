/// The access copy as the person reads it: in the UI's language, in words
/// (never a stored code), dates as 07-12-2026, long notes wrapped under
/// their line; and as JSON with the stored codes, for a program.
extension CitizenRecord {
  public var words: (Language) -> InquiryWords {
    { lang in
      InquiryWords(
        lang: lang, categories: categories, staff: staff,
        associationName: { [associationNames] in associationNames[$0] })
    }
  }

  /// The whole record as text a person can read, `width` characters wide.
  public func text(_ lang: Language, groups: [TargetGroup], width: Int = 78) -> String {
    let words = words(lang)
    var out: [String] = []
    func wrap(_ text: String, _ first: String, _ rest: String? = nil) {
      out += TextWrap.lines(text, width: width, first: first, rest: rest)
    }
    out.append(
      lang.pick("Oplysninger gemt om \(name)", "Data stored about \(name)")
        + (citizen?.id.map { lang.pick(" (borger nr. \($0))", " (citizen no. \($0))") } ?? ""))
    out.append("")
    out.append(lang.pick("PROFIL", "PROFILE"))
    if citizen == nil {
      wrap(
        lang.pick(
          "Ingen borgerprofil. Personen er gemt som den, der spurgte, i henvendelserne nedenfor.",
          "No citizen profile. The person is stored as the one who asked in the inquiries below."),
        "  ")
    }
    for (label, value) in profileLines(lang, groups: groups) { wrap(value, "  \(label): ", "    ") }
    out.append("")
    out.append(lang.pick("HENVENDELSER", "INQUIRIES") + " (\(inquiries.count))")
    for linked in inquiries {
      let i = linked.inquiry
      out.append(
        "  #\(i.id ?? 0) · " + Self.moment(i.receivedAt) + " · " + words.category(i.categoryID)
          + " · " + i.channel.label(lang) + " · " + i.status.label(lang))
      let who = [i.askerName, i.askerContact].filter { !$0.isEmpty }.joined(separator: " · ")
      if !who.isEmpty { wrap(who, "    " + lang.pick("Hvem: ", "Who: "), "      ") }
      if !i.text.isEmpty { wrap(i.text, "    " + lang.pick("Tekst: ", "Text: "), "      ") }
      out.append("    " + lang.pick("Forløb:", "Timeline:"))
      for event in linked.timeline {
        let head = "      " + Self.moment(event.at) + "  " + event.staffInitials + "  "
        wrap(words.event(event), head, String(repeating: " ", count: head.count))
      }
    }
    out.append("")
    out.append(lang.pick("HENVISNINGER", "REFERRALS") + " (\(referrals.count))")
    for r in referrals {
      wrap(
        "\(r.activityTitle) (\(r.associationName)): \(r.status.label(lang))"
          + (r.followUp.map { " · " + lang.pick("opfølgning ", "follow-up ") + $0.numeric } ?? ""),
        "  " + r.referredOn.numeric + " ", "             ")
    }
    if !held.signups.isEmpty {
      out.append("")
      out.append(
        lang.pick("TILMELDINGER TIL ARRANGEMENTER", "SIGN-UPS TO EVENTS")
          + " (\(held.signups.count))")
      for signup in held.signups {
        let day = Day(iso: String(signup.eventStart.prefix(10)))?.numeric ?? ""
        let status: String
        switch signup.status {
        case .signed: status = lang.pick("tilmeldt", "signed up")
        case .waiting: status = lang.pick("på venteliste", "on the waiting list")
        case .cancelled: status = lang.pick("afmeldt", "cancelled")
        }
        let who = [signup.name, signup.contact, signup.association].filter { !$0.isEmpty }
        wrap(
          signup.eventTitle + " (" + day + "): " + status + " · " + who.joined(separator: " · "),
          "  " + Self.moment(signup.at) + " ", "                   ")
      }
    }
    if !(held.nominations + held.nominated).isEmpty {
      out.append("")
      out.append(lang.pick("INDSTILLINGER TIL PRISER", "PRIZE NOMINATIONS"))
      for n in held.nominations + held.nominated {
        wrap(n.name + " · " + n.contact, "  " + Self.moment(n.at) + " ")
      }
    }
    if !mentions.isEmpty {
      out.append("")
      out.append(
        lang.pick(
          "NOTER I ANDRE HENVENDELSER, DER NÆVNER PERSONEN",
          "NOTES IN OTHER INQUIRIES THAT NAME THE PERSON")
          + " (\(mentions.count))")
      for m in mentions {
        wrap(m.text, "  #\(m.inquiryID) " + Self.moment(m.at) + "  ", "      ")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The whole record as JSON, with the stored codes.
  public func json() -> JSON {
    let profile: JSON =
      citizen.map { c in
        .object([
          ("id", .int(Int(c.id ?? 0))), ("name", .string(c.name)), ("phone", .string(c.phone)),
          ("email", .string(c.email)), ("seeking", .string(c.seeking.rawValue)),
          ("interests", .array(c.interests.map { .string($0) })),
          ("target_groups", .array(c.targetGroups.map { .string($0) })),
          ("availability", .string(c.availability.csvText)), ("area", .string(c.area)),
          ("reach", .string(c.reach.rawValue)),
          ("birth_year", c.birthYear.map { .int($0) } ?? .null),
          ("languages", .array(c.languages.map { .string($0) })),
          ("needs_step_free", .bool(c.needsStepFree)), ("needs_toilet", .bool(c.needsToilet)),
          ("without_child_certificate", .bool(c.withoutChildCertificate)),
          ("note", .string(c.note)), ("consent_on", .optional(c.consentOn?.iso)),
          ("created_at", .string(createdAt)), ("updated_at", .string(updatedAt)),
        ])
      } ?? .null
    let inquiryList: [JSON] = inquiries.map { linked in
      let i = linked.inquiry
      return .object([
        ("id", .int(Int(i.id ?? 0))), ("received_at", .string(i.receivedAt)),
        ("category", .string(linked.category)), ("asker_name", .string(i.askerName)),
        ("asker_contact", .string(i.askerContact)), ("text", .string(i.text)),
        (
          "timeline",
          .array(
            linked.timeline.map {
              .object([
                ("at", .string($0.at)), ("staff", .string($0.staffInitials)),
                ("kind", .string($0.isErasure ? "erased" : $0.kind.rawValue)),
                ("old", .string($0.oldValue)), ("new", .string($0.newValue)),
                ("text", .string($0.text)),
              ])
            })
        ),
      ])
    }
    let referralList: [JSON] = referrals.map {
      .object([
        ("referred_on", .string($0.referredOn.iso)), ("activity", .string($0.activityTitle)),
        ("association", .string($0.associationName)), ("status", .string($0.status.rawValue)),
        ("follow_up", .optional($0.followUp?.iso)), ("staff", .string($0.staffInitials)),
      ])
    }
    let mentionList: [JSON] = mentions.map {
      .object([
        ("inquiry", .int(Int($0.inquiryID))), ("at", .string($0.at)), ("text", .string($0.text)),
      ])
    }
    let signupList: [JSON] = held.signups.map {
      .object([
        ("event", .int(Int($0.eventID))), ("event_title", .string($0.eventTitle)),
        ("event_starts_at", .string($0.eventStart)), ("signed_at", .string($0.at)),
        ("name", .string($0.name)), ("contact", .string($0.contact)),
        ("association", .string($0.association)), ("status", .string($0.status.rawValue)),
      ])
    }
    return .object([
      ("citizen", profile), ("inquiries", .array(inquiryList)), ("referrals", .array(referralList)),
      ("mentions", .array(mentionList)), ("signups", .array(signupList)),
      (
        "nominations",
        .array(
          (held.nominations + held.nominated).map {
            .object([
              ("name", .string($0.name)), ("prize", .string($0.contact)), ("at", .string($0.at)),
            ])
          })
      ),
    ])
  }
}
