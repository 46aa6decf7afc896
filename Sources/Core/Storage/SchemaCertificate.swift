extension Schema {
  /// Version 7: a citizen can say "only roles without a child certificate"
  /// (kun uden børneattest). Matching then leaves out the roles that need
  /// one, as a hard condition, where before it was only a note.
  static let v7 = """
    ALTER TABLE citizens ADD COLUMN without_child_certificate INTEGER NOT NULL DEFAULT 0
      CHECK (without_child_certificate IN (0, 1));
    """
}
