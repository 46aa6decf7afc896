/// The desk program and the commands for the work at the desk: colleagues,
/// citizens, bookings, rooms, the register's words.
extension CommandSpec {
  static let initials = Said("INITIALER", "INITIALS")
  static let personOptions: [OptionSpec] = [
    OptionSpec(
      "--inquiry", Said("N", "N"),
      help: Said("spørgeren på henvendelse N", "the asker of inquiry N")),
    OptionSpec(
      "--phone", Said("TELEFON", "PHONE"),
      help: Said("personen med telefonnummeret", "the person with the phone number")),
    OptionSpec(
      "--email", Said("E-MAIL", "E-MAIL"),
      help: Said("personen med e-mailen", "the person with the e-mail")),
    OptionSpec(
      "--name", OptionSpec.name, help: Said("personen med navnet", "the person with the name")),
  ]
  static let citizenID = ArgumentSpec(name: Said("ID", "ID"), optional: true)

  static let desk: [CommandSpec] =
    [
      CommandSpec(
        path: [],
        options: [
          .db,
          OptionSpec(
            "--demo",
            help: Said(
              "på en ny demodatabase (slettes ved afslut)",
              "on a fresh demo database (removed on quit)")),
          OptionSpec("--keep", help: Said("behold demodatabasen", "keep the demo database")),
          OptionSpec(
            "--today", OptionSpec.day,
            help: Said(
              "øvelsesdag: kør, som var det DATO (med --demo eller --db)",
              "practice day: run as if it were DATE (with --demo or --db)")),
          .staff.helping(
            "hvem der sidder ved skranken (ellers $SKRANKE_STAFF)",
            "who is at the desk (else $SKRANKE_STAFF)"),
          .noBackup,
        ],
        summary: Said("åbn skranke", "open skranke"), run: SkrankeCLI.runUI),
      CommandSpec(
        path: ["staff"], options: OptionSpec.reading,
        summary: Said("medarbejderlisten", "the staff list"), run: InquiryCommands.staff),
      CommandSpec(
        path: ["staff", "list"], options: OptionSpec.reading,
        summary: Said("medarbejderlisten", "the staff list"), run: InquiryCommands.staff),
      CommandSpec(
        path: ["staff", "add"],
        arguments: [ArgumentSpec(name: initials), ArgumentSpec(name: OptionSpec.name)],
        options: OptionSpec.writing, summary: Said("tilføj en kollega", "add a colleague"),
        run: InquiryCommands.staff),
      CommandSpec(
        path: ["staff", "deactivate"], arguments: [ArgumentSpec(name: initials)],
        options: [
          OptionSpec(
            "--to", initials,
            help: Said(
              "hvem der overtager de åbne henvendelser", "who takes over the open inquiries")),
          OptionSpec(
            "--reason", OptionSpec.text,
            help: Said(
              "hvorfor (står i henvendelsernes forløb)", "why (written in the inquiries' timelines)"
            )),
          .staff.helping(
            "medarbejderen, der tager kollegaen af listen",
            "the colleague who takes them off the list"),
        ] + OptionSpec.writing,
        summary: Said("tag en kollega af listen", "take a colleague off the list"),
        run: InquiryCommands.staff),
      CommandSpec(
        path: ["staff", "away"], arguments: [ArgumentSpec(name: initials)],
        options: [
          OptionSpec(
            "--until", OptionSpec.day,
            help: Said("sidste dag kollegaen er væk", "the last day the colleague is away"),
            required: true)
        ] + OptionSpec.writing,
        summary: Said("en kollega er væk (ferie, syg)", "a colleague is away (holiday, ill)"),
        run: InquiryCommands.staff),
      CommandSpec(
        path: ["staff", "back"], arguments: [ArgumentSpec(name: initials)],
        options: OptionSpec.writing,
        summary: Said("en kollega er tilbage", "a colleague is back"), run: InquiryCommands.staff),
      CommandSpec(
        path: ["match"],
        options: [
          OptionSpec(
            "--citizen", Said("ID", "ID"), help: Said("borgerens nummer", "the citizen's number"),
            required: true),
          .json,
          OptionSpec(
            "--limit", Said("N", "N"),
            help: Said(
              "højst N forslag (1-500, standard 10)", "at most N suggestions (1-500, default 10)")),
        ] + OptionSpec.reading,
        summary: Said(
          "forslag til en borger, med begrundelser", "suggestions for a citizen, with reasons"),
        run: CitizenCommands.match),
      CommandSpec(
        path: ["citizen", "list"],
        arguments: [ArgumentSpec(name: Said("SØG", "SEARCH"), optional: true)],
        options: OptionSpec.reading, summary: Said("borgerne", "the citizens"),
        run: CitizenCommands.citizen),
      CommandSpec(
        path: ["citizen", "export"], arguments: [citizenID],
        options: personOptions + [.json, .out] + OptionSpec.reading,
        summary: Said(
          "indsigt: alt om en person (borger nr. ID, eller fundet ved henvendelse, telefon, e-mail, navn)",
          "access: all about a person (citizen ID, or found by inquiry, phone, e-mail, name)"),
        run: CitizenCommands.citizen),
      CommandSpec(
        path: ["citizen", "erase"], arguments: [citizenID],
        options: personOptions + [.yes, .staff] + OptionSpec.unbackedWrite,
        summary: Said(
          "slet en person helt (retten til at blive glemt)",
          "erase a person (the right to be forgotten)"),
        run: CitizenCommands.citizen),
      CommandSpec(
        path: ["citizen", "retention"], options: [.months] + OptionSpec.reading,
        summary: Said("borgere uden aktivitet", "citizens with no activity"),
        run: CitizenCommands.citizen),
      CommandSpec(
        path: ["citizen", "erase-dormant"], options: [.months, .yes] + OptionSpec.unbackedWrite,
        summary: Said("slet borgere uden aktivitet", "erase citizens with no activity"),
        run: CitizenCommands.citizen),
      CommandSpec(
        path: ["book"],
        options: [
          OptionSpec("--room", OptionSpec.name, help: Said("lokalet", "the room"), required: true),
          OptionSpec(
            "--association", OptionSpec.name, help: Said("foreningen", "the association"),
            required: true),
          OptionSpec(
            "--from", Said("\"ÅÅÅÅ-MM-DD TT:MM\"", "\"YYYY-MM-DD HH:MM\""),
            help: Said("start", "start"), required: true),
          OptionSpec(
            "--to", Said("\"ÅÅÅÅ-MM-DD TT:MM\"", "\"YYYY-MM-DD HH:MM\""),
            help: Said("slut, samme dag", "end, the same day"), required: true),
          OptionSpec(
            "--weekly-until", OptionSpec.day,
            help: Said(
              "hver uge til og med DATO (højst 200 datoer eller 2 år)",
              "every week up to DATE (at most 200 dates or 2 years)")),
          OptionSpec("--every-other-week", help: Said("hver anden uge", "every other week")),
          OptionSpec(
            "--skip-conflicts",
            help: Said(
              "book serien uden de optagne datoer", "book the series without the taken dates")),
          OptionSpec(
            "--attendees", Said("N", "N"),
            help: Said("antal deltagere (1-10000)", "number of people (1-10000)")),
          OptionSpec("--purpose", OptionSpec.text, help: Said("formålet", "the purpose")),
          OptionSpec(
            "--contact", OptionSpec.text,
            help: Said("kontakt for bookingen", "the booking's contact")),
          OptionSpec(
            "--past", help: Said("registrér en booking bagefter", "record a booking made late")),
        ] + OptionSpec.writing,
        summary: Said(
          "book et lokale (exit 3: optaget, 2: ugyldigt)", "book a room (exit 3: taken, 2: invalid)"
        ),
        run: BookCommands.book),
      CommandSpec(
        path: ["rooms", "find"], arguments: [ArgumentSpec(name: Said("HVORNÅR", "WHEN"))],
        options: [
          OptionSpec(
            "--people", Said("N", "N"),
            help: Said("antal deltagere (1-10000)", "number of people (1-10000)")),
          OptionSpec(
            "--needs", Said("ORD", "WORDS"),
            help: Said("udstyr, fx projektor,køkken", "equipment, e.g. projector,kitchen")),
          OptionSpec(
            "--area", OptionSpec.name, help: Said("helst i området", "preferably in the area")),
          .json,
        ] + OptionSpec.reading,
        summary: Said(
          "ledige lokaler, rangeret som i F4 (fx \"tor 17/12 kl. 19-21\")",
          "free rooms, ranked as in F4 (e.g. \"thu 17/12 at 19-21\")"),
        run: RoomsFindCommand.run),
      CommandSpec(
        path: ["association", "delete"], arguments: [ArgumentSpec(name: OptionSpec.name)],
        options: [.yes] + OptionSpec.writing,
        summary: Said("slet en fejloprettet forening", "delete an association made by mistake"),
        run: AssociationCommand.run),
      CommandSpec(
        path: ["association", "merge"], arguments: [ArgumentSpec(name: OptionSpec.name)],
        options: [
          OptionSpec(
            "--into", OptionSpec.name,
            help: Said("foreningen, der beholdes", "the association that is kept"), required: true),
          .yes,
        ] + OptionSpec.writing,
        summary: Said("flet to foreninger til én", "merge two associations into one"),
        run: AssociationCommand.run),
    ]
    + wordList(
      "interests", Said("ORD", "WORD"),
      Said("ordlisten over interesser", "the interest vocabulary"),
      CitizenCommands.interests)
    + wordList(
      "target-groups", OptionSpec.name,
      Said("centrets liste over målgrupper", "the centre's list of target groups"),
      TargetGroupCommand.run)
    + [
      CommandSpec(
        path: ["bench"],
        options: [
          OptionSpec(
            "--scale", Said("a|b", "a|b"),
            help: Said(
              "datamængden (b: ti gange en stor kommune)",
              "the amount of data (b: ten times a large municipality)")),
          OptionSpec(
            "--only", Said("KLASSE", "CLASS"),
            help: Said(
              "search, inquiries, match, rooms, today, events, find eller startup",
              "search, inquiries, match, rooms, today, events, find or startup")),
          .json,
        ],
        summary: Said(
          "mål søgning, lister og matchning på syntetiske data",
          "measure search, lists and matching on synthetic data"),
        run: { args, env, _ in try SkrankeCLI.runBench(args, env: env) })
    ]

  /// `NAME`, `NAME list`, `NAME add WORD`, `NAME hide WORD`.
  static func wordList(_ name: String, _ word: Said, _ summary: Said, _ run: @escaping Run)
    -> [CommandSpec]
  {
    [
      CommandSpec(path: [name], options: OptionSpec.reading, summary: summary, run: run),
      CommandSpec(path: [name, "list"], options: OptionSpec.reading, summary: summary, run: run),
      CommandSpec(
        path: [name, "add"], arguments: [ArgumentSpec(name: word)], options: OptionSpec.writing,
        summary: Said("tilføj", "add"), run: run),
      CommandSpec(
        path: [name, "hide"], arguments: [ArgumentSpec(name: word)], options: OptionSpec.writing,
        summary: Said(
          "skjul (fjernes ikke, hvor det er brugt)", "hide (not removed where it is used)"),
        run: run),
    ]
  }
}
