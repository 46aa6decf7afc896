import Core

/// `skranke --help`, in the user's language.
enum HelpText {
  static func text(_ lang: Language) -> String {
    lang == .danish ? danish : english
  }

  static let danish = """
    skranke — frivilligcentrets skranke i terminalen

    Brug:
      skranke [--db STI]                 åbn skranke
      skranke --demo [--keep]            åbn på en ny demodatabase (slettes igen ved afslut,
                                         medmindre --keep)
      skranke --today DATO               øvelsesdag: skranke kører, som var det DATO (fx 2027-03-25)
      skranke import associations FIL   importér foreninger fra CSV (alt eller intet)
      skranke import activities FIL     importér aktiviteter fra CSV (alt eller intet)
      skranke import areas FIL          importér områder og naboområder (area, neighbours)
      skranke import rooms FIL          importér lokaler fra CSV (alt eller intet)
      skranke import funds|rounds FIL   importér § 18-puljer og deres runder (frister)
      skranke import … --dry-run         sig hvad filen ville tilføje, opdatere og afvise; skriv intet
      skranke import … --add-target-groups
                                         målgrupper, der ikke kan placeres, bliver centrets egne
      skranke export associations|activities|rooms|funds|rounds [--out FIL]
                                         eksportér som CSV (til standard ud uden --out)
      skranke export … --excel           CSV som dansk Excel åbner ved dobbeltklik (BOM, ;)
      skranke export associations --stale MÅNEDER [--out FIL]
                                         aktive foreninger, der ikke har bekræftet deres
                                         oplysninger i MÅNEDER (1-600), ældste først
      skranke overview [--year ÅÅÅÅ] [--title TEKST] [--lang da|en] [--demo] --out MAPPE
                                         årsoversigten over de aktive foreninger: hjemmeside
                                         (index.html) og hæfte til udskrift (hefte.html)
      skranke export inquiries [--out FIL] [--from DATO] [--to DATO]
                                         henvendelser som CSV til § 18-årsrapporten
      skranke export referrals|applications [--out FIL] [--from DATO] [--to DATO]
                                         henvisninger og § 18-ansøgninger som CSV (ingen borgere)
      skranke report [--year ÅÅÅÅ] [--csv MAPPE] [--html FIL]
                                         årsopgørelsen (§ 18): henvendelser, henvisninger,
                                         lokaler, foreninger og ansøgninger
      skranke staff [list | add INITIALER NAVN | deactivate INITIALER [--to INITIALER --reason TEKST]
                    | away INITIALER --until DATO | back INITIALER]
                                         medarbejderlisten
      skranke match --citizen ID [--json] [--limit N]
                                         forslag til en borger, med begrundelser
      skranke citizen list [SØG]
      skranke citizen export|erase ID|--inquiry N|--phone P|--email E|--name NAVN
                          [--json] [--out FIL] [--yes]
      skranke citizen retention [--months N] | erase-dormant [--months N] [--yes]
                                         indsigt, sletning og borgere uden aktivitet (standard 24 mdr.)
      skranke interests [list | add ORD | hide ORD]
                                         ordlisten over interesser
      skranke target-groups [list | add NAVN | hide NAVN]
                                         centrets liste over målgrupper
      skranke rooms find HVORNÅR [--people N] [--needs ORD] [--area NAVN] [--json]
                                         ledige lokaler, rangeret som i F4 (fx "tor 17/12 kl. 19-21")
      skranke association delete NAVN | merge NAVN --into NAVN [--yes]
                                         slet en fejloprettet forening, eller flet to til én
      skranke book --room NAVN --association NAVN --from "ÅÅÅÅ-MM-DD TT:MM" --to "ÅÅÅÅ-MM-DD TT:MM"
                   [--weekly-until DATO] [--every-other-week] [--skip-conflicts] [--attendees N]
                   [--purpose TEKST] [--contact TEKST] [--past]
                                         book et lokale (exit 3: optaget, 2: ugyldigt); --past
                                         registrerer en booking bagefter; en serie afkortes ved
                                         200 datoer eller 2 år frem
      skranke export bookings [--out FIL] [--from DATO] [--to DATO]
      skranke export bookings --ics [--room NAVN | --association NAVN] [--out FIL]
      skranke report bookings [--from DATO] [--to DATO]
                                         bookinger som CSV eller kalender (iCalendar); antal,
                                         timer og rengøring pr. forening
      skranke backup FIL                 en kontrolleret kopi af databasen, mens andre arbejder
      skranke restore FIL [--erasures LOG|KOPI] [--without-erasures] [--yes]
                                         hent en sikkerhedskopi (kun når ingen skranke har filen
                                         åben; den gamle database gemmes ved siden af; sletninger
                                         siden kopien slettes igen, og på en ny disk: giv den
                                         nyeste kopi eller erasures.log med --erasures)
      skranke settings [auto-backup on|off | start today|associations]
                                         indstillinger (automatisk daglig sikkerhedskopi; om
                                         skranke åbner på I dag eller F1)
      skranke bench [--scale a|b] [--only search|inquiries|match|rooms|today|find|startup] [--json]
                                         mål søgning, lister og matchning på syntetiske data
      skranke --help | --version

    Sikkerhedskopier: den første start hver dag (og den første ændring fra kommandolinjen)
    kopierer databasen til mappen ved siden af den (skranke.db.backups/; 7 daglige og 4
    ugentlige). --no-backup springer det over. Fejldetaljer skrives i skranke.db.log.
    Exit: 0 udført, 1 fejl, 2 forkert brug, 3 optaget, 4 et andet program skriver (eller
    skranke har filen åben), 5 databasen er beskadiget, 6 disken er fuld eller fejler.

    Medarbejder: --staff INITIALER, ellers $SKRANKE_STAFF, ellers spørges der ved start.
    Databasen: --db STI, ellers $SKRANKE_DB, ellers $XDG_DATA_HOME/skranke/skranke.db
    (~/.local/share/skranke/skranke.db). Sprog: dansk når LC_ALL/LC_MESSAGES/LANG
    begynder med "da", ellers engelsk. NO_COLOR slår farver fra.
    I programmet: tryk ? for hjælp.

    """

