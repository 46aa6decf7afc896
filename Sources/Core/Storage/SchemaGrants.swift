extension Schema {
  /// Version 19: the funds (puljer) associations apply to under § 18, and
  /// their rounds: the application deadline, the council's review window
  /// and the decision date. Dates are Copenhagen calendar days (ISO text).
  /// A round is one fund's deadline: the same deadline twice is one round.
  static let v19 = """
    CREATE TABLE funds(
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (name <> ''),
      name_fold TEXT NOT NULL UNIQUE,
      sort_key TEXT NOT NULL,
      grantor TEXT NOT NULL DEFAULT '',
      criteria TEXT NOT NULL DEFAULT '',
      url TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)));
    CREATE TABLE fund_rounds(
      id INTEGER PRIMARY KEY,
      fund_id INTEGER NOT NULL REFERENCES funds(id),
      deadline TEXT NOT NULL,
      review_from TEXT,
      review_until TEXT,
      decision_on TEXT,
      note TEXT NOT NULL DEFAULT '',
      UNIQUE (fund_id, deadline),
      CHECK (review_from IS NULL OR review_from >= deadline),
      CHECK (review_until IS NULL OR (review_from IS NOT NULL AND review_until >= review_from)),
      CHECK (decision_on IS NULL OR decision_on >= deadline));
    -- I dag reads the deadlines of the coming weeks.
    CREATE INDEX fund_rounds_deadline ON fund_rounds(deadline);
    """
}
