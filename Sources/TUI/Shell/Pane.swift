import Core

/// All the shell knows of a pane: it draws into a rectangle of the grid,
/// takes the keys meant for it, and hears what happened elsewhere. A pane
/// owns its state and is its only writer: its effects run through Core and
/// come back to it as its own messages.
protocol Pane: AnyObject {
  /// Where the keyboard is in this pane: what the status bar and `?` describe.
  var context: Context { get }
  /// A key the shell did not take itself; `command` is what the table says
  /// it means in `context` (nil: typing, or nothing).
  func handle(_ key: Key, command: CommandID?)
  /// Something the desk wants this pane to know.
  func receive(_ event: DeskEvent)
  /// Before drawing: load what this size of screen shows (never while drawing).
  func layout(width: Int, height: Int)
  func render(into grid: inout Grid, rect: Rect)
  /// The muted line under the pane when nothing else is said ("69 foreninger").
  var footnote: String? { get }
  /// Whether switching away or quitting would throw away typing.
  var hasUnsavedChanges: Bool { get }
  /// Whether a command can be done here now (the status bar offers only
  /// those: no "Luk" on a closed inquiry).
  func offers(_ command: CommandID) -> Bool
  /// The association this pane shows now, if any: Ctrl-N logs an inquiry
  /// about it.
  var associationShown: Int64? { get }
  /// A letter typed right after an Esc that left the keyboard where
  /// letters are commands: after any Esc what is typed is text, so a pane
  /// with a line to type in takes it there; false: it has none here.
  func typeAfterEscape(_ key: Key) -> Bool
  /// The answer to a question this pane put on top (`Modal`): for a form,
  /// what stays open, or nil when it is done.
  func answer(_ question: Question, _ answer: Answer) -> Kept?
  /// A key changed a field of a form this pane asked: fill in what depends
  /// on it (a hint under the field, suggestions to pick from).
  func change(_ question: Question, _ form: inout Form)
}

extension Pane {
  func answer(_ question: Question, _ answer: Answer) -> Kept? { nil }
  func change(_ question: Question, _ form: inout Form) {}
  func offers(_ command: CommandID) -> Bool { true }
  func typeAfterEscape(_ key: Key) -> Bool { false }
  var associationShown: Int64? { nil }
}

/// What happened that a pane may want to act on. None names a pane: a
/// thing to show goes to the pane that shows its kind (`Feature.shows`),
/// and a request to the pane that declares its type (`Feature.takes`).
enum DeskEvent {
  /// The pane came to the front.
  case shown
  /// Another desk wrote, the day changed, or this desk wrote elsewhere:
  /// read what is shown again.
  case refresh
  /// Someone else is at the keyboard now.
  case staffChanged
  /// Show this association, inquiry, citizen, room or booking.
  case open(FindHit.Target)
  /// Something one pane does, in its own words (`InquiriesRequest.list`).
  case request(DeskRequest)
}

/// A request one pane declares and takes (F1's `h` asks F2 for the
/// association's inquiries as `InquiriesRequest.list(associationID:)`).
protocol DeskRequest {}

/// Ctrl-N from any pane: log a new inquiry, about the association shown in
/// front if there is one ("én indgang": the desk's own request).
struct NewInquiry: DeskRequest {
  let about: Int64?
}

/// What a pane may ask of the desk (the shell): shared facts, the message
/// line, modals, and word to the other panes. The shell's own state has
/// one writer too: these calls.
protocol Desk: AnyObject {
  var lang: Language { get }
  var today: Day { get }
  /// Who is at the keyboard; nil until chosen.
  var me: Staff? { get }
  /// Every store, made once by the shell: a pane never opens its own.
  var stores: Stores { get }
  /// Says something on the message line.
  func say(_ text: String, isError: Bool)
  /// Says an error on the message line in the user's words.
  func show(_ error: Error)
  func present(_ modal: Modal)
  /// Presents `modal` once the modal that is answering now is back in
  /// place (a form's change opening a form over it).
  func presentNext(_ modal: Modal)
  /// Changes the form on top (the one under a form that just saved), and
  /// runs its change so its hints follow.
  func updateTopForm(_ body: (inout Form) -> Void)
  /// Removes the modal on top when it is a form (a yes that settles it).
  func dismissForm()
  /// Removes the choice list on top (to draw it anew).
  func dismissPicker()
  /// Removes every modal of `context` (the personal-data view once erased).
  func dismissAll(_ context: Context)
  /// Someone else is at the keyboard now: the panes hear it.
  func keyboardChanged()
  /// Asks who is at the keyboard (the staff picker).
  func askWhoIsHere()
  /// Brings a pane to the front and tells it `event`.
  func bring(_ pane: PaneID, _ event: DeskEvent)
  /// The pane in front.
  var inFront: PaneID { get }
  /// Brings a pane to the front (it hears `.shown`).
  func show(_ pane: PaneID)
  /// Brings the pane that takes `event` (`Feature.takes`) to the front
  /// and tells it: a pane opens another's things without naming it.
  func bring(_ event: DeskEvent)
  /// Tells every pane (the one in front first) to read again after a write.
  func refreshAll()
}

extension Desk {
  func say(_ text: String) { say(text, isError: false) }

  /// Why a form's work was not done, for its message line: trouble with
  /// the file says so itself ("nothing was saved"), and a wait for another
  /// program that ran out says which key tries again; anything else after
  /// `prefix` ("Ikke gemt: ").
  func notDone(_ error: Error, _ prefix: (String, String)) -> String {
    if let problem = error as? DatabaseProblem {
      return problem.message(
        lang,
        retry: problem.kind == .busy
          ? lang.pick("Tryk Ctrl-S for at prøve igen.", "Press Ctrl-S to try again.") : nil)
    }
    return lang.pick(prefix.0, prefix.1) + ErrorText.message(error, lang)
  }
}
