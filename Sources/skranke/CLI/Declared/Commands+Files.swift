/// The commands that move data in and out of the file: imports, exports,
/// the report and the overview, backups, restore and settings.
extension CommandSpec {
  static let kinds = ["associations", "activities", "areas", "rooms", "funds", "rounds"]

  static let files: [CommandSpec] = [
    CommandSpec(
      path: ["import"],
      arguments: [
        ArgumentSpec(name: Said("SLAGS", "KIND"), choices: kinds),
        ArgumentSpec(name: OptionSpec.file),
      ],
      options: [
        OptionSpec(
          "--dry-run",
          help: Said(
            "sig hvad filen ville tilføje, opdatere og afvise; skriv intet",
            "say what the file would add, update and refuse; write nothing")),
        OptionSpec(
          "--add-target-groups",
          help: Said(
            "målgrupper, der ikke kan placeres, bliver centrets egne",
            "target groups that cannot be placed become the centre's own")),
      ] + OptionSpec.writing,
      summary: Said(
        "importér fra CSV, alt eller intet (områder: area, neighbours; funds og rounds: § 18-puljer og frister)",
        "import from CSV, all or nothing (areas: area, neighbours; funds and rounds: § 18 funds and deadlines)"
      ), run: SkrankeCLI.runImport),
    CommandSpec(
      path: ["export"],
      arguments: [
        ArgumentSpec(
          name: Said("SLAGS", "KIND"),
          choices: ["associations", "activities", "rooms", "funds", "rounds"])
      ],
      options: [
        .out, .excel,
        OptionSpec(
          "--stale", Said("MÅNEDER", "MONTHS"),
          help: Said(
            "kun aktive foreninger, der ikke har bekræftet i MÅNEDER (1-600), ældste først",
            "only active associations not confirmed for MONTHS (1-600), oldest first")),
      ] + OptionSpec.reading,
      summary: Said("eksportér som CSV", "export as CSV"), run: SkrankeCLI.runExport),
    CommandSpec(
      path: ["export", "inquiries"], options: [.out, .excel, .from, .to] + OptionSpec.reading,
      summary: Said(
        "henvendelser som CSV til § 18-årsrapporten", "inquiries as CSV for the § 18 annual report"),
      run: InquiryCommands.export),
    CommandSpec(
      path: ["export", "referrals"], options: [.out, .excel, .from, .to] + OptionSpec.reading,
      summary: Said("henvisninger som CSV (ingen borgere)", "referrals as CSV (no citizens)"),
      run: ReportCommand.export),
    CommandSpec(
      path: ["export", "applications"], options: [.out, .excel, .from, .to] + OptionSpec.reading,
      summary: Said("§ 18-ansøgninger som CSV", "§ 18 applications as CSV"),
      run: ReportCommand.export),
    CommandSpec(
      path: ["export", "bookings"],
      options: [
        .out, .excel, .from.helping("fra og med DATO (kun CSV)", "from DATE on (CSV only)"),
        .to.helping("til og med DATO (kun CSV)", "up to and including DATE (CSV only)"),
        OptionSpec(
          "--ics",
          help: Said(
            "som kalender (iCalendar), hele serier", "as a calendar (iCalendar), whole series")),
        OptionSpec(
          "--room", OptionSpec.name,
          help: Said("kun lokalet (med --ics)", "only the room (with --ics)")),
        OptionSpec(
          "--association", OptionSpec.name,
          help: Said("kun foreningen (med --ics)", "only the association (with --ics)")),
      ] + OptionSpec.reading,
      summary: Said("bookinger som CSV eller kalender", "bookings as CSV or a calendar"),
      run: BookCommands.export),
    CommandSpec(
      path: ["export", "events"],
      options: [
        .out, .excel,
        .from.helping("fra og med DATO (standard i dag)", "from DATE on (default today)"),
        .to.helping(
          "til og med DATO (standard et år frem)", "up to and including DATE (default a year ahead)"
        ),
        OptionSpec("--ics", help: Said("som kalender (iCalendar)", "as a calendar (iCalendar)")),
        OptionSpec(
          "--all",
          help: Said("også de interne (ikke offentlige)", "the internal ones too (not public)")),
      ] + OptionSpec.reading,
      summary: Said(
        "centrets offentlige arrangementer som CSV eller kalender (aldrig deltagerne)",
        "the centre's public events as CSV or a calendar (never the participants)"),
      run: EventCommands.export),
    CommandSpec(
      path: ["report"],
      options: [
        .year,
        OptionSpec(
          "--csv", Said("MAPPE", "FOLDER"),
          help: Said("tabellerne som CSV i MAPPE", "the tables as CSV in FOLDER")),
        OptionSpec(
          "--html", OptionSpec.file,
          help: Said("rapporten som en webside", "the report as a web page")),
        .excel.helping(
          "tabellerne (--csv) som dansk Excel åbner ved dobbeltklik",
          "the tables (--csv) as Danish Excel opens them by double-click"),
      ] + OptionSpec.reading,
      summary: Said(
        "årsopgørelsen (§ 18): henvendelser, henvisninger, lokaler, foreninger, ansøgninger, arrangementer og priser",
        "the annual report (§ 18): inquiries, referrals, rooms, associations, applications, events and prizes"
      ),
      run: ReportCommand.run),
    CommandSpec(
      path: ["report", "bookings"], options: [.from, .to] + OptionSpec.reading,
      summary: Said(
        "antal, timer og rengøring pr. forening", "count, hours and cleaning fees per association"),
      run: BookCommands.report),
    CommandSpec(
      path: ["overview"],
      options: [
        OptionSpec(
          "--out", Said("MAPPE", "FOLDER"),
          help: Said("mappen, der skrives", "the folder to write"),
          required: true),
        .year,
        OptionSpec("--title", OptionSpec.text, help: Said("sidens titel", "the page's title")),
        OptionSpec(
          "--lang", Said("da|en", "da|en"),
          help: Said("sproget (standard da)", "the language (default da)")),
        OptionSpec("--demo", help: Said("på demodata", "on demo data")),
      ] + OptionSpec.reading,
      summary: Said(
        "årsoversigten over de aktive foreninger: hjemmeside (index.html) og hæfte (hefte.html)",
        "the annual overview of the active associations: web site (index.html) and booklet (hefte.html)"
      ), run: OverviewCommand.run),
    CommandSpec(
      path: ["backup"], arguments: [ArgumentSpec(name: OptionSpec.file)],
      options: OptionSpec.reading,
      summary: Said(
        "en kontrolleret kopi af databasen, mens andre arbejder",
        "a checked copy of the database, while others work"),
      run: BackupCommands.backup),
    CommandSpec(
      path: ["restore"], arguments: [ArgumentSpec(name: OptionSpec.file)],
      options: [
        OptionSpec(
          "--erasures", Said("LOG|KOPI", "LOG|COPY"),
          help: Said(
            "sletningerne siden kopien (erasures.log eller den nyeste kopi), på en ny disk",
            "the erasures since the copy (erasures.log or the newest copy), on a new disk")),
        OptionSpec(
          "--without-erasures",
          help: Said(
            "hent kopien, selv om sletninger ikke kendes",
            "restore even though erasures are unknown")),
        .yes,
      ] + OptionSpec.unbackedWrite,
      summary: Said(
        "hent en sikkerhedskopi (kun når ingen skranke har filen åben; den gamle gemmes ved siden af)",
        "put a backup back (only when no skranke has the file open; the old one is kept beside it)"),
      run: BackupCommands.restore),
    CommandSpec(
      path: ["settings"],
      arguments: [
        ArgumentSpec(
          name: Said("INDSTILLING", "SETTING"), optional: true, choices: ["auto-backup", "start"]),
        ArgumentSpec(
          name: Said("VÆRDI", "VALUE"), optional: true,
          choices: ["on", "off", "today", "associations"]),
      ], options: OptionSpec.unbackedWrite,
      summary: Said(
        "indstillinger: auto-backup on|off, start today|associations",
        "settings: auto-backup on|off, start today|associations"),
      run: BackupCommands.settings),
  ]
}
