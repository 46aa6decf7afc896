extension Schema {
  /// Version 21: ids are never handed out twice, and an erasure is matched
  /// by a key no second person can share (issue 24.4).
  ///
  /// SQLite gives a new row the largest id plus one, so erasing the newest
  /// citizen freed their number for the next one, and the erasure log,
  /// matching on number and creation minute, erased that next person after
  /// a restore. `id_floors` remembers the highest id each table has handed
  /// out (and every id an erasure named); new rows take the one above it,
  /// and a trigger refuses any insert at or below it. (A table made from
  /// now on that holds people, such as sign-ups, is made AUTOINCREMENT.)
  ///
  /// Each citizen gets `erasure_key`: 128 random bits for a new one; for a
  /// citizen made before this version, `legacy:ID:CREATED`, which a copy
  /// taken before this version is given too when it is brought up to date,
  /// so an erasure logged now still finds them in an old backup. The log
  /// keeps the key; old entries get the legacy key, and can only match a
  /// person made before this version. A living citizen whose number and
  /// minute an old entry already names (the number was reused) gets a
  /// random key instead, in this file and in every copy brought up to date.
  static let v21 = """
    CREATE TABLE id_floors(name TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO id_floors(name, last)
      SELECT 'citizens', max(coalesce((SELECT max(id) FROM citizens), 0),
        coalesce((SELECT max(citizen_id) FROM erasure_log), 0));
    INSERT INTO id_floors(name, last)
      SELECT 'inquiries', coalesce((SELECT max(id) FROM inquiries), 0);
    CREATE TRIGGER citizens_id_never_reused AFTER INSERT ON citizens BEGIN
      SELECT RAISE(ABORT, 'citizens: an id is never handed out twice')
        WHERE new.id <= (SELECT last FROM id_floors WHERE name = 'citizens');
      UPDATE id_floors SET last = new.id WHERE name = 'citizens';
    END;
    CREATE TRIGGER inquiries_id_never_reused AFTER INSERT ON inquiries BEGIN
      SELECT RAISE(ABORT, 'inquiries: an id is never handed out twice')
        WHERE new.id <= (SELECT last FROM id_floors WHERE name = 'inquiries');
      UPDATE id_floors SET last = new.id WHERE name = 'inquiries';
    END;
    ALTER TABLE citizens ADD COLUMN erasure_key TEXT NOT NULL DEFAULT '';
    -- A citizen whose number and minute the log already names was made
    -- after that erasure (erasing deletes the row): the number was handed
    -- out twice, and this person must never match the old entry.
    UPDATE citizens SET erasure_key = CASE
      WHEN EXISTS (SELECT 1 FROM erasure_log e
        WHERE e.citizen_id = citizens.id AND e.created_at = citizens.created_at)
      THEN lower(hex(randomblob(16)))
      ELSE 'legacy:' || id || ':' || created_at END;
    CREATE TRIGGER citizens_erasure_key AFTER INSERT ON citizens WHEN new.erasure_key = '' BEGIN
      UPDATE citizens SET erasure_key = lower(hex(randomblob(16))) WHERE id = new.id;
    END;
    CREATE UNIQUE INDEX citizens_erasure_key ON citizens(erasure_key);
    ALTER TABLE erasure_log ADD COLUMN erasure_key TEXT NOT NULL DEFAULT '';
    UPDATE erasure_log SET erasure_key = 'legacy:' || citizen_id || ':' || created_at;
    """

  /// The id a new row of `table` takes: one above every id it has had.
  static func nextID(_ table: String) -> String {
    """
    (SELECT max(last, coalesce((SELECT max(id) FROM \(table)), 0)) + 1
      FROM id_floors WHERE name = '\(table)')
    """
  }
}
