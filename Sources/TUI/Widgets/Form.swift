import Core

/// One field of a form: text, a checkbox, or a choice among a few values.
struct FormField: Equatable {
  enum Value: Equatable {
    case text(TextField)
    case check(Bool)
    case choice([String], Int)
  }

  let key: String
  let label: String
  var value: Value
  var error: String?
  /// A quiet line under the field: what it was read as ("→ Røde Kors
  /// Hjørring", "trinfri adgang, handicaptoilet").
  var hint: String?
  /// What the typed text may mean, listed under the field while it has the
  /// cursor: ↓ marks the first, ↑/↓ move, Enter takes the marked one.
  /// Nothing is marked until ↓, so Enter never takes one unseen.
  var suggestions: [String] = []
  var suggested = -1

  var text: String {
    if case .text(let field) = value { return field.text }
    return ""
  }

  var checked: Bool {
    if case .check(let on) = value { return on }
    return false
  }

  var choice: Int {
    if case .choice(_, let index) = value { return index }
    return 0
  }
}

/// A form: fields with labels, an error next to each invalid field, and the
/// rule that nothing is saved until every field is valid. It knows whether
/// anything changed, so Esc can ask before throwing work away.
struct Form: Equatable {
  enum Outcome: Equatable {
    case none
    case save
    case cancel
  }

  let title: String
  var fields: [FormField]
  /// The field with the cursor. Entering a field that holds text selects
  /// it, as in every form a person has used: typing replaces, → keeps.
  var focus = 0 {
    didSet { if focus != oldValue { selectFocused() } }
  }
  var scroll = 0
  var message: String?
  /// A line of help under the fields (how to type a date, how to save).
  var footer: String?
  /// Lines to read before the fields (a contact to pass on).
  var notes: [String] = []
  /// Columns for the labels of text and choice fields (narrow forms use less).
  var labelWidth = 20
  /// Set once the CPR warning has been shown for the current text: a second
  /// save means the worker has looked and wants it saved.
  var cprWarned = false
  /// A one-question form (go to a date) saves on Enter (the `.advance` row).
  var savesOnEnter = false
  private let initial: [FormField.Value]

  init(title: String, fields: [FormField]) {
    self.title = title
    self.fields = fields
    initial = fields.map(\.value)
    selectFocused()
  }

  /// Puts the cursor in field `index` with its text selected, even when it
  /// is there already (reopening a search).
  mutating func enter(_ index: Int) {
    focus = index
    selectFocused()
  }

  private mutating func selectFocused() {
    guard fields.indices.contains(focus), case .text(var field) = fields[focus].value else {
      return
    }
    field.selectAll()
    fields[focus].value = .text(field)
  }

  var isChanged: Bool { fields.map(\.value) != initial }

  /// Empties every text field and puts the cursor in the first (Esc in a
  /// search made of fields); false when there was nothing to clear.
  mutating func clearText() -> Bool {
    var cleared = false
    for index in fields.indices {
      guard case .text(var field) = fields[index].value, !field.text.isEmpty else { continue }
      field.set("")
      fields[index].value = .text(field)
      fields[index].error = nil
      fields[index].hint = nil
      cleared = true
    }
    if cleared { focus = 0 }
    return cleared
  }

  func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

  /// One checkbox per target group (associations and activities both have them).
  static func targetGroupFields(selected: [String], groups: [TargetGroup], lang: Language)
    -> [FormField]
  {
    // A hidden group is offered only where it is already ticked, so
    // editing never drops it unasked.
    groups.filter { $0.active || selected.contains($0.code) }.map { group in
      FormField(
        key: "tg:" + group.code,
        label: lang.pick("Målgruppe: ", "Target group: ") + group.name(lang),
        value: .check(selected.contains(group.code)))
    }
  }

  /// The codes of the ticked target-group boxes.
  func selectedTargetGroups(_ groups: [TargetGroup]) -> [String] {
    groups.filter { field("tg:" + $0.code)?.checked == true }.map(\.code)
  }

  mutating func setError(_ key: String, _ message: String?) {
    guard let index = fields.firstIndex(where: { $0.key == key }) else { return }
    fields[index].error = message
  }

  mutating func clearErrors() {
    for index in fields.indices { fields[index].error = nil }
    message = nil
  }

