import Core

/// Where the keyboard is: which commands apply. A pane declares its own
/// places in its folder (`extension Context { static let week = … }`) with
/// the traits that say which of the general keys work there; the shell
/// declares only the widgets' places below. The general rows of the
/// command table name traits, never a pane's place, so a new pane gets ↑ ↓,
/// Enter, Esc and the rest by saying what its places are like.
public struct Context: Hashable, Sendable, CustomStringConvertible {
  public let name: String
  let traits: Set<Trait>

  init(_ name: String, _ traits: Set<Trait>) {
    self.name = name
    self.traits = traits
  }

  public var description: String { name }
  public static func == (a: Context, b: Context) -> Bool { a.name == b.name }
  public func hash(into hasher: inout Hasher) { hasher.combine(name) }

  /// What a place is like, for the general keys.
  enum Trait: Hashable, Sendable {
    /// A pane itself has the keyboard (no modal on top): F-keys, `?`, Ctrl-N.
    case pane
    /// Tab moves to the next pane (in a profile or form it moves fields).
    case tabs
    /// Printable keys are text: single-letter commands are off.
    case takesText
    /// `?` is help even though letters are text (a search folds it away).
    case questionIsHelp
    /// A place for writing, not searching: the bar offers Ctrl-Q to quit.
    case writing
    /// ↑ ↓ and j k move a mark.
    case moves
    /// A search line over a list: ↑ ↓ reach the list.
    case searchLine
    /// `/` starts a search.
    case searchable
    /// PgUp and PgDn.
    case pages
    /// Home and End (g, G).
    case ends
    /// Enter opens the marked one.
    case opens
    /// Esc goes back.
    case backs
    /// Esc clears the search line (after any Esc, typing is text).
    case clears
    /// `e` edits the marked one.
    case edits
    /// `q` quits.
    case quits
    /// Fields to move between (Tab, Enter, Shift-Tab).
    case fields
    /// Ctrl-S saves.
    case saves
  }

  func has(_ trait: Trait) -> Bool { traits.contains(trait) }

  /// Contexts where printable keys are text, so single-letter commands are off.
  var takesText: Bool { has(.takesText) }

  /// Filling in a form.
  static let form = Context("form", [.takesText, .writing, .backs, .fields, .saves])
  /// Choosing from a short list (filters, who is at the desk).
  static let picker = Context("picker", [.moves, .pages, .ends, .opens, .backs])
  /// A yes/no question on top: it says its own keys, so the status bar
  /// shows none of the pane's.
  static let confirm = Context("confirm", [])
  /// The help overlay on top (it says its own keys too).
  static let help = Context("help", [.moves, .pages, .ends])

  /// The widgets' places, drawn over any pane.
  static let widgets: [Context] = [.form, .picker, .confirm, .help]

  /// Every place: the features' (`PaneList`) and the widgets'.
  static let all: [Context] = PaneList.features.flatMap { $0.places.map(\.context) } + widgets

  /// The places with `trait`.
  static func having(_ trait: Trait) -> Set<Context> { Set(all.filter { $0.has(trait) }) }
}
