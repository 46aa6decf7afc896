import Core

/// "Type yes": the command line's one question before a change that cannot
/// be taken back (an erasure, a deletion, a merge). `--yes` answers it;
/// ended input or any other answer is no, said on stderr.
enum YesPrompt {
  static func answer(
    _ args: Arguments, _ lang: Language, prompt: (String, String), refused: (String, String)
  ) -> Bool {
    if args.flag("--yes") { return true }
    Output.out(lang.pick(prompt.0, prompt.1))
    guard let line = readLine() else {
      Output.out("\n")  // the input ended: the message starts on a line of its own
      Output.error(lang.pick(refused.0, refused.1))
      return false
    }
    guard ["ja", "yes"].contains(DanishFolding.fold(line).trimmed) else {
      Output.error(lang.pick(refused.0, refused.1))
      return false
    }
    return true
  }
}
