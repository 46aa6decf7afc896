import Core

/// What is drawn over the pane and gets the keys first. Modals stack: a
/// question can sit on top of a form. Each carries what its answer does,
/// given by the pane that opened it, so the shell never knows a pane's
/// targets.
enum Modal {
  /// `changed` runs after a key changed a field (completions, hints).
  case form(Form, save: FormSave, changed: FormChange? = nil)
  /// `remove` is given where an option can be taken off the list (staff).
  /// `away` where a colleague can be marked away (the staff picker, F5).
  case picker(
    Picker, chosen: (Int64?) -> Void, remove: ((Int64?) -> Void)? = nil,
    away: ((Int64?) -> Void)? = nil)
  case confirm(Confirm)
  case help(HelpOverlay)
  case find(FindOverlay)
  /// Everything stored about a person; erasing and printing are the shell's.
  case record(RecordOverlay)

  /// Whether the status bar offers a command while this modal is on top.
  func offers(_ command: CommandID) -> Bool {
    if command == .removeStaff, case .picker(_, _, let remove, _) = self { return remove != nil }
    if command == .markAway, case .picker(_, _, _, let away) = self { return away != nil }
    return true
  }

  var context: Context {
    switch self {
    case .form: return .form
    case .picker: return .picker
    case .confirm: return .confirm
    case .help: return .help
    case .find: return .find
    case .record: return .record
    }
  }
}

/// Saving a form: reads it into a Core value and writes it through a store.
/// Returns the form to keep open (its problems shown next to the fields,
/// what was typed kept) or nil when it is done and closes.
typealias FormSave = (Form) -> Form?

/// After a key changed a field: the pane fills in what depends on it (the
/// associations that match the typed name, what a field was read as).
typealias FormChange = (inout Form) -> Void
