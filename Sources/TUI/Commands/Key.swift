import Core

/// A key press, decoded from ncurses (or made by a test).
public enum Key: Hashable, Sendable {
  case char(Character)
  case ctrl(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  /// Alt-← and Alt-→: a word left or right in a text field.
  case altLeft, altRight
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
  case resize

  /// A printable character that text fields take as typing.
  var printable: Character? {
    if case .char(let c) = self { return c }
    return nil
  }

  /// How the key is written for a person: the space bar by its name.
  func label(_ lang: Language) -> String {
    self == .char(" ") ? lang.pick("Mellemrum", "Space") : label
  }

  /// How the key is written in hints and help.
  var label: String {
    switch self {
    case .char(let c): return String(c)
    case .ctrl(let c): return "^" + String(c).uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .altLeft: return "Alt-←"
    case .altRight: return "Alt-→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "⌫"
    case .delete: return "Del"
    case .function(let n): return "F\(n)"
    case .resize: return ""
    }
  }
}
