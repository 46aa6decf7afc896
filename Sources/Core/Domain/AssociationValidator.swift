/// The fields of an association, named as the CSV columns are.
public enum AssociationField: String, CaseIterable, Sendable {
  case name, description, area
  case targetGroups = "target_groups"
  case contactPerson = "contact_person"
  case phone, email, website, address, active
}

/// The fields of an activity, named as the CSV columns are.
public enum ActivityField: String, CaseIterable, Sendable {
  case association, title, kind, description, area, schedule
  case ageMin = "age_min"
  case ageMax = "age_max"
  case targetGroups = "target_groups"
  case interests
  case stepFree = "step_free"
  case accessibleToilet = "accessible_toilet"
  case languages
  case childCertificate = "child_certificate"
  case openPlaces = "open_places"
  case active
}

/// Validation shared by the forms and the importer, so a file and a worker
/// are held to the same rules.
public enum AssociationValidator {
  /// Returns the association with normalised values, or throws the problem per field.
  public static func validate(_ input: Association) throws(StoreError) -> Association {
    var out = input
    var errors: [AssociationField: FieldError] = [:]
    Validation.apply(Validation.required(input.name), .name, to: &out.name, errors: &errors)
    Validation.apply(Validation.phone(input.phone), .phone, to: &out.phone, errors: &errors)
    Validation.apply(Validation.email(input.email), .email, to: &out.email, errors: &errors)
    let texts: [(WritableKeyPath<Association, String>, AssociationField, Int)] = [
      (\.area, .area, Validation.shortText), (\.website, .website, Validation.shortText),
      (\.contactPerson, .contactPerson, Validation.shortText),
      (\.address, .address, Validation.shortText),
      (\.description, .description, Validation.longText), (\.email, .email, Validation.shortText),
    ]
    for (key, field, max) in texts where errors[field] == nil {
      let lines = field == .description || field == .address
      Validation.apply(
        Validation.text(out[keyPath: key], max: max, lines: lines), field, to: &out[keyPath: key],
        errors: &errors)
    }
    if !errors.isEmpty { throw .invalidAssociation(errors) }
    return out
  }

  public static func validate(_ input: Activity) throws(StoreError) -> Activity {
    var out = input
    var errors: [ActivityField: FieldError] = [:]
    switch Validation.required(input.title) {
    case .success(let title): out.title = title
    case .failure(let error): errors[.title] = error
    }
    if let min = input.ageMin, let max = input.ageMax, min > max { errors[.ageMax] = .ageRange }
    if let places = input.openPlaces, places < 0 || places >= 100_000 {
      errors[.openPlaces] = .invalidCount
    }
    Validation.apply(Validation.text(input.area), .area, to: &out.area, errors: &errors)
    Validation.apply(
      Validation.text(input.description, max: Validation.longText, lines: true), .description,
      to: &out.description, errors: &errors)
    switch Validation.list(input.interests) {
    case .success(let items): out.interests = items
    case .failure(let error): errors[.interests] = error
    }
    switch Validation.list(input.languages) {
    case .success(let items): out.languages = items
    case .failure(let error): errors[.languages] = error
    }
    if !errors.isEmpty { throw .invalidActivity(errors) }
    return out
  }
}
