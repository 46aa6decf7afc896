import Core

/// `skranke target-groups [list | add NAME | hide NAME]`: the target groups
/// the centre keeps. Hiding takes a group out of the choices; it stays on
/// what already has it, and `add` with its name shows it again.
enum TargetGroupCommand {
  static func run(_ args: Arguments, env: [String: String], lang: Language) throws -> Int32 {
    let verb = args.words.dropFirst().first
    let writes = args.words.count == 3 && (verb == "add" || verb == "hide")
    let stores = try SkrankeCLI.openStores(args, env: env, writes: writes)
    let list = stores.targetGroups
    switch (verb, args.words.count) {
    case (nil, 1), ("list", 2):
      for group in try list.all() {
        let name =
          group.nameDa == group.nameEn ? group.nameDa : group.name(lang)
        Output.out(
          name + (group.active ? "" : lang.pick(" (skjult)", " (hidden)")) + "\n")
      }
    case ("add", 3):
      let (group, added) = try list.add(args.words[2])
      Output.out(
        added
          ? lang.pick("Tilføjet: ", "Added: ") + group.nameDa + "\n"
          : lang.pick(
            "Findes allerede; den tilbydes i valgene: ",
            "Already there; it is offered in the choices: ")
            + group.name(lang) + "\n")
    case ("hide", 3):
      let group = try list.hide(args.words[2])
      Output.out(
        lang.pick(
          "Skjult: \(group.name(lang)) (bliver stående, hvor den allerede bruges)\n",
          "Hidden: \(group.name(lang)) (stays where it is already used)\n"))
    default:
      throw CLIError.usage(
        "brug: skranke target-groups [list | add NAVN | hide NAVN]",
        "usage: skranke target-groups [list | add NAME | hide NAME]")
    }
    return 0
  }
}
