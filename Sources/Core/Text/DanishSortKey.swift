/// A sort key that orders text the Danish way under SQLite's plain binary
/// comparison: … x y z æ ø å, with "aa" at the start of a word sorting as å
/// (Aalborg next to Ålborg, after Øster). Stored in a column with an index,
/// so lists sort correctly in SQL without a custom collation (which the
/// `sqlite3` shell would not know).
///
/// æ, ø, å map to `{`, `|`, `}`, the three ASCII characters after `z`;
/// ü sorts as y, ä as æ, ö as ø (the Danish dictionary rule), other accents
/// are dropped, and punctuation becomes a space.
public enum DanishSortKey {
  public static func make(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var atWordStart = true
    let scalars = Array(text.lowercased().unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if atWordStart && scalar == "a" && index < scalars.count && scalars[index] == "a" {
        out.append("}")
        index += 1
        atWordStart = false
        continue
      }
      if DanishFolding.isCombiningMark(scalar) {
        // a + ring, a/o + diaeresis, u + diaeresis typed apart (NFD).
        let replacement: Unicode.Scalar?
        switch (out.last, scalar.value) {
        case ("a", 0x30A): replacement = "}"
        case ("a", 0x308): replacement = "{"
        case ("o", 0x308): replacement = "|"
        case ("u", 0x308): replacement = "y"
        default: replacement = nil
        }
        if let replacement {
          out.removeLast()
          out.append(replacement)
        }
        continue
      }
      let mapped: String
      switch scalar {
      case "æ", "ä": mapped = "{"
      case "ø", "ö": mapped = "|"
      case "å": mapped = "}"
      case "ü": mapped = "y"
      default:
        if scalar.value < 0x80 {
          let isAlnum = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          mapped = isAlnum ? String(scalar) : " "
        } else {
          let latin = DanishFolding.map(scalar)
          mapped = latin.isEmpty ? String(scalar) : latin
        }
      }
      for unit in mapped.unicodeScalars {
        if unit == " " {
          if let last = out.last, last != " " { out.append(" ") }
          atWordStart = true
        } else {
          out.append(unit)
          atWordStart = false
        }
      }
    }
    while out.last == " " { out.removeLast() }
    return String(out)
  }
}
