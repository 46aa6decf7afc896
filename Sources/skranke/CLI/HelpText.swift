import Core

/// What `skranke --help` says below the commands: backups, exit codes,
/// who and which file, in the user's language.
enum HelpText {
  static func trailer(_ lang: Language) -> String {
    lang == .danish ? danish : english
  }

  static let danish = """
    Kommandoer, der bruger databasen, tager --db STI; de, der ændrer noget, også --no-backup.
    skranke help KOMMANDO viser en kommandos tilvalg.

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
    Commands that use the database take --db PATH; those that change something also --no-backup.
    skranke help COMMAND shows a command's options.

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
