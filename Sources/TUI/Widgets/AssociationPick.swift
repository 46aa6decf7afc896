import Core

/// A form field that names an association (the booking form's, the inquiry
/// form's). As it is typed it shows the one association it names, or the
/// ones it may mean to pick from with ↓ Enter; saving reads it the same way.
enum AssociationPick {
  typealias Lookup = (String) -> [(id: Int64, name: String)]

  /// Under the field, as it is typed: one name (a hint), several (a list
  /// to pick from), or that none matches.
  /// `offerNew`: where none matches (or several), the typed name is
  /// offered as a new association too ("＋ Ny forening: …").
  static func show(
    _ names: [String], typed: String, in field: inout FormField, lang: Language,
    offerNew: Bool = false
  ) {
    let before = field.suggestions
    field.hint = nil
    field.suggestions = []
    let exact = names.contains { DanishFolding.fold($0) == DanishFolding.fold(typed) }
    if offerNew, !typed.isEmpty, names.count != 1, !exact, newName(typed) == nil {
      field.suggestions = names + [newLabel(typed, lang)]
      if field.suggestions != before { field.suggested = -1 }
      if names.isEmpty {
        field.hint = lang.pick(
          "ingen forening passer: ↓ Enter opretter den",
          "no association matches: ↓ Enter creates it")
      }
      return
    }
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

  static let newMarks = ["＋ Ny forening: ", "＋ New association: "]

  static func newLabel(_ typed: String, _ lang: Language) -> String {
    lang.pick(newMarks[0], newMarks[1]) + typed
  }

  /// The name in a picked "＋ Ny forening: …" suggestion; nil otherwise.
  static func newName(_ text: String) -> String? {
    newMarks.first { text.hasPrefix($0) }.map { String(text.dropFirst($0.count)).trimmed }
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
