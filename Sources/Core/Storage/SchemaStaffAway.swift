extension Schema {
  /// Migration 24: a colleague can be marked away until a date (holiday,
  /// illness): handing over to them or choosing them warns, and I dag
  /// says who is away. Nothing is changed on the day they are back.
  static let v24 = """
    ALTER TABLE staff ADD COLUMN away_until TEXT;
    """
}
