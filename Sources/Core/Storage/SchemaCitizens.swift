extension Schema {
  /// Version 4: what matching needs. Activities tell step-free access from an
  /// accessible toilet and say how many places are open; areas know their
  /// neighbours; interests become a vocabulary; citizens (borgere) and their
  /// referrals (henvisninger) arrive, linked to inquiries.
  ///
  /// Erasing a citizen must blank personal text on timeline entries, which
  /// the version 3 triggers forbid. The triggers now stand aside only while
  /// a row in `erasing` says an erasure is running; the eraser inserts and
  /// deletes that row inside its own transaction, so no other path sees it.
  static let v4 = """
    ALTER TABLE activities RENAME COLUMN accessible TO step_free;
    ALTER TABLE activities ADD COLUMN accessible_toilet INTEGER NOT NULL DEFAULT 0
      CHECK (accessible_toilet IN (0, 1));
    UPDATE activities SET accessible_toilet = step_free;
    ALTER TABLE activities ADD COLUMN open_places INTEGER
      CHECK (open_places IS NULL OR open_places >= 0);
    -- Activities in Danish title order within each association: matching
    -- reads its tie order from this index alone.
    CREATE INDEX activities_in_order ON activities(association_id, sort_key, id);
    CREATE TABLE area_neighbours(
      area_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
      neighbour_id INTEGER NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
      PRIMARY KEY (area_id, neighbour_id),
      CHECK (area_id <> neighbour_id)
    ) WITHOUT ROWID;
    CREATE TABLE interests(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (name <> ''),
      name_fold TEXT NOT NULL UNIQUE,
      sort_key TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
    CREATE TABLE citizens(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (name <> ''),
      name_fold TEXT NOT NULL,
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      seeking TEXT NOT NULL CHECK (seeking IN ('volunteer', 'offer_self', 'offer_relative')),
      -- Interest names and target group codes, '|'-separated.
      interests TEXT NOT NULL DEFAULT '',
      target_groups TEXT NOT NULL DEFAULT '',
      -- Weekdays × morning/afternoon/evening, as Schedule's 21-bit mask.
      availability INTEGER NOT NULL DEFAULT 0,
      area_id INTEGER REFERENCES areas(id),
      reach TEXT NOT NULL DEFAULT 'near' CHECK (reach IN ('own', 'near', 'any')),
      birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
      languages TEXT NOT NULL DEFAULT '',
      needs_step_free INTEGER NOT NULL DEFAULT 0 CHECK (needs_step_free IN (0, 1)),
      needs_toilet INTEGER NOT NULL DEFAULT 0 CHECK (needs_toilet IN (0, 1)),
      note TEXT NOT NULL DEFAULT '',
      consent_on TEXT NOT NULL
        CHECK (consent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1);
    ALTER TABLE inquiries ADD COLUMN citizen_id INTEGER REFERENCES citizens(id);
    CREATE INDEX inquiries_citizen ON inquiries(citizen_id) WHERE citizen_id IS NOT NULL;
    CREATE TABLE referrals(
      id INTEGER PRIMARY KEY,
      -- NULL once the citizen is erased: the count survives, the person does not.
      citizen_id INTEGER REFERENCES citizens(id),
      activity_id INTEGER NOT NULL REFERENCES activities(id),
      inquiry_id INTEGER REFERENCES inquiries(id),
      referred_on TEXT NOT NULL,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      status TEXT NOT NULL
        CHECK (status IN ('suggested', 'contacted', 'started', 'not_started')),
      follow_up TEXT,
      updated_at TEXT NOT NULL,
      CHECK (status IN ('started', 'not_started') OR follow_up IS NOT NULL));
    CREATE INDEX referrals_citizen ON referrals(citizen_id);
    CREATE INDEX referrals_inquiry ON referrals(inquiry_id) WHERE inquiry_id IS NOT NULL;
    CREATE TABLE erasing(citizen_id INTEGER NOT NULL);
    -- Moves whenever anything matching reads changes, so a desk re-reads its
    -- matching index only then (not on every inquiry another desk logs).
    CREATE TABLE matching_generation(n INTEGER NOT NULL);
    INSERT INTO matching_generation VALUES (0);
    \(generationTriggers(["activities", "associations", "areas", "area_neighbours",
      "activity_target_groups", "target_groups"]))
    DROP TRIGGER inquiry_events_never_changed;
    DROP TRIGGER inquiry_events_never_deleted;
    CREATE TRIGGER inquiry_events_never_changed BEFORE UPDATE ON inquiry_events
      WHEN NOT EXISTS (SELECT 1 FROM erasing) BEGIN
      SELECT RAISE(ABORT, 'timeline entries are never changed');
    END;
    CREATE TRIGGER inquiry_events_never_deleted BEFORE DELETE ON inquiry_events BEGIN
      SELECT RAISE(ABORT, 'timeline entries are never deleted');
    END;
    """

  /// Triggers that move the counter in `table` on every write to `tables`.
  static func generationTriggers(_ tables: [String], table: String = "matching_generation")
    -> String
  {
    tables.flatMap { source in
      ["INSERT", "UPDATE", "DELETE"].map { event in
        """
        CREATE TRIGGER \(source)_\(event.lowercased())_\(table) AFTER \(event) ON \(source) BEGIN
          UPDATE \(table) SET n = n + 1;
        END;
        """
      }
    }.joined(separator: "\n")
  }

  /// Fills the interest vocabulary from the activities already stored.
  @Sendable static func seedInterests(_ db: Database) throws {
    let lists = try db.map("SELECT interests FROM activities WHERE interests <> ''") {
      $0.text("interests")
    }
    let vocabulary = InterestVocabulary(db: db)
    for list in lists { try vocabulary.addMissing(AssociationStore.splitList(list)) }
  }
}
