/// The options several commands take, each declared once with its usual
/// help; a command that means something narrower says so with `helping`.
extension OptionSpec {
  static let file = Said("FIL", "FILE")
  static let day = Said("DATO", "DATE")
  static let text = Said("TEKST", "TEXT")
  static let name = Said("NAVN", "NAME")

  static let db = OptionSpec(
    "--db", Said("STI", "PATH"),
    help: Said(
      "databasen (ellers $SKRANKE_DB, ellers ~/.local/share/skranke/skranke.db)",
      "the database (else $SKRANKE_DB, else ~/.local/share/skranke/skranke.db)"))
  static let noBackup = OptionSpec(
    "--no-backup",
    help: Said(
      "tag ikke dagens automatiske sikkerhedskopi før ændringen",
      "do not take the day's automatic backup before the change"))
  static let out = OptionSpec(
    "--out", file,
    help: Said("skriv til FIL i stedet for standard ud", "write to FILE instead of standard output")
  )
  static let excel = OptionSpec(
    "--excel",
    help: Said(
      "CSV som dansk Excel åbner ved dobbeltklik (BOM, semikolon)",
      "CSV that Danish Excel opens by double-click (BOM, semicolons)"))
  static let json = OptionSpec("--json", help: Said("som JSON", "as JSON"))
  static let yes = OptionSpec(
    "--yes", help: Said("spørg ikke først (til scripts)", "do not ask first (for scripts)"))
  static let from = OptionSpec(
    "--from", day, help: Said("fra og med DATO", "from DATE on"))
  static let to = OptionSpec("--to", day, help: Said("til og med DATO", "up to and including DATE"))
  static let year = OptionSpec(
    "--year", Said("ÅÅÅÅ", "YYYY"),
    help: Said("året (2000-2100; standard i år)", "the year (2000-2100; default this year)"))
  static let months = OptionSpec(
    "--months", Said("N", "N"),
    help: Said(
      "måneder uden aktivitet (1-600, standard 24)", "months with no activity (1-600, default 24)"))
  static let staff = OptionSpec(
    "--staff", Said("INITIALER", "INITIALS"),
    help: Said(
      "medarbejderen, der gør det (ellers $SKRANKE_STAFF)",
      "the colleague who does it (else $SKRANKE_STAFF)"))

  /// Reading a database, and writing one (with the day's backup first).
  /// A command that only reads takes `--no-backup` too, as a no-op, so a
  /// script may pass it to every command that opens the file.
  static let reading: [OptionSpec] = [
    .db,
    noBackup.helping(
      "(læser kun: tager aldrig en sikkerhedskopi)", "(only reads: never takes a backup)"),
  ]
  static let writing: [OptionSpec] = [.db, .noBackup]
  /// Writing without the day's backup first: an erasure (the backup would
  /// keep the person for weeks), a restore (it keeps the old file itself),
  /// a setting.
  static let unbackedWrite: [OptionSpec] = [
    .db,
    noBackup.helping(
      "(tager aldrig dagens sikkerhedskopi først)", "(never takes the day's backup first)"),
  ]
}
