import Core

/// The citizen profile in F3, filled in while the person is at the desk.
/// Matching reads it after every key (leniently: a word not understood yet
/// is left out); saving reads it strictly and shows each problem next to
/// its field.
enum CitizenForm {
  struct Lists {
    var interests: [Interest]
    var areas: [Area]
    var groups: [TargetGroup]
  }

  static func make(_ c: Citizen, lang: Language) -> Form {
    func text(_ field: CitizenField, _ label: String, _ value: String) -> FormField {
      FormField(key: field.rawValue, label: label, value: .text(TextField(value)))
    }
    func check(_ field: CitizenField, _ on: Bool) -> FormField {
      FormField(key: field.rawValue, label: field.label(lang), value: .check(on))
    }
    let consentLabel =
      c.consentOn.map { lang.pick("Samtykke givet ", "Consent given ") + $0.numeric }
      ?? lang.pick("Samtykke til at gemme (i dag)", "Consent to store (today)")
    let fields = [
      text(.name, lang.pick("Navn *", "Name *"), c.name),
      text(.phone, CitizenField.phone.label(lang), Validation.formatPhone(c.phone)),
      text(.email, CitizenField.email.label(lang), c.email),
      FormField(
        key: CitizenField.seeking.rawValue, label: CitizenField.seeking.label(lang),
        value: .choice(
          Seeking.allCases.map { $0.label(lang) }, Seeking.allCases.firstIndex(of: c.seeking) ?? 0)),
      text(.interests, CitizenField.interests.label(lang), c.interests.joined(separator: ", ")),
      text(.availability, CitizenField.availability.label(lang), c.availability.label(lang)),
      text(.area, CitizenField.area.label(lang), c.area),
      FormField(
        key: CitizenField.reach.rawValue, label: CitizenField.reach.label(lang),
        value: .choice(
          Reach.allCases.map { $0.label(lang) }, Reach.allCases.firstIndex(of: c.reach) ?? 0)),
      text(.birthYear, CitizenField.birthYear.label(lang), c.birthYear.map(String.init) ?? ""),
      text(.languages, CitizenField.languages.label(lang), c.languages.joined(separator: ", ")),
      text(.targetGroups, lang.pick("Målgruppe", "Target group"), ""),
      check(.needsStepFree, c.needsStepFree),
      check(.needsToilet, c.needsToilet),
      check(.withoutChildCertificate, c.withoutChildCertificate),
      text(.note, CitizenField.note.label(lang), c.note),
      FormField(
        key: CitizenField.consentOn.rawValue, label: consentLabel, value: .check(c.consentOn != nil)
      ),
    ]
    let title =
      c.id == nil
      ? lang.pick("Ny borger", "New citizen")
      : lang.pick("Borger nr. ", "Citizen no. ") + String(c.id!)
    var form = Form(title: title, fields: fields)
    form.labelWidth = 14
    form.footer = lang.pick(
      "Kan: tir tor formiddag, hverdage aften. Ctrl-S gemmer.",
      "Available: tue thu morning, weekdays evening. Ctrl-S saves.")
    return form
  }

  /// Fills the target group field after `make` (it needs the names).
  static func setGroups(_ form: inout Form, _ codes: [String], _ lists: Lists, _ lang: Language) {
    guard
      let index = form.fields.firstIndex(where: { $0.key == CitizenField.targetGroups.rawValue })
    else { return }
    let names = codes.compactMap { code in lists.groups.first { $0.code == code }?.name(lang) }
    form.fields[index].value = .text(TextField(names.joined(separator: ", ")))
  }

  /// The citizen the form describes over `base`, and what could not be read.
  static func read(_ form: Form, into base: Citizen, lists: Lists, today: Day) -> (
    Citizen, [CitizenField: FieldError]
  ) {
    var c = base
    var errors: [CitizenField: FieldError] = [:]
    func value(_ field: CitizenField) -> String { form.field(field.rawValue)?.text.trimmed ?? "" }
    func list(_ field: CitizenField) -> [String] {
      value(field).splitScalars { $0 == "," || $0 == "|" }.filter { !$0.isEmpty }.map {
        String($0).trimmed
      }
      .filter { !$0.isEmpty }
    }
    c.name = value(.name)
    c.phone = value(.phone)
    c.email = value(.email)
    c.seeking = Seeking.allCases[form.field(CitizenField.seeking.rawValue)?.choice ?? 0]
    c.reach = Reach.allCases[form.field(CitizenField.reach.rawValue)?.choice ?? 0]
    switch InterestVocabulary.resolve(value(.interests), in: lists.interests) {
    case .success(let words): c.interests = words
    case .failure(let error):
      errors[.interests] = error
      c.interests = list(.interests).compactMap {
        try? InterestVocabulary.resolve($0, in: lists.interests).get().first
      }
    }
    switch Schedule.parse(value(.availability)) {
    case .success(let schedule): c.availability = schedule
    case .failure(let error):
      errors[.availability] = .invalidSchedule(error.entry)
      c.availability = Schedule()
    }
    let area = value(.area)
    if area.isEmpty {
      c.area = ""
    } else if let found = unique(area, in: lists.areas.map(\.name)) {
      c.area = found
    } else {
      errors[.area] = .unknownArea(area)
      c.area = ""
    }
    switch Citizen.birthYear(from: value(.birthYear), today: today) {
    case .success(let year): c.birthYear = year
    case .failure(let error):
      errors[.birthYear] = error
      c.birthYear = nil
    }
    c.languages = list(.languages)
    var codes: [String] = []
    for word in list(.targetGroups) {
      if let name = unique(
        word, in: lists.groups.map { $0.name(.danish) } + lists.groups.map { $0.name(.english) }),
        let group = lists.groups.first(where: { $0.matches(name) })
      {
        if !codes.contains(group.code) { codes.append(group.code) }
      } else {
        errors[.targetGroups] = .unknownTargetGroup(word)
      }
    }
    c.targetGroups = codes
    c.needsStepFree = form.field(CitizenField.needsStepFree.rawValue)?.checked ?? false
    c.needsToilet = form.field(CitizenField.needsToilet.rawValue)?.checked ?? false
    c.withoutChildCertificate =
      form.field(CitizenField.withoutChildCertificate.rawValue)?.checked ?? false
    c.note = value(.note)
    let consent = form.field(CitizenField.consentOn.rawValue)?.checked ?? false
    c.consentOn = consent ? (base.consentOn ?? today) : nil
    return (c, errors)
  }

  /// The name `text` means: the same folded, or the only one it begins.
  static func unique(_ text: String, in names: [String]) -> String? {
    let folded = DanishFolding.fold(text).trimmed
    guard !folded.isEmpty else { return nil }
    if let exact = names.first(where: { DanishFolding.fold($0).trimmed == folded }) { return exact }
    let starts = Set(names.filter { DanishFolding.fold($0).hasPrefix(folded) })
    return starts.count == 1 ? starts.first : nil
  }

  /// Keys of the form fields by citizen field, for showing save errors.
  static func keyed(_ errors: [CitizenField: FieldError]) -> [String: FieldError] {
    Dictionary(uniqueKeysWithValues: errors.map { ($0.key.rawValue, $0.value) })
  }
}
