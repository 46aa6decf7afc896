extension FieldError {
  /// Every problem of one record on a line, in its fields' order
  /// (`purpose: skal udfyldes; amount_applied: …`): where a store's refusal
  /// reaches the command line or a form's message rather than its fields.
  static func line<Field: CaseIterable & RawRepresentable & Hashable>(
    _ errors: [Field: FieldError], _ lang: Language
  ) -> String where Field.RawValue == String {
    Field.allCases.compactMap { field in
      errors[field].map { field.rawValue + ": " + $0.message(lang) }
    }.joined(separator: "; ")
  }
}
