extension Schema {
  /// Version 2: the search index in a shape that answers one page fast at any
  /// size. Measured at 20,000 associations, the v1 tables (name and body in
  /// one document) made every search enumerate and sort thousands of matches.
  ///
  /// - `search_text` holds each association's folded name and folded other
  ///   text once; the four FTS5 tables index it as external content (no
  ///   second or third copy of the text) and triggers keep them in step.
  /// - Names get FTS tables of their own, so "every word in the name" is
  ///   answered from small doclists, not filtered out of the large ones.
  /// - Covering indexes: Danish order (also within an area) and the folded
  ///   name, each carrying the columns a search tests.
  static let v2 = """
    CREATE TABLE search_text(
      id INTEGER PRIMARY KEY REFERENCES associations(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      body TEXT NOT NULL);
    CREATE VIRTUAL TABLE search_name_words USING fts5(name,
      content = 'search_text', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');
    CREATE VIRTUAL TABLE search_name_trigrams USING fts5(name,
      content = 'search_text', content_rowid = 'id', tokenize = 'trigram');
    CREATE VIRTUAL TABLE search_all_words USING fts5(name, body,
      content = 'search_text', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');
    CREATE VIRTUAL TABLE search_all_trigrams USING fts5(name, body,
      content = 'search_text', content_rowid = 'id', tokenize = 'trigram');
    CREATE TRIGGER search_text_inserted AFTER INSERT ON search_text BEGIN
      INSERT INTO search_name_words(rowid, name) VALUES (new.id, new.name);
      INSERT INTO search_name_trigrams(rowid, name) VALUES (new.id, new.name);
      INSERT INTO search_all_words(rowid, name, body) VALUES (new.id, new.name, new.body);
      INSERT INTO search_all_trigrams(rowid, name, body) VALUES (new.id, new.name, new.body);
    END;
    CREATE TRIGGER search_text_deleted AFTER DELETE ON search_text BEGIN
      INSERT INTO search_name_words(search_name_words, rowid, name)
        VALUES ('delete', old.id, old.name);
      INSERT INTO search_name_trigrams(search_name_trigrams, rowid, name)
        VALUES ('delete', old.id, old.name);
      INSERT INTO search_all_words(search_all_words, rowid, name, body)
        VALUES ('delete', old.id, old.name, old.body);
      INSERT INTO search_all_trigrams(search_all_trigrams, rowid, name, body)
        VALUES ('delete', old.id, old.name, old.body);
    END;
    CREATE TRIGGER search_text_updated AFTER UPDATE ON search_text BEGIN
      INSERT INTO search_name_words(search_name_words, rowid, name)
        VALUES ('delete', old.id, old.name);
      INSERT INTO search_name_trigrams(search_name_trigrams, rowid, name)
        VALUES ('delete', old.id, old.name);
      INSERT INTO search_all_words(search_all_words, rowid, name, body)
        VALUES ('delete', old.id, old.name, old.body);
      INSERT INTO search_all_trigrams(search_all_trigrams, rowid, name, body)
        VALUES ('delete', old.id, old.name, old.body);
      INSERT INTO search_name_words(rowid, name) VALUES (new.id, new.name);
      INSERT INTO search_name_trigrams(rowid, name) VALUES (new.id, new.name);
      INSERT INTO search_all_words(rowid, name, body) VALUES (new.id, new.name, new.body);
      INSERT INTO search_all_trigrams(rowid, name, body) VALUES (new.id, new.name, new.body);
    END;
    -- v1 kept the same folded text in its own tables: carry it over.
    INSERT INTO search_text(id, name, body) SELECT rowid, name, body FROM search_trigrams;
    DROP TABLE search_words;
    DROP TABLE search_trigrams;
    -- Indexes that hold every column a search tests, so a walk or a range
    -- reads the index alone and only a page's rows from the table.
    DROP INDEX associations_sort;
    CREATE INDEX associations_sort ON associations(sort_key, id, name_fold, active, area_id);
    CREATE INDEX associations_name_sort ON associations(name_fold, sort_key, active, area_id);
    DROP INDEX associations_area;
    CREATE INDEX associations_area_sort ON associations(area_id, sort_key, id, name_fold, active);
    """
}
