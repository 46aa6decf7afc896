import Core

/// What is drawn over the pane and gets the keys first. Modals stack: a
/// question can sit on top of a form. Each carries what its answer does,
/// given by the pane that opened it, so the shell never knows a pane's
/// targets.
enum Modal {
  /// `changed` runs after a key changed a field (completions, hints).
  case form(Form, save: FormSave, changed: FormChange? = nil)
  case picker(Picker, chosen: (Int64?) -> Void)
  case confirm(Confirm)
  case help(HelpOverlay)
  case record(RecordOverlay, erase: () -> Void)

  var context: Context {
    switch self {
    case .form: return .form
    case .picker: return .picker
    case .confirm: return .confirm
    case .help: return .help
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
