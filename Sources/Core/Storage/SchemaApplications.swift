extension Schema {
  /// Version 20: the applications the centre helps associations write, and
  /// what happened to each (an append-only log the association's file
  /// reads). Amounts are whole kroner. The rules a person must never break
  /// are CHECKs too, so no path can store a grant without its amount or a
  /// refusal without its date.
  ///
  /// The inquiry timeline's `kind` gains `grant`: SQLite cannot change a
  /// CHECK, so the table is rebuilt with the same rows, indexes and
  /// triggers (those of `v7`, which let an erasure blank a citizen's words).
  static let v20 = """
    CREATE TABLE grant_applications(
      id INTEGER PRIMARY KEY,
      round_id INTEGER NOT NULL REFERENCES fund_rounds(id),
      association_id INTEGER NOT NULL REFERENCES associations(id),
      inquiry_id INTEGER REFERENCES inquiries(id),
      purpose TEXT NOT NULL CHECK (purpose <> ''),
      amount_applied INTEGER NOT NULL CHECK (amount_applied BETWEEN 1 AND 100000000),
      helper_id INTEGER NOT NULL REFERENCES staff(id),
      status TEXT NOT NULL CHECK (status IN ('writing', 'sent', 'review', 'granted',
        'partly_granted', 'refused', 'reported', 'withdrawn')),
      amount_granted INTEGER CHECK (amount_granted BETWEEN 1 AND amount_applied),
      decided_on TEXT,
      report_due TEXT,
      version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      CHECK (status NOT IN ('granted', 'partly_granted', 'reported') OR amount_granted IS NOT NULL),
      CHECK (status <> 'partly_granted' OR amount_granted < amount_applied),
      CHECK (status <> 'granted' OR amount_granted = amount_applied),
      CHECK (status <> 'refused' OR decided_on IS NOT NULL));
    CREATE INDEX grant_applications_round ON grant_applications(round_id, status);
    CREATE INDEX grant_applications_association ON grant_applications(association_id, id);
    CREATE INDEX grant_applications_inquiry ON grant_applications(inquiry_id)
      WHERE inquiry_id IS NOT NULL;
    CREATE TABLE grant_events(
      id INTEGER PRIMARY KEY,
      application_id INTEGER NOT NULL REFERENCES grant_applications(id),
      at TEXT NOT NULL,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      kind TEXT NOT NULL CHECK (kind IN ('created', 'status', 'edited')),
      field TEXT,
      old_value TEXT NOT NULL DEFAULT '',
      new_value TEXT NOT NULL DEFAULT '');
    CREATE INDEX grant_events_by_application ON grant_events(application_id, id);
    CREATE TRIGGER grant_events_never_changed BEFORE UPDATE ON grant_events BEGIN
      SELECT RAISE(ABORT, 'grant entries are never changed');
    END;
    CREATE TRIGGER grant_events_never_deleted BEFORE DELETE ON grant_events BEGIN
      SELECT RAISE(ABORT, 'grant entries are never deleted');
    END;

    CREATE TABLE inquiry_events_v20(
      id INTEGER PRIMARY KEY,
      inquiry_id INTEGER NOT NULL REFERENCES inquiries(id),
      at TEXT NOT NULL,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      kind TEXT NOT NULL CHECK (kind IN ('created', 'note', 'call', 'status', 'follow_up',
        'handover', 'closed', 'reopened', 'edited', 'referral', 'grant')),
      field TEXT,
      old_value TEXT NOT NULL DEFAULT '',
      new_value TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL DEFAULT '');
    INSERT INTO inquiry_events_v20(id, inquiry_id, at, staff_id, kind, field, old_value,
      new_value, text)
    SELECT id, inquiry_id, at, staff_id, kind, field, old_value, new_value, text
    FROM inquiry_events;
    DROP TABLE inquiry_events;
    ALTER TABLE inquiry_events_v20 RENAME TO inquiry_events;
    CREATE INDEX inquiry_events_by_inquiry ON inquiry_events(inquiry_id, id);
    CREATE INDEX inquiry_events_handovers ON inquiry_events(new_value, id)
      WHERE kind = 'handover';
    CREATE TRIGGER inquiry_events_never_changed BEFORE UPDATE ON inquiry_events
      WHEN NOT EXISTS (SELECT 1 FROM erasing) BEGIN
      SELECT RAISE(ABORT, 'timeline entries are never changed');
    END;
    CREATE TRIGGER inquiry_events_never_deleted BEFORE DELETE ON inquiry_events BEGIN
      SELECT RAISE(ABORT, 'timeline entries are never deleted');
    END;
    """
}
