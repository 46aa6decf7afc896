import Core

/// Taking a colleague off the staff list from F5's picker (`Delete`): one
/// without open inquiries after a question; one with open inquiries only
/// once someone takes them over (one reason for all), so no open inquiry
/// is left with an owner nobody can choose.
extension WhoIsHereFeature {
  func removeStaff(_ id: Int64?) {
    guard let id, let member = staff.first(where: { $0.id == id }) else {
      desk.say(
        lang.pick(
          "Vælg den medarbejder, der skal af listen.", "Choose the staff member to take off."),
        isError: true)
      return
    }
    let open =
      ((try? desk.stores.inquiries.ownerCounts()) ?? []).first { $0.ownerID == member.id }?.open
      ?? 0
    let others = staff.filter { $0.id != member.id }
    guard open > 0 else {
      desk.present(
        .confirm(
          Confirm(
            question: lang.pick(
              "Tag \(member.initials) (\(member.name)) af listen? \(member.initials) kan ikke længere vælges; lukkede henvendelser står som før.",
              "Take \(member.initials) (\(member.name)) off the list? \(member.initials) can no longer be chosen; closed inquiries stay as they were."
            ),
            asked: asking(.takeOff(member)))))
      return
    }
    guard !others.isEmpty else {
      desk.say(
        lang.pick(
          "Tilføj først en kollega, der kan overtage \(member.initials)s \(open) åbne henvendelser.",
          "First add a colleague to take over \(member.initials)'s \(open) open inquiries."),
        isError: true)
      return
    }
    desk.present(
      .form(
        Self.handOverAllForm(member, open: open, to: others, lang: lang),
        asking(.handOverAll(member, to: others))))
  }

  /// Whom the open inquiries go to (no default: it must be chosen) and why.
  static func handOverAllForm(_ member: Staff, open: Int, to others: [Staff], lang: Language)
    -> Form
  {
    var form = Form(
      title: lang.pick("Tag \(member.initials) af listen", "Take \(member.initials) off the list"),
      fields: [
        FormField(
          key: "owner", label: lang.pick("Overdrag til *", "Hand over to *"),
          value: .choice(
            [lang.pick("— vælg —", "— choose —")] + others.map { "\($0.initials)  \($0.name)" },
            0)),
        FormField(
          key: "reason", label: lang.pick("Begrundelse *", "Reason *"), value: .text(TextField())),
      ])
    let count = lang.count(
      open, "åben henvendelse", "åbne henvendelser", "open inquiry", "open inquiries")
    form.notes = [
      lang.pick(
        "\(member.initials) har \(count). De overdrages til den, du vælger, med opfølgning om to arbejdsdage (eller senere, hvis de havde det).",
        "\(member.initials) has \(count). They go to the one you choose, with a follow-up in two working days (or later, if they had one)."
      )
    ]
    form.footer = lang.pick(
      "→ vælger kollega. Ctrl-S overdrager og tager af listen, Esc fortryder.",
      "→ chooses the colleague. Ctrl-S hands over and takes off the list, Esc cancels.")
    return form
  }

  func saveHandOverAll(_ form: Form, _ member: Staff, _ others: [Staff]) -> Form? {
    var form = form
    let index = form.field("owner")?.choice ?? 0
    let reason = form.field("reason")?.text.trimmed ?? ""
    // Both asked here, next to their fields, so nothing chosen is lost.
    var errors: [String: FieldError] = [:]
    if index == 0 { errors["owner"] = .mustChoose }
    if reason.isEmpty { errors["reason"] = .required }
    guard errors.isEmpty else {
      form.show(errors, lang: lang)
      return form
    }
    deactivate(member, handingOverTo: others[index - 1], reason: reason)
    return nil
  }

  func deactivate(_ member: Staff, handingOverTo target: Staff?, reason: String) {
    do {
      let moved = try desk.stores.inquiries.deactivate(
        member.initials, handingOverTo: target?.initials, reason: reason, by: me?.initials)
      staff = try desk.stores.inquiries.directory.staff()
      var text = lang.pick(
        "\(member.initials) er taget af listen.", "\(member.initials) is off the list.")
      if let target, moved > 0 {
        let count = lang.count(moved, "henvendelse", "henvendelser", "inquiry", "inquiries")
        text += lang.pick(
          " \(count) er overdraget til \(target.initials).",
          " \(count) handed over to \(target.initials).")
      }
      if me?.id == member.id { me = nil }
      desk.refreshAll()
      // The list again, without them (and asking who is here, if it was me).
      desk.dismissPicker()
      ask()
      desk.say(text)
    } catch {
      desk.say(desk.notDone(error, ("Ikke taget af listen: ", "Not taken off: ")), isError: true)
    }
  }
}
