/// The schema, as an ordered list of migrations. Never edit a migration that
/// has shipped: add a new one. Later issues append theirs.
public enum Schema {
  public static let migrations: [Migration] = [
    Migration("associations, activities, target groups, areas, search index", v1),
    Migration("search index by tiers: names apart, text stored once", v2),
    Migration("staff, inquiries and their timelines", v3),
    Migration(
      "matching: citizens, referrals, interests, neighbouring areas", v4, then: seedInterests),
    Migration("rooms, facilities and bookings", v5),
    Migration("skranke's mark, settings and the erasure log", v6),
    Migration("citizens: only roles without a child certificate", v7),
    Migration("I dag: handovers seen, referrals and series due", v8),
    Migration("Find: inquiries and citizens by a few letters or a phone number", v9),
    Migration("matching: what changed, for a desk to update only that", v10),
    Migration("each colleague's open inquiries, counted as they change", v11),
    Migration("associations found by their phone number", v12, then: reindexAssociations),
    Migration("rooms in their order by an index, for I dag's bookings", v13),
    Migration("each colleague's overdue inquiries, counted per day as they change", v14),
    Migration("bookings found by their purpose", v15, then: keepBookingPurposes),
    Migration("the centre's register of the associations", v16),
    Migration("inquiries about an association", v17, then: placeAskingAssociations),
    Migration("target groups: a list the centre keeps", v18),
    Migration("§ 18 funds and their rounds", v19),
    Migration(
      "§ 18 applications the centre helps with; associations' dated changes",
      v20 + associationLog),
    Migration("ids never handed out twice; erasures matched by a key of their own", v21),
    Migration("accents typed apart folded as their letters", v22, then: refoldMarkedText),
    Migration("inquiries closed by a colleague, found for their owner", v23),
    Migration("colleagues away until a date", v24),
    Migration("the centre's own events, their sign-ups and the yearly prize", v25),
  ]

  static let v1 = """
    CREATE TABLE areas(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_fold TEXT NOT NULL UNIQUE,
      sort_key TEXT NOT NULL
    );
    CREATE TABLE target_groups(
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name_da TEXT NOT NULL,
      name_en TEXT NOT NULL,
      sort_key TEXT NOT NULL
    );
    INSERT INTO target_groups(code, name_da, name_en, sort_key) VALUES
      ('elderly', 'Ældre og ensomhed', 'Older people and loneliness', '{ldre og ensomhed'),
      ('disability', 'Handicap', 'Disability', 'handicap'),
      ('children', 'Børn og unge', 'Children and young people', 'b|rn og unge'),
      ('homelessness', 'Hjemløshed', 'Homelessness', 'hjeml|shed'),
      ('addiction', 'Misbrug', 'Addiction', 'misbrug'),
      ('mental', 'Psykisk sårbarhed', 'Mental vulnerability', 'psykisk s}rbarhed'),
      ('integration', 'Etniske minoriteter og integration', 'Ethnic minorities and integration',
        'etniske minoriteter og integration'),
      ('health', 'Sundhed', 'Health', 'sundhed'),
      ('relatives', 'Pårørende', 'Relatives', 'p}r|rende');
    CREATE TABLE associations(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (name <> ''),
      name_fold TEXT NOT NULL UNIQUE,
      sort_key TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      area_id INTEGER REFERENCES areas(id),
      contact_person TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      -- Target group codes, '|'-separated: a copy of association_target_groups
      -- kept so a result list needs no second query per row.
      target_codes TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX associations_sort ON associations(sort_key, id);
    CREATE INDEX associations_area ON associations(area_id);
    CREATE TABLE association_target_groups(
      association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      target_group_id INTEGER NOT NULL REFERENCES target_groups(id),
      PRIMARY KEY (association_id, target_group_id)
    ) WITHOUT ROWID;
    CREATE INDEX association_target_groups_group
      ON association_target_groups(target_group_id, association_id);
    CREATE TABLE activities(
      id INTEGER PRIMARY KEY,
      association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      title TEXT NOT NULL CHECK (title <> ''),
      title_fold TEXT NOT NULL,
      sort_key TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('role', 'offer')),
      description TEXT NOT NULL DEFAULT '',
      area_id INTEGER REFERENCES areas(id),
      schedule INTEGER NOT NULL DEFAULT 0,
      age_min INTEGER,
      age_max INTEGER,
      interests TEXT NOT NULL DEFAULT '',
      accessible INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
      languages TEXT NOT NULL DEFAULT '',
      child_certificate INTEGER NOT NULL DEFAULT 0 CHECK (child_certificate IN (0, 1)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      UNIQUE (association_id, title_fold)
    );
    CREATE TABLE activity_target_groups(
      activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      target_group_id INTEGER NOT NULL REFERENCES target_groups(id),
      PRIMARY KEY (activity_id, target_group_id)
    ) WITHOUT ROWID;
    -- Search documents: one per association (rowid = association id), holding
    -- its own text and its activities', folded the Danish way by skranke
    -- before it is written. Words: prefix search for 1-2 letters. Trigrams:
    -- substrings of 3+ letters, so "hjaelp" finds "lektiehjaelp".
    CREATE VIRTUAL TABLE search_words USING fts5(
      name, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');
    CREATE VIRTUAL TABLE search_trigrams USING fts5(name, body, tokenize = 'trigram');
    """
}
