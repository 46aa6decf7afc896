import Core

/// The form for an application the centre helps with: which round, what
/// for, how much, who helps, and, once decided, how it went. Amounts are
/// typed as people write them (`25.000`); dates as everywhere (`15-04`,
/// `+3`, `fre`). Every problem is said next to its field.
enum ApplicationForm {
  /// A round to choose, labelled `§ 18-puljen · tor 15-04-2027`.
  struct RoundChoice {
    let id: Int64
    let label: String
  }

  static func make(
    _ application: GrantApplication, rounds: [RoundChoice], staff: [Staff], lang: Language
  ) -> Form {
    let round = rounds.firstIndex { $0.id == application.roundID } ?? 0
    let helper = staff.firstIndex { $0.id == application.helperID } ?? 0
    let status = ApplicationStatus.allCases.firstIndex(of: application.status) ?? 0
    func text(_ field: ApplicationStore.Field, _ value: String) -> FormField {
      let required = field == .purpose || field == .amountApplied
      return FormField(
        key: field.rawValue, label: field.label(lang) + (required ? " *" : ""),
        value: .text(TextField(value)))
    }
    var form = Form(
      title: lang.pick("Ansøgning · ", "Application · ") + application.associationName,
      fields: [
        FormField(
          key: ApplicationStore.Field.round.rawValue,
          label: ApplicationStore.Field.round.label(lang),
          value: .choice(rounds.map(\.label), round)),
        text(.purpose, application.purpose),
        text(.amountApplied, application.id == nil ? "" : Kroner.format(application.amountApplied)),
        FormField(
          key: ApplicationStore.Field.helper.rawValue,
          label: ApplicationStore.Field.helper.label(lang),
          value: .choice(staff.map { $0.initials + "  " + $0.name }, helper)),
        text(.inquiry, application.inquiryID.map(String.init) ?? ""),
        FormField(
          key: ApplicationStore.Field.status.rawValue, label: "Status",
          value: .choice(ApplicationStatus.allCases.map { $0.label(lang) }, status)),
        text(.amountGranted, application.amountGranted.map(Kroner.format) ?? ""),
        text(.decidedOn, application.decidedOn?.numeric ?? ""),
        text(.reportDue, application.reportDue?.numeric ?? ""),
      ])
    form.labelWidth = 22
    form.footer = lang.pick(
      "Beløb i hele kroner (fx 25.000). Status skiftes med ←/→. Bevilget kræver beløbet, afslået datoen. Henvendelse: nummeret (tom = ingen). Ctrl-S gemmer.",
      "Amounts in whole kroner (e.g. 25.000). Change the status with ←/→. Granted needs the amount, refused the date. Inquiry: its number (empty = none). Ctrl-S saves."
    )
    return form
  }

  /// The application the form describes (over `base`), or the problems
  /// keyed by field.
  static func read(
    _ form: Form, over base: GrantApplication, rounds: [RoundChoice], staff: [Staff], today: Day
  ) -> (GrantApplication, [String: FieldError]) {
    var errors: [String: FieldError] = [:]
    var application = base
    func typed(_ field: ApplicationStore.Field) -> String {
      form.field(field.rawValue)?.text.trimmed ?? ""
    }
    func choice(_ field: ApplicationStore.Field) -> Int { form.field(field.rawValue)?.choice ?? 0 }
    if rounds.indices.contains(choice(.round)) {
      application.roundID = rounds[choice(.round)].id
    } else {
      errors[ApplicationStore.Field.round.rawValue] = .mustChoose
    }
    if staff.indices.contains(choice(.helper)) { application.helperID = staff[choice(.helper)].id }
    application.purpose = typed(.purpose)
    application.status =
      ApplicationStatus.allCases[
        min(choice(.status), ApplicationStatus.allCases.count - 1)]
    func amount(_ field: ApplicationStore.Field) -> Int? {
      let text = typed(field)
      guard !text.isEmpty else { return nil }
      guard let value = Kroner.parse(text), GrantApplication.amountRange.contains(value) else {
        errors[field.rawValue] = .grant(.invalidAmount)
        return nil
      }
      return value
    }
    if let applied = amount(.amountApplied) {
      application.amountApplied = applied
    } else if errors[ApplicationStore.Field.amountApplied.rawValue] == nil {
      errors[ApplicationStore.Field.amountApplied.rawValue] = .required
    }
    application.amountGranted = amount(.amountGranted)
    func day(_ field: ApplicationStore.Field) -> Day? {
      let text = typed(field)
      guard !text.isEmpty else { return nil }
      guard let value = DateInput.parse(text, today: today) else {
        errors[field.rawValue] = .invalidDate
        return nil
      }
      return value
    }
    // A decision has been made: `20-03` typed on 25-03 is this March, not
    // next (dates without a year otherwise mean the next such day).
    application.decidedOn = day(.decidedOn).map { decided in
      let typed = typed(.decidedOn)
      let hasYear = typed.split(whereSeparator: { "-/.".contains($0) }).contains { $0.count == 4 }
      guard decided > today, !hasYear else { return decided }
      let parts = decided.parts
      return Day(year: parts.year - 1, month: parts.month, day: parts.day) ?? decided
    }
    application.reportDue = day(.reportDue)
    var inquiry = typed(.inquiry)
    if inquiry.hasPrefix("#") { inquiry.removeFirst() }
    if inquiry.isEmpty {
      application.inquiryID = nil
    } else if let number = Int64(inquiry), number > 0 {
      application.inquiryID = number
    } else {
      errors[ApplicationStore.Field.inquiry.rawValue] = .grant(.unknownInquiry)
    }
    return (application, errors)
  }
}
