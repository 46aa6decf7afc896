extension Schema {
  /// Part of version 20: the day each association was created, deactivated
  /// or reactivated, for the annual report's new and deactivated
  /// associations and those active at the year's end. Written by triggers,
  /// so every path (the forms, an import, the list's `d`) leaves its date;
  /// days are the machine's local calendar (Copenhagen at a Danish desk).
  /// Associations from before it have no `created` entry, and those of the
  /// import that set the register up are `registered`: both count as
  /// having been there all along.
  static let associationLog = """
    CREATE TABLE association_log(
      id INTEGER PRIMARY KEY,
      association_id INTEGER NOT NULL,
      day TEXT NOT NULL,
      change TEXT NOT NULL
        CHECK (change IN ('created', 'registered', 'deactivated', 'reactivated')));
    CREATE INDEX association_log_by_association ON association_log(association_id, day, id);
    CREATE TRIGGER associations_log_created AFTER INSERT ON associations BEGIN
      INSERT INTO association_log(association_id, day, change)
      VALUES (NEW.id, date('now', 'localtime'), 'created');
      INSERT INTO association_log(association_id, day, change)
      SELECT NEW.id, date('now', 'localtime'), 'deactivated' WHERE NEW.active = 0;
    END;
    CREATE TRIGGER associations_log_active AFTER UPDATE OF active ON associations
      WHEN OLD.active <> NEW.active BEGIN
      INSERT INTO association_log(association_id, day, change)
      VALUES (NEW.id, date('now', 'localtime'),
        CASE NEW.active WHEN 1 THEN 'reactivated' ELSE 'deactivated' END);
    END;
    """
}