  /// The same, keyed by a store's field (its raw value is the form's key).
  mutating func show<Key: RawRepresentable>(_ errors: [Key: FieldError], lang: Language)
  where Key.RawValue == String {
    show(Dictionary(uniqueKeysWithValues: errors.map { ($0.key.rawValue, $0.value) }), lang: lang)
  }

  /// Puts the store's complaints next to their fields (keyed by column name)
  /// and says that nothing was saved.
  mutating func show(_ errors: [String: FieldError], lang: Language) {
    for (key, error) in errors { setError(key, error.message(lang)) }
    message = lang.pick(
      "Ret de markerede felter. Intet er gemt endnu.",
      "Fix the marked fields. Nothing has been saved yet.")
    focusFirstError()
  }

  /// Moves the cursor to the first field with an error.
  mutating func focusFirstError() {
    if let index = fields.firstIndex(where: { $0.error != nil }) { focus = index }
  }

  /// Warns (once) about text fields holding something like a CPR number:
  /// true when the save should stop so the worker can look.
  mutating func warnAboutCPR(lang: Language) -> Bool {
    let suspects = fields.filter { CPRDetector.containsCPR($0.text) }.map(\.key)
    guard !suspects.isEmpty, !cprWarned else { return false }
    for key in suspects { setError(key, FieldError.looksLikeCPR.message(lang)) }
    message = lang.pick(
      "Et felt ligner et CPR-nummer. Intet er gemt endnu.",
      "A field looks like a CPR number. Nothing has been saved yet.")
    focusFirstError()
    cprWarned = true
    return true
  }

  /// A key and what the table says it means where the form has the
  /// keyboard; typed text goes to the focused field.
  mutating func handle(_ key: Key, _ command: CommandID?) -> Outcome {
    if !fields[focus].suggestions.isEmpty, let outcome = handleSuggestion(key, command) {
      return outcome
    }
    switch command {
    case .save: return .save
    case .back: return .cancel
    case .advance where savesOnEnter: return .save
    case .nextField, .advance:
      focus = min(fields.count - 1, focus + 1)
      return .none
    case .previousField:
      focus = max(0, focus - 1)
      return .none
    default: break
    }
    switch fields[focus].value {
    case .text(var field):
      if field.handle(key, command) {
        fields[focus].value = .text(field)
        fields[focus].error = nil
        cprWarned = false
      }
    case .check(let on):
      if CommandTable.toggles(key) { fields[focus].value = .check(!on) }
    case .choice(let options, let index):
      if key == .char(" ") || command == .cursorRight {  // the toggle row's space
        fields[focus].value = .choice(options, (index + 1) % options.count)
      } else if command == .cursorLeft {
        fields[focus].value = .choice(options, (index + options.count - 1) % options.count)
      } else if command == nil, let letter = key.printable {
        // A letter jumps to the next choice starting with it.
        // Only a letter or digit: `?` or `-` folds to nothing, and
        // "nothing" would match every choice and change it unseen.
        let wanted = DanishFolding.fold(String(letter))
        guard letter.isLetter || letter.isNumber, !wanted.isEmpty else { break }
        let order = (1...options.count).map { (index + $0) % options.count }
        if let next = order.first(where: { DanishFolding.fold(options[$0]).hasPrefix(wanted) }) {
          fields[focus].value = .choice(options, next)
        }
      }
    }
    return .none
  }

  /// ↓ and ↑ move in the list under the field (↑ from its top leaves it),
  /// Enter takes the marked one and goes on to the next field.
  private mutating func handleSuggestion(_ key: Key, _ command: CommandID?) -> Outcome? {
    var field = fields[focus]
    switch (key, command) {
    case (.down, _): field.suggested = min(field.suggestions.count - 1, field.suggested + 1)
    case (.up, _) where field.suggested >= 0: field.suggested -= 1
    case (_, .advance) where field.suggested >= 0:
      guard case .text = field.value else { return nil }
      field.value = .text(TextField(field.suggestions[field.suggested]))
      field.error = nil
      field.suggestions = []
      fields[focus] = field
      focus = min(fields.count - 1, focus + 1)
      return Outcome.none
    default: return nil
    }
    fields[focus] = field
    return Outcome.none
  }
}
