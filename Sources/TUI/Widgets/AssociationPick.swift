import Core

/// A form field that names an association (the booking form's, the inquiry
/// form's). As it is typed it shows the one association it names, or the
/// ones it may mean to pick from with ↓ Enter; saving reads it the same way.
enum AssociationPick {
  typealias Lookup = (String) -> [(id: Int64, name: String)]

  /// Under the field, as it is typed: one name (a hint), several (a list
  /// to pick from), or that none matches.
  static func show(_ names: [String], typed: String, in field: inout FormField, lang: Language) {
    let before = field.suggestions
    field.hint = nil
    field.suggestions = []
    if names.count == 1 {
      field.hint = "→ " + names[0]
    } else if names.count > 1 {
      field.suggestions = names
      if names != before { field.suggested = -1 }
    } else if !typed.isEmpty {
      field.hint = lang.pick(
        "ingen aktiv forening passer (en ny oprettes i F1 med n)",
        "no active association matches (a new one is created in F1 with n)")
    }
  }

  /// The one association `typed` names, nil for an empty field, or what is
  /// wrong, said next to the field.
  static func read(_ typed: String, lookup: Lookup) -> Result<
    (id: Int64, name: String)?, FieldError
  > {
    guard !typed.isEmpty else { return .success(nil) }
    let found = lookup(typed)
    if found.isEmpty { return .failure(.unknownAssociation) }
    if found.count > 1 { return .failure(.severalAssociations(found.count)) }
    return .success(found[0])
  }
}
