extension Schema {
  /// Migration 23: an inquiry closed by a colleague says whose it was in
  /// its closing line's `field` (`for:KM`), and I dag reads the owner's
  /// through this index (a handful of rows, never the whole timeline).
  static let v23 = """
    CREATE INDEX inquiry_events_closed_for ON inquiry_events(field, id)
      WHERE kind = 'closed' AND field IS NOT NULL;
    """
}
