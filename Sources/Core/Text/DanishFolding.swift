/// Danish folding for search: both the indexed text and the typed query pass
/// through the same function, so what a worker types on any keyboard finds
/// what was written.
///
/// Rules (lowercase first):
/// - æ, ä → `ae`; å → `aa` (so `aalborg`, `ålborg` and `Ålborg` meet);
/// - ø, ö → `o`, and every `oe` → `o`: a keyboard without ø gives `hjorring`
///   or `hjoerring`, and both must find Hjørring. Folding `oe` on both sides
///   means a word with a real "oe" also becomes "o" on both sides, so it is
///   still found; the cost is a rare extra hit, never a miss;
/// - other accents are dropped (`café` → `cafe`, `ü` → `u`);
/// - anything that is not a letter or digit becomes a space.
public enum DanishFolding {
  public static func fold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.reserveCapacity(text.unicodeScalars.count + 4)
    var previousWasO = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      // ASCII fast path.
      if value < 0x80 {
        var byte = UInt8(value)
        if byte >= 65 && byte <= 90 { byte += 32 }
        let isAlnum = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
        if !isAlnum {
          appendSpace(&out)
          previousWasO = false
          continue
        }
        if byte == 101 && previousWasO {  // "oe" → "o"
          previousWasO = false
          continue
        }
        out.append(Unicode.Scalar(byte))
        previousWasO = byte == 111
        continue
      }
      if isCombiningMark(scalar) {
        // A letter typed apart from its accent (NFD, as some systems
        // write): å, ä as their Danish spellings, every other accent
        // dropped as on a precomposed letter, never a break in the word.
        if let last = out.last, last == "a" && (value == 0x30A || value == 0x308) {
          out.append(value == 0x30A ? "a" : "e")
        }
        continue
      }
      let mapped = map(scalar)
      if mapped == " " {
        appendSpace(&out)
        previousWasO = false
      } else if mapped.isEmpty {
        // A letter outside Latin (Arabic, Cyrillic, ...): keep it, lowercased.
        for lower in String(scalar).lowercased().unicodeScalars { out.append(lower) }
        previousWasO = false
      } else if mapped == "e" && previousWasO {
        previousWasO = false
      } else {
        // One scalar at a time: `append(contentsOf:)` of another string's
        // scalars copied the whole text so far each time (a name of a
        // million æ took two minutes, inside the import's write lock).
        for folded in mapped.unicodeScalars { out.append(folded) }
        previousWasO = mapped == "o"
      }
    }
    // Trim the trailing space left by punctuation.
    while out.last == " " { out.removeLast() }
    return String(out)
  }

  /// A mark drawn on the letter before it (general category M): never a
  /// letter of its own, whatever Unicode calls alphabetic.
  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    if (0x300...0x36F).contains(scalar.value) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// True when folding the text again may give another result than an
  /// older skranke's: it holds a combining mark (`Schema.v22`).
  static func holdsMarks(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value >= 0x300 && isCombiningMark($0) }
  }

  private static func appendSpace(_ out: inout String.UnicodeScalarView) {
    if let last = out.last, last != " " { out.append(" ") }
  }

  /// Latin letters with accents, and Latin punctuation, in ASCII form.
  /// Empty means "not Latin: keep the letter itself".
  static func map(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "æ", "Æ", "ä", "Ä": return "ae"
    case "ø", "Ø", "ö", "Ö", "ő", "Ő", "œ", "Œ": return "o"
    case "å", "Å": return "aa"
    case "à", "á", "â", "ã", "À", "Á", "Â", "Ã", "ā", "ą": return "a"
    case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë", "ę", "ě", "ē": return "e"
    case "í", "ì", "î", "ï", "Í", "Ì", "Î", "Ï", "ı": return "i"
    case "ó", "ò", "ô", "õ", "Ó", "Ò", "Ô", "Õ": return "o"
    case "ú", "ù", "û", "ü", "Ú", "Ù", "Û", "Ü", "ů", "ű": return "u"
    case "ý", "ÿ", "Ý": return "y"
    case "ç", "Ç", "ć", "č", "Č": return "c"
    case "ñ", "Ñ", "ń", "ň": return "n"
    case "ß": return "ss"
    case "š", "Š", "ś": return "s"
    case "ž", "Ž", "ź", "ż": return "z"
    case "ł", "Ł": return "l"
    case "ð", "Ð": return "d"
    case "þ", "Þ": return "th"
    case "ř": return "r"
    default:
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return "" }
      return " "
    }
  }

  /// The words of a query, folded, in the order typed.
  public static func words(_ query: String) -> [String] {
    fold(query).split(separator: " ").map(String.init)
  }

  /// `rode-kors-hjorring`: the folded words in plain ASCII letters and
  /// digits, joined by hyphens; for a file name or a code, safe anywhere,
  /// and short: at most `maxBytes` (cut after a whole word where one fits;
  /// a file name may hold 255 bytes, and a name of 200 letters folds to more).
  public static func slug(_ text: String, maxBytes: Int = 60) -> String {
    let full = asciiWords(text)
    guard full.utf8.count > maxBytes else { return full }
    let cut = String(decoding: full.utf8.prefix(maxBytes), as: UTF8.self)
    if let hyphen = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: hyphen) >= 10 {
      return String(cut[..<hyphen])
    }
    return cut
  }

  private static func asciiWords(_ text: String) -> String {
    words(text).map { word in
      String(
        String.UnicodeScalarView(
          word.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
          }))
    }.filter { !$0.isEmpty }.joined(separator: "-")
  }
}
