import CSQLite
import Glibc

/// How text is drawn in a terminal, cell by cell: the rule the screen, its
/// list columns and its text fields share, after sanitising (`SafeText`).
///
/// ncurses (and tmux) give each scalar its own cell by `wcwidth`, joining
/// zero-width scalars to the cell before. So the same is done here, with
/// `wcwidth` itself, and what terminals disagree about is not sent at all:
/// zero-width joiners (an emoji family), variation selectors, skin-tone
/// modifiers and tag characters. A family is drawn as its people, side by
/// side, and nothing after it shifts.
///
/// A cell carries at most `marksPerCell` combining marks: one letter with
/// 25 million marks above it is one character to Swift, and drawing them
/// all froze a desk for half a minute. The rest are not drawn.
public enum TerminalCells {
  public static let marksPerCell = 3

  /// The cells a character is drawn as: text and columns (0: a mark with no
  /// letter before it, joined to the cell before by the caller).
  public static func cells(_ character: Character) -> [(text: String, width: Int)] {
    var out: [(text: String, width: Int)] = []
    var marks = 0
    for raw in character.unicodeScalars where !dropped(raw) {
      let scalar = SafeText.safe(raw)
      let width = columns(scalar)
      if width < 0 {
        out.append(("\u{FFFD}", 1))  // not printable here: a visible stand-in
        marks = 0
      } else if width == 0 {
        guard marks < marksPerCell else {
          if out.isEmpty { continue }
          break  // the rest of this character is marks past the cap or more
        }
        marks += 1
        if out.isEmpty {
          out.append((String(scalar), 0))
        } else {
          out[out.count - 1].text.unicodeScalars.append(scalar)
        }
      } else {
        out.append((String(scalar), width))
        marks = 0
      }
    }
    return out
  }

  /// Scalars that terminals join or widen differently: never sent.
  public static func dropped(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
      || (0xE0000...0xE007F).contains(v) || (0xE0100...0xE01EF).contains(v)
  }

  /// The terminal's own count, in a UTF-8 locale (set here if the process
  /// has none, as in render tests).
  public static func columns(_ scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x7F { return scalar.value < 0x20 ? -1 : 1 }
    _ = localeReady
    return Int(skranke_wcwidth(scalar.value))
  }

  private static let localeReady: Bool = {
    let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
    if codeset != "UTF-8" && codeset != "utf8" { setlocale(LC_CTYPE, "C.UTF-8") }
    return true
  }()

  /// At most `scalars` Unicode scalars of `text`, and at most
  /// `marksPerCell` zero-width scalars in a row: what any screen can show
  /// of a text, read without walking the rest of it (at most four times
  /// `scalars` are looked at). With `ellipsis`, a text that was cut ends
  /// in "…".
  public static func bounded(_ text: String, scalars limit: Int = 20_000, ellipsis: Bool = true)
    -> String
  {
    // Fewer bytes than the limit: fewer scalars too, and `cells` caps the
    // marks of each character it draws.
    if text.utf8.count <= limit { return text }
    var out = String.UnicodeScalarView()
    var kept = 0
    var looked = 0
    var marks = 0
    var cut = false
    for scalar in text.unicodeScalars {
      looked += 1
      if kept >= limit || looked > 4 * limit {
        cut = true
        break
      }
      if scalar.value >= 0x300 && columns(scalar) == 0 {
        marks += 1
        if marks > marksPerCell { continue }
      } else {
        marks = 0
      }
      out.append(scalar)
      kept += 1
    }
    if cut && ellipsis { out.append("…") }
    return String(out)
  }
}
