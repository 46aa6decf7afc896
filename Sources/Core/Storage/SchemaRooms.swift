extension Schema {
  /// Version 5: rooms (lokaler) and their bookings.
  ///
  /// Times are local wall-clock time in Denmark, `YYYY-MM-DD HH:MM`, so text
  /// order is time order. A booking never crosses midnight, which makes
  /// "bookings of this room that day" an exact range of the
  /// `(room_id, starts_at)` index. Overlap is checked inside the booking's
  /// `BEGIN IMMEDIATE` transaction, and the triggers below refuse it again,
  /// so no code path can store two active bookings that overlap in one room.
  static let v5 = """
    CREATE TABLE facilities(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (name <> ''),
      name_fold TEXT NOT NULL UNIQUE,
      sort_key TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
    INSERT INTO facilities(name, name_fold, sort_key) VALUES
      ('køkken', 'kokken', 'k|kken'), ('projektor', 'projektor', 'projektor'),
      ('kaffemaskine', 'kaffemaskine', 'kaffemaskine'), ('whiteboard', 'whiteboard', 'whiteboard'),
      ('højttaleranlæg', 'hojttaleranlaeg', 'h|jttaleranl{g'), ('wifi', 'wifi', 'wifi');
    CREATE TABLE rooms(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (name <> ''),
      name_fold TEXT NOT NULL UNIQUE,
      sort_key TEXT NOT NULL,
      address TEXT NOT NULL DEFAULT '',
      area_id INTEGER REFERENCES areas(id),
      capacity INTEGER NOT NULL CHECK (capacity > 0),
      accessible_toilet INTEGER NOT NULL DEFAULT 0 CHECK (accessible_toilet IN (0, 1)),
      step_free INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
      near_transport INTEGER NOT NULL DEFAULT 0 CHECK (near_transport IN (0, 1)),
      -- Whole kroner.
      cleaning_fee INTEGER NOT NULL DEFAULT 0 CHECK (cleaning_fee >= 0),
      opens TEXT NOT NULL DEFAULT '08:00',
      closes TEXT NOT NULL DEFAULT '22:00',
      notes TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      CHECK (opens < closes));
    CREATE TABLE room_facilities(
      room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
      facility_id INTEGER NOT NULL REFERENCES facilities(id),
      PRIMARY KEY (room_id, facility_id)
    ) WITHOUT ROWID;
    -- Moves on every change to rooms, so a desk keeps its list of rooms
    -- between searches and reads it again only then.
    CREATE TABLE rooms_generation(n INTEGER NOT NULL);
    INSERT INTO rooms_generation VALUES (0);
    \(generationTriggers(["rooms", "room_facilities", "facilities"], table: "rooms_generation"))
    CREATE TABLE booking_series(
      id INTEGER PRIMARY KEY,
      room_id INTEGER NOT NULL REFERENCES rooms(id),
      association_id INTEGER NOT NULL REFERENCES associations(id),
      every_weeks INTEGER NOT NULL CHECK (every_weeks IN (1, 2)),
      first_day TEXT NOT NULL,
      last_day TEXT NOT NULL,
      starts TEXT NOT NULL,
      ends TEXT NOT NULL,
      CHECK (first_day <= last_day AND starts < ends));
    CREATE TABLE bookings(
      id INTEGER PRIMARY KEY,
      room_id INTEGER NOT NULL REFERENCES rooms(id),
      association_id INTEGER NOT NULL REFERENCES associations(id),
      series_id INTEGER REFERENCES booking_series(id),
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      purpose TEXT NOT NULL DEFAULT '',
      attendees INTEGER CHECK (attendees IS NULL OR attendees > 0),
      contact TEXT NOT NULL DEFAULT '',
      -- The room's cleaning fee when booked, in whole kroner.
      fee INTEGER NOT NULL DEFAULT 0,
      -- 'skipped': a date of a series left out because it was taken; kept so
      -- the series can say which dates it does not cover.
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'skipped')),
      booked_by INTEGER REFERENCES staff(id),
      booked_at TEXT NOT NULL,
      cancelled_by INTEGER REFERENCES staff(id),
      cancelled_at TEXT,
      cancel_note TEXT NOT NULL DEFAULT '',
      CHECK (starts_at < ends_at AND substr(starts_at, 1, 10) = substr(ends_at, 1, 10)),
      CHECK (status <> 'cancelled' OR cancelled_at IS NOT NULL));
    CREATE INDEX bookings_room_time ON bookings(room_id, starts_at, ends_at)
      WHERE status = 'active';
    CREATE INDEX bookings_series ON bookings(series_id, starts_at) WHERE series_id IS NOT NULL;
    CREATE INDEX bookings_association ON bookings(association_id, starts_at);
    CREATE INDEX bookings_time ON bookings(starts_at);
    -- Which rooms are taken during a slot, for every room at once: one range
    -- of a day, read from the index alone (queries join associations after
    -- it with CROSS JOIN: left to itself the planner walks every association).
    CREATE INDEX bookings_active_time ON bookings(starts_at, ends_at, room_id, association_id)
      WHERE status = 'active';
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
