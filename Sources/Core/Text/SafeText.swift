/// Makes text from data safe to show in a terminal: control characters and
/// escape sequences must never reach it, where they could move the cursor,
/// retitle the window, change colours or worse. Each is shown as a visible
/// placeholder instead: C0 controls as their Unicode "control picture"
/// (ESC → ␛), DEL as ␡, and C1 controls and bidirectional controls as �.
/// The TUI draws through it and the command line prints through it.
public enum SafeText {
  /// The scalar itself, or its visible placeholder when it is unsafe.
  /// (Scalar by scalar, never by Character: "\r\n" is one Character but
  /// two placeholders, which no single Character can hold.)
  public static func safe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    isUnsafe(scalar) ? placeholder(scalar) : scalar
  }

  /// For one line of a plain-text sheet (a day sheet, a confirmation):
  /// unsafe scalars shown as placeholders, and a stored line break as a
  /// space, so data can never start a line of its own.
  public static func oneLine(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : safe($0) }))
  }

  /// For lines a program prints: like `sanitize`, but the line breaks and
  /// tabs the program itself wrote stay.
  public static func lines(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      out.append(scalar == "\n" || scalar == "\t" ? scalar : safe(scalar))
    }
    return String(out)
  }

  /// C0 controls, DEL and C1 controls: what terminals act on.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
  }

  /// The marks, embeddings, overrides and isolates that reorder text around
  /// them (the "Trojan Source" characters).
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v == 0x061C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isBidiControl(scalar)
  }

  static func placeholder(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
    if v == 0x7F { return "\u{2421}" }
    return "\u{FFFD}"
  }
}
