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
    out.area = input.area.trimmingCharacters(in: " ")
    out.website = input.website.trimmingCharacters(in: " ")
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
    if let places = input.openPlaces, places < 0 { errors[.openPlaces] = .invalidCount }
    out.area = input.area.trimmingCharacters(in: " ")
    if !errors.isEmpty { throw .invalidActivity(errors) }
    return out
  }
}
