import Core

/// The small forms of following an inquiry through: a note, a call, status,
/// follow-up date, handover, closing, reopening; and adding a staff member.
enum InquiryActionForm {
  static let choose = "—"

  static func make(
    _ kind: InquiryFormKind, _ inquiry: Inquiry, staff: [Staff], lang: Language, today: Day
  ) -> Form {
    let number = "#\(inquiry.id ?? 0)"
    let followUp = (inquiry.followUp ?? today.adding(7)).numeric
    func text(_ key: String, _ da: String, _ en: String, _ value: String = "") -> FormField {
      FormField(key: key, label: lang.pick(da, en), value: .text(TextField(value)))
    }
    var fields: [FormField]
    let title: String
    switch kind {
    case .note, .call, .edit:
      title =
        kind == .call
        ? lang.pick("Opkald på ", "Call on ") + number : lang.pick("Note på ", "Note on ") + number
      fields = [text("text", "Tekst *", "Text *")]
    case .status:
      title = lang.pick("Status for ", "Status of ") + number
      let options = InquiryStatus.unclosed
      fields = [
        FormField(
          key: "status", label: lang.pick("Status", "Status"),
          value: .choice(
            options.map { $0.label(lang) }, options.firstIndex(of: inquiry.status) ?? 0)),
        text("follow_up", "Opfølgning *", "Follow-up *", followUp),
      ]
    case .followUp:
      title = lang.pick("Ny opfølgningsdato for ", "New follow-up date for ") + number
      fields = [text("follow_up", "Opfølgning *", "Follow-up *", followUp)]
    case .handover:
      title = lang.pick("Overdrag ", "Hand over ") + number
      let others = staff.filter { $0.id != inquiry.ownerID }
      fields = [
        FormField(
          key: "owner", label: lang.pick("Ny ejer *", "New owner *"),
          value: .choice(
            [choose]
              + others.map { member in
                "\(member.initials) \(member.name)"
                  + (member.isAway(on: today)
                    ? lang.pick(" (væk til og med ", " (away until ")
                      + (member.awayUntil?.numeric ?? "") + ")" : "")
              }, 0)),
        text("reason", "Begrundelse *", "Reason *"),
        // The new owner's date: two working days on, so it does not reach
        // them overdue.
        text(
          "follow_up", "Opfølgning *", "Follow-up *", today.adding(workingDays: 2).numeric),
      ]
    case .close:
      title = lang.pick("Luk ", "Close ") + number
      fields = [
        FormField(
          key: "outcome", label: lang.pick("Udfald *", "Outcome *"),
          value: .choice([choose] + Outcome.allCases.map { $0.label(lang) }, 0)),
        text("note", "Note *", "Note *"),
      ]
    case .reopen:
      title = lang.pick("Genåbn ", "Reopen ") + number
      fields = [
        text("reason", "Begrundelse *", "Reason *"),
        text("follow_up", "Opfølgning *", "Follow-up *", today.adding(7).numeric),
      ]
    }
    var form = Form(title: title, fields: fields)
    form.footer = lang.pick(
      "Gem med Ctrl-S, fortryd med Esc.", "Save with Ctrl-S, cancel with Esc.")
    return form
  }

  /// A date field read the Danish way, or the error to show next to it.
  static func date(_ form: Form, _ key: String, today: Day) -> Result<Day, FieldError> {
    let text = form.field(key)?.text.trimmed ?? ""
    if text.isEmpty { return .failure(.required) }
    return DateInput.parse(text, today: today).map { .success($0) } ?? .failure(.invalidDate)
  }
}
