import Core

/// Everything a key can ask for: a name. The shell's and the widgets'
/// commands are declared here; each feature declares its own in its
/// folder (`extension CommandID { static let addNote = … }`), so a new pane
/// adds its commands without touching the shell.
public struct CommandID: Hashable, Sendable, CustomStringConvertible {
  public let name: String
  init(_ name: String) { self.name = name }
  public var description: String { name }

  /// A pane's function key (`F2`).
  static func pane(_ key: Int) -> CommandID { CommandID("pane\(key)") }
  /// The function key of a pane command.
  var paneKey: Int? { name.hasPrefix("pane") ? Int(name.dropFirst(4)) : nil }

  static let quit = CommandID("quit")
  static let forceQuit = CommandID("forceQuit")
  static let help = CommandID("help")
  static let redraw = CommandID("redraw")
  static let suspend = CommandID("suspend")
  static let nextPane = CommandID("nextPane")
  static let previousPane = CommandID("previousPane")
  static let search = CommandID("search")
  static let open = CommandID("open")
  static let back = CommandID("back")
  static let up = CommandID("up")
  static let down = CommandID("down")
  static let pageUp = CommandID("pageUp")
  static let pageDown = CommandID("pageDown")
  static let top = CommandID("top")
  static let bottom = CommandID("bottom")
  static let edit = CommandID("edit")
  static let clearSearch = CommandID("clearSearch")
  static let save = CommandID("save")
  static let nextField = CommandID("nextField")
  static let previousField = CommandID("previousField")
  static let toggle = CommandID("toggle")
  static let advance = CommandID("advance")
  static let find = CommandID("find")
  static let newInquiry = CommandID("newInquiry")
  static let switchStaff = CommandID("switchStaff")
  static let removeStaff = CommandID("removeStaff")
  static let markAway = CommandID("markAway")
  /// Answering a question.
  static let yes = CommandID("yes")
  static let no = CommandID("no")

  /// Editing the text of a field (readline's keys).
  static let cursorStart = CommandID("cursorStart")
  static let cursorEnd = CommandID("cursorEnd")
  static let cursorLeft = CommandID("cursorLeft")
  static let cursorRight = CommandID("cursorRight")
  static let wordLeft = CommandID("wordLeft")
  static let wordRight = CommandID("wordRight")
  static let deleteBack = CommandID("deleteBack")
  static let deleteForward = CommandID("deleteForward")
  static let clearToStart = CommandID("clearToStart")
  static let clearToEnd = CommandID("clearToEnd")
  static let deleteWord = CommandID("deleteWord")

  static let editingCommands: Set<CommandID> = [
    .cursorStart, .cursorEnd, .cursorLeft, .cursorRight, .wordLeft, .wordRight, .deleteBack,
    .deleteForward, .clearToStart, .clearToEnd, .deleteWord,
  ]

  /// The commands a text field carries out itself.
  var isEditing: Bool { Self.editingCommands.contains(self) }
}
