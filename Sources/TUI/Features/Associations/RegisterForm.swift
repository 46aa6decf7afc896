import Core

/// F1's `r` in a detail: the centre's register for the association (its
/// contact person at the centre, the insurance list, the cooperation
/// agreement, when its details were last confirmed). Dates as everywhere
/// (`24-11-2026`, `+3`, `fre`); an empty date means "not".
enum RegisterForm {
  static let dateKeys = ["confirmed_on", "insured_since", "agreement_signed", "agreement_ends"]

  static func make(_ entry: RegisterEntry, name: String, staff: [Staff], lang: Language) -> Form {
    let contacts =
      [lang.pick("— ingen —", "— none —")] + staff.map { $0.initials + "  " + $0.name }
    let contact = staff.firstIndex { $0.id == entry.centreContactID }.map { $0 + 1 } ?? 0
    func date(_ key: String, _ da: String, _ en: String, _ day: Day?) -> FormField {
      FormField(key: key, label: lang.pick(da, en), value: .text(TextField(day?.numeric ?? "")))
    }
    var form = Form(
      title: lang.pick("Register · ", "Register · ") + name,
      fields: [
        FormField(
          key: "centre_contact", label: lang.pick("Kontakt i centret", "Centre contact"),
          value: .choice(contacts, contact)),
        date("confirmed_on", "Sidst bekræftet", "Last confirmed", entry.confirmedOn),
        date("insured_since", "Forsikret siden", "Insured since", entry.insuredSince),
        FormField(
          key: "insured_activities", label: lang.pick("Forsikring dækker", "Insurance covers"),
          value: .text(TextField(entry.insuredActivities))),
        date("agreement_signed", "Aftale underskrevet", "Agreement signed", entry.agreementSigned),
        date("agreement_ends", "Aftale udløber", "Agreement ends", entry.agreementEnds),
      ])
    form.footer = lang.pick(
      "Forsikret siden: tom = ikke på kommunens forsikringsliste; dækker: tom = alle aktiviteter. Ctrl-S gemmer.",
      "Insured since: empty = not on the municipality's insurance list; covers: empty = every activity. Ctrl-S saves."
    )
    return form
  }

  /// The entry the form describes, or the problems keyed by field.
  static func read(_ form: Form, staff: [Staff], today: Day) -> (
    RegisterEntry, [String: FieldError]
  ) {
    var errors: [String: FieldError] = [:]
    var days: [String: Day] = [:]
    for key in dateKeys {
      let typed = form.field(key)?.text.trimmed ?? ""
      guard !typed.isEmpty else { continue }
      if let day = DateInput.parse(typed, today: today) {
        days[key] = day
      } else {
        errors[key] = .invalidDate
      }
    }
    let choice = form.field("centre_contact")?.choice ?? 0
    let entry = RegisterEntry(
      confirmedOn: days["confirmed_on"],
      centreContactID: choice > 0 && staff.indices.contains(choice - 1)
        ? staff[choice - 1].id : nil,
      insuredSince: days["insured_since"],
      insuredActivities: form.field("insured_activities")?.text.trimmed ?? "",
      agreementSigned: days["agreement_signed"], agreementEnds: days["agreement_ends"])
    return (entry, errors)
  }
}
