/// Numbers as a keyboard types them: the ASCII digits 0–9 and nothing else.
///
/// Swift's `Character.isNumber` is true for `½ ² ١ １ Ⅻ 𝟙` and for a digit
/// followed by combining marks, and `Int(_:)` then refuses most of them:
/// code that checked the one and unwrapped the other trapped on `kl. 19½`.
/// Every parser of a typed or filed number reads its digits here, by
/// Unicode scalar, and refuses the rest in words of its own.
public enum ASCIIDigits {
  /// True for `0`…`9` alone (no mark after it, no other script's digit).
  public static func isDigit(_ character: Character) -> Bool {
    let scalars = character.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first else { return false }
    return isDigit(scalar)
  }

  public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 48 && scalar.value <= 57
  }

  /// The value of 1 to `maxDigits` ASCII digits (no sign, no space); nil
  /// for anything else. `maxDigits` above 18 is read as 18: the value
  /// always fits.
  public static func value<S: StringProtocol>(_ text: S, maxDigits: Int = 9) -> Int? {
    let limit = min(maxDigits, 18)
    var value = 0
    var count = 0
    for scalar in text.unicodeScalars {
      guard isDigit(scalar), count < limit else { return nil }
      value = value * 10 + Int(scalar.value - 48)
      count += 1
    }
    return count == 0 ? nil : value
  }

  /// True when the text is nothing but ASCII digits (and not empty).
  public static func allDigits<S: StringProtocol>(_ text: S) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy(isDigit)
  }
}
