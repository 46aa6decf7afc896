extension Schema {
  /// Version 25: the centre's own events (arrangementer): courses, theme
  /// days, network and dialogue meetings, parties, with sessions, sign-ups,
  /// a waiting list and attendance.
  ///
  /// A session in one of the centre's rooms is a booking of that room, so
  /// F4's week view, its search for a free room and the no-overlap triggers
  /// see it as they see any other. A booking was always an association's;
  /// now it is an association's or an event's, exactly one of them. SQLite
  /// cannot loosen a NOT NULL in place, so `bookings` is made anew, copied
  /// and given back its indexes and triggers (nothing refers to a booking's
  /// id from another table, so the copy keeps every id).
  ///
  /// A sign-up holds a person, so its table is AUTOINCREMENT (an id is never
  /// handed out twice: see version 21), and its order is the waiting list's
  /// order.
  static let v25 =
    """
    CREATE TABLE event_kinds(
      id INTEGER PRIMARY KEY,
      name_da TEXT NOT NULL CHECK (name_da <> ''),
      name_en TEXT NOT NULL CHECK (name_en <> ''),
      name_fold TEXT NOT NULL UNIQUE,
      sort INTEGER NOT NULL DEFAULT 100,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
    INSERT INTO event_kinds(name_da, name_en, name_fold, sort) VALUES
      ('kursus', 'course', 'kursus', 1), ('temadag', 'theme day', 'temadag', 2),
      ('netværksmøde', 'network meeting', 'netvaerksmode', 3),
      ('dialogmøde', 'dialogue meeting', 'dialogmode', 4),
      ('stormøde', 'general meeting', 'stormode', 5), ('fest', 'party', 'fest', 6),
      ('frivilligmarked', 'volunteer fair', 'frivilligmarked', 7),
      ('andet', 'other', 'andet', 99);
    CREATE TABLE events(
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL CHECK (title <> ''),
      title_fold TEXT NOT NULL,
      kind_id INTEGER NOT NULL REFERENCES event_kinds(id),
      description TEXT NOT NULL DEFAULT '',
      room_id INTEGER REFERENCES rooms(id),
      place TEXT NOT NULL DEFAULT '',
      capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
      -- The last day to sign up, YYYY-MM-DD; NULL: until it starts.
      deadline TEXT,
      -- Whole kroner.
      price INTEGER NOT NULL DEFAULT 0 CHECK (price BETWEEN 0 AND 100000),
      staff_id INTEGER REFERENCES staff(id),
      public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
      -- The first session's start, kept here so lists sort and range by it.
      starts_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by INTEGER REFERENCES staff(id),
      CHECK (room_id IS NOT NULL OR place <> ''));
    CREATE INDEX events_start ON events(starts_at);
    CREATE TABLE event_target_groups(
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      target_group_id INTEGER NOT NULL REFERENCES target_groups(id),
      PRIMARY KEY (event_id, target_group_id)) WITHOUT ROWID;
    CREATE TABLE event_sessions(
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      booking_id INTEGER UNIQUE REFERENCES bookings(id),
      CHECK (starts_at < ends_at AND substr(starts_at, 1, 10) = substr(ends_at, 1, 10)));
    CREATE INDEX event_sessions_time ON event_sessions(starts_at, event_id);
    CREATE INDEX event_sessions_event ON event_sessions(event_id, starts_at);
    CREATE TABLE event_signups(
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      -- A person's name; '' when an association takes seats as a whole.
      name TEXT NOT NULL DEFAULT '',
      name_fold TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      phone_digits TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      email_fold TEXT NOT NULL DEFAULT '',
      association_id INTEGER REFERENCES associations(id),
      seats INTEGER NOT NULL DEFAULT 1 CHECK (seats BETWEEN 1 AND 1000),
      status TEXT NOT NULL CHECK (status IN ('signed', 'waiting', 'cancelled')),
      signed_at TEXT NOT NULL,
      signed_by INTEGER REFERENCES staff(id),
      -- When a waiting sign-up got a seat.
      moved_up_at TEXT,
      cancelled_at TEXT,
      cancelled_by INTEGER REFERENCES staff(id),
      -- Set when retention blanked the person: the count stays for the
      -- report, the person is gone.
      anonymised_at TEXT,
      CHECK (name <> '' OR association_id IS NOT NULL OR anonymised_at IS NOT NULL));
    -- Covering: a list's counts read seats from the index alone.
    CREATE INDEX event_signups_event ON event_signups(event_id, status, id, seats);
    CREATE INDEX event_signups_name ON event_signups(name_fold) WHERE name_fold <> '';
    CREATE INDEX event_signups_phone ON event_signups(phone_digits) WHERE phone_digits <> '';
    CREATE INDEX event_signups_email ON event_signups(email_fold) WHERE email_fold <> '';
    CREATE INDEX event_signups_association ON event_signups(association_id)
      WHERE association_id IS NOT NULL;
    -- Find reaches a sign-up by a few letters of the name or by the
    -- phone number, as it reaches a citizen (see version 9).
    CREATE VIRTUAL TABLE signup_find_words USING fts5(name_fold, phone_digits,
      content = 'event_signups', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');
    CREATE VIRTUAL TABLE signup_find_trigrams USING fts5(name_fold, phone_digits,
      content = 'event_signups', content_rowid = 'id', tokenize = 'trigram');
    CREATE TRIGGER event_signups_find_inserted AFTER INSERT ON event_signups BEGIN
      INSERT INTO signup_find_words(rowid, name_fold, phone_digits)
        VALUES (new.id, new.name_fold, new.phone_digits);
      INSERT INTO signup_find_trigrams(rowid, name_fold, phone_digits)
        VALUES (new.id, new.name_fold, new.phone_digits);
    END;
    CREATE TRIGGER event_signups_find_updated AFTER UPDATE OF name_fold, phone_digits
      ON event_signups BEGIN
      INSERT INTO signup_find_words(signup_find_words, rowid, name_fold, phone_digits)
        VALUES ('delete', old.id, old.name_fold, old.phone_digits);
      INSERT INTO signup_find_trigrams(signup_find_trigrams, rowid, name_fold, phone_digits)
        VALUES ('delete', old.id, old.name_fold, old.phone_digits);
      INSERT INTO signup_find_words(rowid, name_fold, phone_digits)
        VALUES (new.id, new.name_fold, new.phone_digits);
      INSERT INTO signup_find_trigrams(rowid, name_fold, phone_digits)
        VALUES (new.id, new.name_fold, new.phone_digits);
    END;
    CREATE TRIGGER event_signups_find_deleted AFTER DELETE ON event_signups BEGIN
      INSERT INTO signup_find_words(signup_find_words, rowid, name_fold, phone_digits)
        VALUES ('delete', old.id, old.name_fold, old.phone_digits);
      INSERT INTO signup_find_trigrams(signup_find_trigrams, rowid, name_fold, phone_digits)
        VALUES ('delete', old.id, old.name_fold, old.phone_digits);
    END;
    CREATE TABLE event_attendance(
      session_id INTEGER NOT NULL REFERENCES event_sessions(id) ON DELETE CASCADE,
      signup_id INTEGER NOT NULL REFERENCES event_signups(id) ON DELETE CASCADE,
      PRIMARY KEY (session_id, signup_id)) WITHOUT ROWID;
    CREATE INDEX event_attendance_signup ON event_attendance(signup_id);
    CREATE TABLE prize_nominations(
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
      prize TEXT NOT NULL CHECK (prize IN ('frivilligpris', 'aarets_forening')),
      association_id INTEGER REFERENCES associations(id),
      person TEXT NOT NULL DEFAULT '',
      person_fold TEXT NOT NULL DEFAULT '',
      nominated_by TEXT NOT NULL DEFAULT '',
      reason TEXT NOT NULL DEFAULT '',
      chosen INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
      created_at TEXT NOT NULL,
      CHECK ((association_id IS NULL) <> (person = '')));
    CREATE INDEX prize_nominations_year ON prize_nominations(year, prize);
    CREATE UNIQUE INDEX prize_one_chosen ON prize_nominations(year, prize) WHERE chosen = 1;

    """ + bookingsForEvents

  /// `bookings` made anew with room for an event's sessions (see v25),
  /// after `events`: the new table refers to it, and a rename checks that.
  static let bookingsForEvents = """
    CREATE TABLE bookings_new(
      id INTEGER PRIMARY KEY,
      room_id INTEGER NOT NULL REFERENCES rooms(id),
      association_id INTEGER REFERENCES associations(id),
      series_id INTEGER REFERENCES booking_series(id),
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      purpose TEXT NOT NULL DEFAULT '',
      attendees INTEGER CHECK (attendees IS NULL OR attendees > 0),
      contact TEXT NOT NULL DEFAULT '',
      fee INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'skipped')),
      booked_by INTEGER REFERENCES staff(id),
      booked_at TEXT NOT NULL,
      cancelled_by INTEGER REFERENCES staff(id),
      cancelled_at TEXT,
      cancel_note TEXT NOT NULL DEFAULT '',
      -- The event whose session this is; then there is no association.
      event_id INTEGER REFERENCES events(id),
      CHECK (starts_at < ends_at AND substr(starts_at, 1, 10) = substr(ends_at, 1, 10)),
      CHECK (status <> 'cancelled' OR cancelled_at IS NOT NULL),
      CHECK ((association_id IS NULL) <> (event_id IS NULL)));
    INSERT INTO bookings_new(id, room_id, association_id, series_id, starts_at, ends_at, purpose,
        attendees, contact, fee, status, booked_by, booked_at, cancelled_by, cancelled_at,
        cancel_note)
      SELECT id, room_id, association_id, series_id, starts_at, ends_at, purpose, attendees,
        contact, fee, status, booked_by, booked_at, cancelled_by, cancelled_at, cancel_note
      FROM bookings;
    DROP TABLE bookings;
    ALTER TABLE bookings_new RENAME TO bookings;
    CREATE INDEX bookings_room_time ON bookings(room_id, starts_at, ends_at)
      WHERE status = 'active';
    CREATE INDEX bookings_series ON bookings(series_id, starts_at) WHERE series_id IS NOT NULL;
    CREATE INDEX bookings_association ON bookings(association_id, starts_at);
    CREATE INDEX bookings_time ON bookings(starts_at);
    CREATE INDEX bookings_active_time ON bookings(starts_at, ends_at, room_id, association_id)
      WHERE status = 'active';
    CREATE INDEX bookings_purpose ON bookings(purpose, starts_at)
      WHERE status = 'active' AND purpose <> '';
    CREATE INDEX bookings_event ON bookings(event_id) WHERE event_id IS NOT NULL;
    CREATE TRIGGER bookings_never_overlap_insert BEFORE INSERT ON bookings
      WHEN NEW.status = 'active' BEGIN
      SELECT RAISE(ABORT, 'booking overlaps another booking of the room')
      WHERE EXISTS (SELECT 1 FROM bookings b WHERE b.room_id = NEW.room_id AND b.status = 'active'
        AND b.starts_at >= substr(NEW.starts_at, 1, 10) AND b.starts_at < NEW.ends_at
        AND b.ends_at > NEW.starts_at);
    END;
    CREATE TRIGGER bookings_never_overlap_update BEFORE UPDATE ON bookings
      WHEN NEW.status = 'active' BEGIN
      SELECT RAISE(ABORT, 'booking overlaps another booking of the room')
      WHERE EXISTS (SELECT 1 FROM bookings b WHERE b.room_id = NEW.room_id AND b.status = 'active'
        AND b.id <> NEW.id AND b.starts_at >= substr(NEW.starts_at, 1, 10)
        AND b.starts_at < NEW.ends_at AND b.ends_at > NEW.starts_at);
    END;

    """
}
