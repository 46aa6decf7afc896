extension Schema {
  /// Version 10: what changed for matching, row by row, so a desk updates
  /// only those activities in its matching index instead of reading all of
  /// them again (139–325 ms at 94,000 activities) on the first keystroke
  /// after another desk saved one. A change that moves every activity's
  /// place (an association renamed or added or removed, areas, target
  /// groups) is marked `full`: desks read everything again then. Only the
  /// last 5,000 changes are kept; a desk further behind reads everything.
  static let v10 = """
    CREATE TABLE matching_changes(
      n INTEGER PRIMARY KEY,
      activity_id INTEGER,
      association_id INTEGER,
      full INTEGER NOT NULL DEFAULT 0);
    CREATE TRIGGER matching_changes_pruned AFTER INSERT ON matching_changes BEGIN
      DELETE FROM matching_changes WHERE n <= new.n - 5000;
    END;
    CREATE TRIGGER activities_insert_changes AFTER INSERT ON activities BEGIN
      INSERT INTO matching_changes(activity_id) VALUES (new.id);
    END;
    CREATE TRIGGER activities_update_changes AFTER UPDATE ON activities BEGIN
      INSERT INTO matching_changes(activity_id) VALUES (new.id);
    END;
    CREATE TRIGGER activities_delete_changes AFTER DELETE ON activities BEGIN
      INSERT INTO matching_changes(activity_id) VALUES (old.id);
    END;
    CREATE TRIGGER activity_target_groups_insert_changes AFTER INSERT ON activity_target_groups BEGIN
      INSERT INTO matching_changes(activity_id) VALUES (new.activity_id);
    END;
    CREATE TRIGGER activity_target_groups_delete_changes AFTER DELETE ON activity_target_groups BEGIN
      INSERT INTO matching_changes(activity_id) VALUES (old.activity_id);
    END;
    CREATE TRIGGER associations_update_changes AFTER UPDATE ON associations BEGIN
      INSERT INTO matching_changes(association_id, full)
        VALUES (new.id, old.sort_key IS NOT new.sort_key);
    END;
    CREATE TRIGGER associations_insert_changes AFTER INSERT ON associations BEGIN
      INSERT INTO matching_changes(full) VALUES (1);
    END;
    CREATE TRIGGER associations_delete_changes AFTER DELETE ON associations BEGIN
      INSERT INTO matching_changes(full) VALUES (1);
    END;
    \(["areas", "area_neighbours", "target_groups"].flatMap { table in
      ["INSERT", "UPDATE", "DELETE"].map { event in
        """
        CREATE TRIGGER \(table)_\(event.lowercased())_changes AFTER \(event) ON \(table) BEGIN
          INSERT INTO matching_changes(full) VALUES (1);
        END;
        """
      }
    }.joined(separator: "\n"))
    """
}
