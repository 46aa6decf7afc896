import Core

/// `skranke association delete NAME [--yes]` and `skranke association
/// merge NAME --into NAME [--yes]`: the register's mistakes, for scripts
/// and the person who keeps it. Each says what it will do and asks.
enum AssociationCommand {
  static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let usage = CLIError.usage(
      "brug: skranke association delete NAVN [--yes] | merge NAVN --into NAVN [--yes]",
      "usage: skranke association delete NAME [--yes] | merge NAME --into NAME [--yes]")
    guard args.words.count == 3 else { throw usage }
    let stores = try SkrankeCLI.openStores(args, env: env, writes: true)
    let cleanup = stores.cleanup
    let (id, name) = try BookCommands.association(named: args.words[2], stores)
    switch args.words[1] {
    case "delete":
      let refs = try cleanup.references(id)
      guard refs.isEmpty else { throw AssociationCleanup.Problem.inUse(refs) }
      guard ask(args, lang, lang.pick("Slet \(name)?", "Delete \(name)?")) else { return 1 }
      _ = try cleanup.delete(id)
      Output.out(lang.pick("Slettet: \(name)\n", "Deleted: \(name)\n"))
    case "merge":
      guard let into = args.option("--into") else { throw usage }
      let (keptID, kept) = try BookCommands.association(named: into, stores)
      guard keptID != id else { throw AssociationCleanup.Problem.sameAssociation }
      let refs = try cleanup.references(id)
      let what = refs.isEmpty ? "" : lang.pick(" og ", " and ") + refs.text(lang)
      guard
        ask(
          args, lang,
          lang.pick(
            "Flet \(name) ind i \(kept)? Aktiviteterne\(what) flyttes, og \(name) slettes.",
            "Merge \(name) into \(kept)? Its activities\(what) move, and \(name) is deleted."))
      else { return 1 }
      let moved = try cleanup.merge(id, into: keptID)
      Output.out(
        lang.pick("Flettet ind i \(kept): ", "Merged into \(kept): ")
          + (moved.isEmpty ? lang.pick("aktiviteterne", "the activities") : moved.text(lang))
          + "\n")
    default: throw usage
    }
    return 0
  }

  /// The question on standard output, then "Type yes" (or --yes).
  static func ask(_ args: Arguments, _ lang: Language, _ question: String) -> Bool {
    Output.out(question + "\n")
    return YesPrompt.answer(
      args, lang, prompt: ("Skriv ja: ", "Type yes: "),
      refused: ("Intet er ændret.", "Nothing was changed."))
  }
}
