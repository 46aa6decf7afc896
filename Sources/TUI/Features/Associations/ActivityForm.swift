import Core

/// The form for creating or editing an activity, and reading it back.
enum ActivityForm {
  static func make(_ v: Activity, groups: [TargetGroup], lang: Language) -> Form {
    func text(_ field: ActivityField, _ da: String, _ en: String, _ value: String) -> FormField {
      FormField(key: field.rawValue, label: lang.pick(da, en), value: .text(TextField(value)))
    }
    func check(_ field: ActivityField, _ da: String, _ en: String, _ on: Bool) -> FormField {
      FormField(key: field.rawValue, label: lang.pick(da, en), value: .check(on))
    }
    let kinds = ActivityKind.allCases
    var fields = [
      text(.title, "Titel *", "Title *", v.title),
      FormField(
        key: ActivityField.kind.rawValue, label: lang.pick("Type", "Kind"),
        value: .choice(kinds.map { $0.label(lang) }, kinds.firstIndex(of: v.kind) ?? 0)),
      text(.description, "Beskrivelse", "Description", v.description),
      text(.area, "Område", "Area", v.area),
      text(.schedule, "Tidspunkter", "When", v.schedule.label(lang)),
      text(.ageMin, "Alder fra", "Age from", v.ageMin.map(String.init) ?? ""),
      text(.ageMax, "Alder til", "Age to", v.ageMax.map(String.init) ?? ""),
      text(.interests, "Interesser", "Interests", v.interests.joined(separator: ", ")),
      text(.languages, "Sprog", "Languages", v.languages.joined(separator: ", ")),
      check(.stepFree, "Trinfri adgang", "Step-free access", v.stepFree),
      check(.accessibleToilet, "Handicaptoilet", "Accessible toilet", v.accessibleToilet),
      check(.childCertificate, "Kræver børneattest", "Needs child certificate", v.childCertificate),
      text(.openPlaces, "Ledige pladser", "Open places", v.openPlaces.map(String.init) ?? ""),
    ]
    fields += Form.targetGroupFields(selected: v.targetGroups, groups: groups, lang: lang)
    fields.append(check(.active, "Aktiv", "Active", v.active))
    let title =
      v.id == nil
      ? lang.pick("Ny aktivitet", "New activity")
      : lang.pick("Ret aktivitet: ", "Edit activity: ") + v.title
    return Form(title: title, fields: fields)
  }

  /// The activity the form describes, or the fields that cannot be read.
  static func read(_ form: Form, into base: Activity, groups: [TargetGroup]) -> (
    Activity, [ActivityField: FieldError]
  ) {
    var v = base
    var errors: [ActivityField: FieldError] = [:]
    func value(_ field: ActivityField) -> String { form.field(field.rawValue)?.text ?? "" }
    func list(_ field: ActivityField) -> [String] {
      value(field).splitScalars { $0 == "," || $0 == "|" }.filter { !$0.isEmpty }
        .map { String($0).trimmed }.filter { !$0.isEmpty }
    }
    v.title = value(.title)
    v.kind = ActivityKind.allCases[form.field(ActivityField.kind.rawValue)?.choice ?? 0]
    v.description = value(.description)
    v.area = value(.area)
    switch Schedule.parse(value(.schedule)) {
    case .success(let schedule): v.schedule = schedule
    case .failure(let error): errors[.schedule] = .invalidSchedule(error.entry)
    }
    for (field, keyPath) in [(ActivityField.ageMin, \Activity.ageMin), (.ageMax, \Activity.ageMax)]
    {
      switch Validation.age(value(field)) {
      case .success(let age): v[keyPath: keyPath] = age
      case .failure(let error): errors[field] = error
      }
    }
    v.interests = list(.interests)
    v.languages = list(.languages)
    switch Validation.count(value(.openPlaces)) {
    case .success(let places): v.openPlaces = places
    case .failure(let error): errors[.openPlaces] = error
    }
    v.stepFree = form.field(ActivityField.stepFree.rawValue)?.checked ?? false
    v.accessibleToilet = form.field(ActivityField.accessibleToilet.rawValue)?.checked ?? false
    v.childCertificate = form.field(ActivityField.childCertificate.rawValue)?.checked ?? false
    v.active = form.field(ActivityField.active.rawValue)?.checked ?? true
    v.targetGroups = form.selectedTargetGroups(groups)
    return (v, errors)
  }

}
