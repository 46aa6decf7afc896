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
      skranke --demo                     åbn på en ny demodatabase (i en midlertidig mappe)
      skranke import associations FIL   importér foreninger fra CSV (alt eller intet)
      skranke import activities FIL     importér aktiviteter fra CSV (alt eller intet)
      skranke import areas FIL          importér områder og naboområder (area, neighbours)
      skranke import rooms FIL          importér lokaler fra CSV (alt eller intet)
      skranke export associations|activities|rooms [--out FIL]
                                         eksportér som CSV (til standard ud uden --out)
      skranke export inquiries [--out FIL] [--from DATO] [--to DATO]
                                         henvendelser som CSV til § 18-årsrapporten
      skranke report [--year ÅÅÅÅ]       optælling af henvendelser for et år
      skranke staff [list | add INITIALER NAVN | deactivate INITIALER]
                                         medarbejderlisten
      skranke match --citizen ID [--json] [--limit N]
                                         forslag til en borger, med begrundelser
      skranke citizen list [SØG] | export ID [--json] [--out FIL] | erase ID [--yes]
      skranke citizen retention [--months N] | erase-dormant [--months N] [--yes]
                                         indsigt, sletning og borgere uden aktivitet (standard 24 mdr.)
      skranke interests [list | add ORD | hide ORD]
                                         ordlisten over interesser
      skranke book --room NAVN --association NAVN --from "ÅÅÅÅ-MM-DD TT:MM" --to "ÅÅÅÅ-MM-DD TT:MM"
                   [--weekly-until DATO] [--every-other-week] [--skip-conflicts] [--attendees N]
                                         book et lokale (exit 3: optaget, 2: ugyldigt)
      skranke export bookings [--out FIL] [--from DATO] [--to DATO]
      skranke export bookings --ics [--room NAVN | --association NAVN] [--out FIL]
      skranke report bookings [--from DATO] [--to DATO]
                                         bookinger som CSV eller kalender (iCalendar); antal,
                                         timer og rengøring pr. forening
      skranke bench [--scale a|b] [--only search|inquiries|match|rooms|startup] [--json]
                                         mål søgning, lister og matchning på syntetiske data
      skranke --help | --version

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
      skranke --demo                     open on a fresh demo database (in a temporary folder)
      skranke import associations FILE   import associations from CSV (all or nothing)
      skranke import activities FILE     import activities from CSV (all or nothing)
      skranke import areas FILE          import areas and their neighbours (area, neighbours)
      skranke import rooms FILE          import rooms from CSV (all or nothing)
      skranke export associations|activities|rooms [--out FILE]
                                         export as CSV (to standard output without --out)
      skranke export inquiries [--out FILE] [--from DATE] [--to DATE]
                                         inquiries as CSV for the § 18 annual report
      skranke report [--year YYYY]       counts of a year's inquiries
      skranke staff [list | add INITIALS NAME | deactivate INITIALS]
                                         the staff list
      skranke match --citizen ID [--json] [--limit N]
                                         suggestions for a citizen, with reasons
      skranke citizen list [SEARCH] | export ID [--json] [--out FILE] | erase ID [--yes]
      skranke citizen retention [--months N] | erase-dormant [--months N] [--yes]
                                         access, erasure and citizens with no activity (default 24 months)
      skranke interests [list | add WORD | hide WORD]
                                         the interest vocabulary
      skranke book --room NAME --association NAME --from "YYYY-MM-DD HH:MM" --to "YYYY-MM-DD HH:MM"
                   [--weekly-until DATE] [--every-other-week] [--skip-conflicts] [--attendees N]
                                         book a room (exit 3: taken, 2: invalid)
      skranke export bookings [--out FILE] [--from DATE] [--to DATE]
      skranke export bookings --ics [--room NAME | --association NAME] [--out FILE]
      skranke report bookings [--from DATE] [--to DATE]
                                         bookings as CSV or a calendar (iCalendar); count, hours
                                         and cleaning fees per association
      skranke bench [--scale a|b] [--only search|inquiries|match|rooms|startup] [--json]
                                         measure search, lists and matching on synthetic data
      skranke --help | --version

    Staff: --staff INITIALS, else $SKRANKE_STAFF, else asked at start-up.
    Database: --db PATH, else $SKRANKE_DB, else $XDG_DATA_HOME/skranke/skranke.db
    (~/.local/share/skranke/skranke.db). Language: Danish when LC_ALL/LC_MESSAGES/LANG
    starts with "da", English otherwise. NO_COLOR turns colour off.
    In the program: press ? for help.

    """
}
