/// Makes text from data safe to draw: control characters and escape
/// sequences must never reach the terminal, where they could move the cursor,
/// change colours or worse. Each is shown as a visible placeholder instead:
/// C0 controls as their Unicode "control picture" (ESC → ␛), DEL as ␡, and C1
/// controls and bidirectional overrides as �.
public enum SafeText {
  public static func sanitize(_ character: Character) -> Character {
    var needsChange = false
    for scalar in character.unicodeScalars where isUnsafe(scalar) {
      needsChange = true
      break
    }
    guard needsChange else { return character }
    var out = ""
    for scalar in character.unicodeScalars {
      out.unicodeScalars.append(isUnsafe(scalar) ? placeholder(scalar) : scalar)
    }
    return Character(out)
  }

  public static func sanitize(_ text: String) -> String {
    String(text.map(sanitize))
  }

  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  static func placeholder(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
    if v == 0x7F { return "\u{2421}" }
    return "\u{FFFD}"
  }
}
