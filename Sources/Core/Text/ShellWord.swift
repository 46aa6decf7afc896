/// A path or word written so it can be pasted into a shell as one word:
/// as it is when it holds only safe characters, else in single quotes.
public enum ShellWord {
  public static func quote(_ word: String) -> String {
    let safe = word.unicodeScalars.allSatisfy { scalar in
      scalar.value > 0x7F || "/._-+:,=@%".unicodeScalars.contains(scalar)
        || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar)
    }
    if safe && !word.isEmpty { return word }
    return "'"
      + word.split(separator: "'", omittingEmptySubsequences: false)
      .joined(separator: "'\\''") + "'"
  }
}
