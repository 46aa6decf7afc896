import Core

/// A question a feature put on top of the screen (a form, a choice list, a
/// yes/no): a value of the feature's own type (`enum RoomsQuestion`), with
/// what it needs to act on the answer. The answer comes back to that
/// feature as a message (`Pane.answer`), never as a closure into it, so a
/// save flow is a key, an answer and the feature's next state.
protocol Question {}

/// Whose question it is: a pane, or the desk itself (who is at the
/// keyboard, the personal-data view, printing, discarding a form).
enum Asker: Equatable {
  case pane(PaneID)
  case desk
}

/// A question and who asked it: what a modal carries.
struct Asked {
  let by: Asker
  var question: Question
}

/// What the person answered.
enum Answer {
  /// A form saved (Ctrl-S).
  case save(Form)
  /// A choice list's choice (nil: "none" or a first entry without id).
  case chosen(Int64?)
  /// A choice list's Del on the marked one (F5: take off the list).
  case remove(Int64?)
  /// A choice list's Ctrl-V on the marked one (F5: away until).
  case away(Int64?)
  /// Yes to a question.
  case yes
}

/// After a form's answer: the form to keep open (its problems next to the
/// fields, what was typed kept) and its question, which may carry what the
/// answer learned (the inquiry as it is stored now); nil: done, it closes.
struct Kept {
  var form: Form
  var question: Question
}
