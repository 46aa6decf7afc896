extension Schema {
  /// Version 18: target groups become a list the centre keeps. Today's
  /// nine stay; the centre adds its own (`skranke target-groups add`, or
  /// an import with `--add-target-groups`) and hides those it no longer
  /// offers. A hidden group stays on what already has it, and an import or
  /// export still reads and writes it (so export → import round-trips).
  static let v18 = """
    ALTER TABLE target_groups ADD COLUMN active INTEGER NOT NULL DEFAULT 1
      CHECK (active IN (0, 1));
    """
}