  static let english = """
    skranke — the volunteer centre's front desk in a terminal

    Usage:
      skranke [--db PATH]                open skranke
      skranke --demo [--keep]            open on a fresh demo database (removed again on quit,
                                         unless --keep)
      skranke --today DATE               practice day: skranke runs as if it were DATE (e.g. 2027-03-25)
      skranke import associations FILE   import associations from CSV (all or nothing)
      skranke import activities FILE     import activities from CSV (all or nothing)
      skranke import areas FILE          import areas and their neighbours (area, neighbours)
      skranke import rooms FILE          import rooms from CSV (all or nothing)
      skranke import funds|rounds FILE   import § 18 funds and their rounds (deadlines)
      skranke import … --dry-run         say what the file would add, update and refuse; write nothing
      skranke import … --add-target-groups
                                         target groups that cannot be placed become the centre's own
      skranke export associations|activities|rooms|funds|rounds [--out FILE]
                                         export as CSV (to standard output without --out)
      skranke export … --excel           CSV that Danish Excel opens by double-click (BOM, ;)
      skranke export associations --stale MONTHS [--out FILE]
                                         active associations that have not confirmed their
                                         details for MONTHS (1-600), oldest first
      skranke overview [--year YYYY] [--title TEXT] [--lang da|en] [--demo] --out FOLDER
                                         the annual overview of the active associations: web
                                         site (index.html) and booklet to print (hefte.html)
      skranke export inquiries [--out FILE] [--from DATE] [--to DATE]
                                         inquiries as CSV for the § 18 annual report
      skranke export referrals|applications [--out FILE] [--from DATE] [--to DATE]
                                         referrals and § 18 applications as CSV (no citizens)
      skranke report [--year YYYY] [--csv FOLDER] [--html FILE]
                                         the annual report (§ 18): inquiries, referrals,
                                         rooms, associations and applications
      skranke staff [list | add INITIALS NAME | deactivate INITIALS [--to INITIALS --reason TEXT]
                    | away INITIALS --until DATE | back INITIALS]
                                         the staff list
      skranke match --citizen ID [--json] [--limit N]
                                         suggestions for a citizen, with reasons
      skranke citizen list [SEARCH]
      skranke citizen export|erase ID|--inquiry N|--phone P|--email E|--name NAME
                          [--json] [--out FILE] [--yes]
      skranke citizen retention [--months N] | erase-dormant [--months N] [--yes]
                                         access, erasure and citizens with no activity (default 24 months)
      skranke interests [list | add WORD | hide WORD]
                                         the interest vocabulary
      skranke target-groups [list | add NAME | hide NAME]
                                         the centre's list of target groups
      skranke rooms find WHEN [--people N] [--needs WORDS] [--area NAME] [--json]
                                         free rooms, ranked as in F4 (e.g. "thu 17/12 at 19-21")
      skranke association delete NAME | merge NAME --into NAME [--yes]
                                         delete an association made by mistake, or merge two
      skranke book --room NAME --association NAME --from "YYYY-MM-DD HH:MM" --to "YYYY-MM-DD HH:MM"
                   [--weekly-until DATE] [--every-other-week] [--skip-conflicts] [--attendees N]
                   [--purpose TEXT] [--contact TEXT] [--past]
                                         book a room (exit 3: taken, 2: invalid); --past records a
                                         booking made late; a series is cut at 200 dates or 2
                                         years ahead
      skranke export bookings [--out FILE] [--from DATE] [--to DATE]
      skranke export bookings --ics [--room NAME | --association NAME] [--out FILE]
      skranke report bookings [--from DATE] [--to DATE]
                                         bookings as CSV or a calendar (iCalendar); count, hours
                                         and cleaning fees per association
      skranke backup FILE                a checked copy of the database, while others work
      skranke restore FILE [--erasures LOG|COPY] [--without-erasures] [--yes]
                                         put a backup back (only when no skranke has the file
                                         open; the old database is kept beside it; erasures since
                                         the copy are made again, and on a new disk: give the
                                         newest copy or erasures.log with --erasures)
      skranke settings [auto-backup on|off | start today|associations]
                                         settings (the automatic daily backup; whether skranke
                                         opens on I dag or F1)
      skranke bench [--scale a|b] [--only search|inquiries|match|rooms|today|find|startup] [--json]
                                         measure search, lists and matching on synthetic data
      skranke --help | --version

    Backups: the first start each day (and the first change from the command line) copies
    the database into the folder beside it (skranke.db.backups/; 7 daily and 4 weekly).
    --no-backup skips it. Error details are written to skranke.db.log.
    Exit: 0 done, 1 failed, 2 wrong use, 3 taken, 4 another program is writing (or skranke
    has the file open), 5 the database is damaged, 6 the disk is full or failing.

    Staff: --staff INITIALS, else $SKRANKE_STAFF, else asked at start-up.
    Database: --db PATH, else $SKRANKE_DB, else $XDG_DATA_HOME/skranke/skranke.db
    (~/.local/share/skranke/skranke.db). Language: Danish when LC_ALL/LC_MESSAGES/LANG
    starts with "da", English otherwise. NO_COLOR turns colour off.
    In the program: press ? for help.

    """
}
