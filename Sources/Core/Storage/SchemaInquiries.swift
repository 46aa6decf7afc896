extension Schema {
  /// Version 3: staff, inquiries (henvendelser) and their timelines.
  ///
  /// The rules of "én indgang" are also constraints, so no code path can
  /// break them: an unclosed inquiry has an owner and a follow-up date; a
  /// closed one has an outcome; timeline entries are never changed or
  /// deleted (triggers refuse it).
  static let v3 = """
    CREATE TABLE staff(
      id INTEGER PRIMARY KEY,
      initials TEXT NOT NULL UNIQUE CHECK (initials <> '' AND initials = upper(initials)),
      name TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
    CREATE TABLE inquiry_categories(
      id INTEGER PRIMARY KEY,
      name_da TEXT NOT NULL,
      name_en TEXT NOT NULL,
      name_fold TEXT NOT NULL UNIQUE,
      sort INTEGER NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
    INSERT INTO inquiry_categories(name_da, name_en, name_fold, sort) VALUES
      ('Vil være frivillig', 'Wants to volunteer', 'vil vaere frivillig', 10),
      ('Søger et tilbud', 'Needs an offer', 'soger et tilbud', 20),
      ('Forening: rådgivning', 'Association: advice', 'forening raadgivning', 30),
      ('Forening: økonomi og fonde', 'Association: funding', 'forening okonomi og fonde', 40),
      ('Forening: lokaler', 'Association: premises', 'forening lokaler', 50),
      ('Forening: rekruttering', 'Association: recruiting', 'forening rekruttering', 60),
      ('Spørgsmål om § 18-midler', 'Question about § 18 grants', 'sporgsmaal om 18 midler', 70),
      ('Andet', 'Other', 'andet', 80);
    CREATE TABLE inquiries(
      id INTEGER PRIMARY KEY,
      received_at TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'phone', 'email', 'other')),
      asker_kind TEXT NOT NULL
        CHECK (asker_kind IN ('citizen', 'association', 'municipal', 'other')),
      asker_name TEXT NOT NULL DEFAULT '',
      asker_contact TEXT NOT NULL DEFAULT '',
      category_id INTEGER NOT NULL REFERENCES inquiry_categories(id),
      text TEXT NOT NULL DEFAULT '',
      owner_id INTEGER NOT NULL REFERENCES staff(id),
      received_by INTEGER NOT NULL REFERENCES staff(id),
      status TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'closed')),
      waiting_on TEXT CHECK (waiting_on IN ('citizen', 'association', 'municipality')),
      follow_up TEXT,
      closed_at TEXT,
      outcome TEXT CHECK (outcome IN
        ('helped', 'referred_association', 'referred_municipality', 'not_relevant', 'other')),
      handed_over_from INTEGER REFERENCES staff(id),
      version INTEGER NOT NULL DEFAULT 1,
      -- Folded name, contact and text, for searching closed inquiries.
      search_text TEXT NOT NULL DEFAULT '',
      CHECK (status = 'closed' OR follow_up IS NOT NULL),
      CHECK (status <> 'closed' OR (outcome IS NOT NULL AND closed_at IS NOT NULL)),
      CHECK ((status = 'waiting') = (waiting_on IS NOT NULL)));
    -- "Mine" and "Alle åbne" read these in order: overdue first is simply
    -- the earliest follow-up date first.
    CREATE INDEX inquiries_open_by_owner ON inquiries(owner_id, follow_up, id)
      WHERE status <> 'closed';
    CREATE INDEX inquiries_open ON inquiries(follow_up, id) WHERE status <> 'closed';
    CREATE INDEX inquiries_closed ON inquiries(closed_at, id) WHERE status = 'closed';
    CREATE INDEX inquiries_received ON inquiries(received_at);
    CREATE TABLE inquiry_events(
      id INTEGER PRIMARY KEY,
      inquiry_id INTEGER NOT NULL REFERENCES inquiries(id),
      at TEXT NOT NULL,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      kind TEXT NOT NULL CHECK (kind IN ('created', 'note', 'call', 'status', 'follow_up',
        'handover', 'closed', 'reopened', 'edited', 'referral')),
      field TEXT,
      old_value TEXT NOT NULL DEFAULT '',
      new_value TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL DEFAULT '');
    CREATE INDEX inquiry_events_by_inquiry ON inquiry_events(inquiry_id, id);
    CREATE TRIGGER inquiry_events_never_changed BEFORE UPDATE ON inquiry_events BEGIN
      SELECT RAISE(ABORT, 'timeline entries are never changed');
    END;
    CREATE TRIGGER inquiry_events_never_deleted BEFORE DELETE ON inquiry_events BEGIN
      SELECT RAISE(ABORT, 'timeline entries are never deleted');
    END;
    """
}
