import Core

/// What is drawn over the pane and gets the keys first. Modals stack: a
/// question can sit on top of a form. Each carries what its answer does,
/// given by the pane that opened it, so the shell never knows a pane's
/// targets.
enum Modal {
  /// A form; its answer (`.save`) and each change of a field go to `asked.by`.
  case form(Form, Asked)
  /// A choice list; `offers` says which of Del (take off the list) and
  /// Ctrl-V (away until) it takes (the staff picker, F5).
  case picker(Picker, Asked, offers: Set<CommandID> = [])
  case confirm(Confirm)
  case help(HelpOverlay)
  case find(FindOverlay)
  /// Everything stored about a person; erasing and printing are the shell's.
  case record(RecordOverlay)

  /// Whether the status bar offers a command while this modal is on top.
  func offers(_ command: CommandID) -> Bool {
    if command == .removeStaff || command == .markAway, case .picker(_, _, let offers) = self {
      return offers.contains(command)
    }
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
