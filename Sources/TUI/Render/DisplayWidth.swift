import CNcursesW
import Core
import Glibc

/// How a character is drawn, and how many columns it takes: the one rule
/// every cell, list column and text field uses, computed on what is sent to
/// the terminal, after sanitising.
///
/// ncurses (and tmux) give each scalar its own cell by `wcwidth`, joining
/// zero-width scalars to the cell before. So the same is done here, with
/// `wcwidth` itself, and what terminals disagree about is not sent at all:
/// zero-width joiners (an emoji family), variation selectors, skin-tone
/// modifiers and tag characters. A family is drawn as its people, side by
/// side, and nothing after it shifts.
public enum DisplayWidth {
  /// The cells a character is drawn as: text and columns (0 joins the cell
  /// before).
  static func cells(_ character: Character) -> [(text: String, width: Int)] {
    var out: [(text: String, width: Int)] = []
    for raw in character.unicodeScalars where !dropped(raw) {
      let scalar = SafeText.safe(raw)
      let width = columns(scalar)
      if width < 0 {
        out.append(("\u{FFFD}", 1))  // not printable here: a visible stand-in
      } else if width == 0, !out.isEmpty {
        out[out.count - 1].text.unicodeScalars.append(scalar)
      } else if width > 0 {
        out.append((String(scalar), width))
      }
    }
    return out
  }

  public static func of(_ character: Character) -> Int {
    if isPrintableASCII(character) { return 1 }
    return cells(character).reduce(0) { $0 + $1.width }
  }

  /// One column, drawn as it is ("\r\n" is ASCII too, but two placeholders).
  static func isPrintableASCII(_ character: Character) -> Bool {
    guard let byte = character.utf8.first, character.utf8.count == 1 else { return false }
    return byte >= 0x20 && byte < 0x7F
  }

  public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }

  /// Scalars that terminals join or widen differently: never sent.
  static func dropped(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
      || (0xE0000...0xE007F).contains(v) || (0xE0100...0xE01EF).contains(v)
  }

  /// The terminal's own count, in a UTF-8 locale (set here if the process
  /// has none, as in render tests).
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x7F { return scalar.value < 0x20 ? -1 : 1 }
    _ = localeReady
    return Int(wcwidth(wchar_t(bitPattern: scalar.value)))
  }

  private static let localeReady: Bool = {
    if skranke_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    return true
  }()
}
