/// The centre's own events (F7 Arrangementer) on the command line: for
/// scripts and tests, with `book`'s exit codes (2 invalid, 3 room taken).
extension CommandSpec {
  static let eventNumber = ArgumentSpec(name: Said("N", "N"))
  static let moment = Said("\"ÅÅÅÅ-MM-DD TT:MM\"", "\"YYYY-MM-DD HH:MM\"")
  static let whoSignedUp: [OptionSpec] = [
    OptionSpec(
      "--name", OptionSpec.name, help: Said("den tilmeldtes navn", "the name signed up")),
    OptionSpec(
      "--phone", Said("TELEFON", "PHONE"),
      help: Said("den tilmeldtes telefon", "the phone signed up")),
  ]

  static let events: [CommandSpec] = [
    CommandSpec(
      path: ["event", "add"],
      options: [
        OptionSpec("--title", OptionSpec.text, help: Said("titlen", "the title"), required: true),
        OptionSpec(
          "--kind", OptionSpec.name,
          help: Said(
            "slags: kursus, temadag, netværksmøde, dialogmøde, stormøde, fest, frivilligmarked, andet",
            "kind: course, theme day, network meeting, dialogue meeting, general meeting, party, volunteer fair, other"
          ), required: true),
        OptionSpec(
          "--room", OptionSpec.name,
          help: Said("et af centrets lokaler (bookes)", "one of the centre's rooms (booked)")),
        OptionSpec(
          "--place", OptionSpec.text,
          help: Said("eller en adresse udenfor", "or an outside address")),
        OptionSpec("--from", moment, help: Said("start", "start"), required: true),
        OptionSpec(
          "--to", moment, help: Said("slut, samme dag", "end, the same day"), required: true),
        OptionSpec(
          "--weekly-until", OptionSpec.day,
          help: Said("hver uge til og med DATO (et forløb)", "every week up to DATE (a series)")),
        OptionSpec(
          "--capacity", Said("N", "N"), help: Said("pladser (1-10000)", "seats (1-10000)"),
          required: true),
        OptionSpec(
          "--deadline", OptionSpec.day,
          help: Said("sidste tilmeldingsdag", "the last day to sign up")
        ),
        OptionSpec(
          "--price", Said("KR", "DKK"),
          help: Said(
            "pris i hele kroner (0-100000, standard 0)",
            "price in whole kroner (0-100000, default 0)")),
        OptionSpec(
          "--description", OptionSpec.text,
          help: Said(
            "beskrivelsen, som offentligheden ser den", "the description, as the public sees it")),
        OptionSpec(
          "--public",
          help: Said(
            "vises på oversigten og i kalenderen", "shown on the overview and in the calendar")),
        .staff.helping("medarbejderen, der står for det", "the colleague who runs it"),
      ] + OptionSpec.writing,
      summary: Said(
        "opret et arrangement (exit 3: lokalet optaget, 2: ugyldigt)",
        "add an event (exit 3: room taken, 2: invalid)"),
      run: EventCommands.add),
    CommandSpec(
      path: ["event", "list"], options: [.from, .to] + OptionSpec.reading,
      summary: Said(
        "arrangementerne (standard de næste 90 dage)", "the events (default the next 90 days)"),
      run: EventCommands.list),
    CommandSpec(
      path: ["event", "show"], arguments: [eventNumber], options: OptionSpec.reading,
      summary: Said(
        "et arrangement: gange, tal, deltagere, ventelisten",
        "an event: sessions, counts, participants, the waiting list"),
      run: EventCommands.show),
    CommandSpec(
      path: ["event", "signup"], arguments: [eventNumber],
      options: [
        OptionSpec("--name", OptionSpec.name, help: Said("navnet", "the name")),
        OptionSpec("--phone", Said("TELEFON", "PHONE"), help: Said("telefon", "phone")),
        OptionSpec("--email", Said("E-MAIL", "E-MAIL"), help: Said("e-mail", "e-mail")),
        OptionSpec(
          "--association", OptionSpec.name,
          help: Said(
            "foreningen, personen kommer fra (eller som tager pladserne)",
            "the association the person comes from (or that takes the seats)")),
        OptionSpec(
          "--seats", Said("K", "K"),
          help: Said("pladser (1-1000, standard 1)", "seats (1-1000, default 1)")),
        .yes.helping(
          "tilmeld også efter fristen eller to gange", "sign up after the deadline or twice too"),
        .staff,
      ] + OptionSpec.writing,
      summary: Said(
        "tilmeld (siger tilmeldt eller venteliste nr. K)",
        "sign up (says signed up or waiting list no. K)"),
      run: EventCommands.signup),
    CommandSpec(
      path: ["event", "cancel"], arguments: [eventNumber],
      options: whoSignedUp + [.staff] + OptionSpec.writing,
      summary: Said("afmeld (siger, hvem der rykker op)", "cancel a sign-up (says who moves up)"),
      run: EventCommands.cancel),
    CommandSpec(
      path: ["event", "attended"], arguments: [eventNumber],
      options: whoSignedUp + [
        OptionSpec(
          "--date", OptionSpec.day,
          help: Said(
            "gangen den dag (standard i dag, eller den eneste)",
            "the session that day (default today, or the only one)")),
        OptionSpec("--undo", help: Said("fjern krydset", "remove the tick")),
      ] + OptionSpec.writing,
      summary: Said("kryds af som mødt", "tick as come"),
      run: EventCommands.attended),
    CommandSpec(
      path: ["event", "kinds"], options: OptionSpec.reading,
      summary: Said("slags arrangementer", "kinds of event"), run: EventCommands.kinds),
    CommandSpec(
      path: ["event", "kinds", "add"], arguments: [ArgumentSpec(name: OptionSpec.name)],
      options: OptionSpec.writing, summary: Said("tilføj en slags", "add a kind"),
      run: EventCommands.kinds),
    CommandSpec(
      path: ["prize", "nominate"],
      options: [
        OptionSpec(
          "--prize", Said("frivilligpris|aarets-forening", "frivilligpris|aarets-forening"),
          help: Said("prisen", "the prize"), required: true),
        OptionSpec(
          "--year", Said("ÅÅÅÅ", "YYYY"),
          help: Said("året (2000-2100; standard i år)", "the year (2000-2100; default this year)")),
        OptionSpec(
          "--association", OptionSpec.name,
          help: Said("foreningen (Årets Forening)", "the association (association of the year)")),
        OptionSpec(
          "--person", OptionSpec.name,
          help: Said("den frivillige (frivilligprisen)", "the volunteer (the volunteer prize)")),
        OptionSpec("--by", OptionSpec.text, help: Said("hvem der indstiller", "who nominates")),
        OptionSpec("--why", OptionSpec.text, help: Said("hvorfor", "why")),
      ] + OptionSpec.writing,
      summary: Said(
        "indstil til frivilligprisen eller Årets Forening",
        "nominate for the volunteer prize or association of the year"),
      run: PrizeCommands.nominate),
    CommandSpec(
      path: ["prize", "list"], options: [.year] + OptionSpec.reading,
      summary: Said(
        "årets indstillinger, den valgte med ★", "the year's nominations, ★ the chosen"),
      run: PrizeCommands.list),
    CommandSpec(
      path: ["prize", "choose"], arguments: [eventNumber], options: OptionSpec.writing,
      summary: Said("vælg indstilling N som vinder", "choose nomination N as the winner"),
      run: PrizeCommands.choose),
  ]
}
