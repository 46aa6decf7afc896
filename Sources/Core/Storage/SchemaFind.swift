extension Schema {
  /// Version 9: Find (Ctrl-F) reaches inquiries and citizens from a few
  /// letters or a phone number. Each gets two FTS5 indexes over text it
  /// already stores (external content: no second copy), as F1's search
  /// has: word prefixes for words of one or two letters, trigrams for
  /// longer ones. Triggers keep them in step with every write.
  ///
  /// An inquiry's folded search text also carries the contact's digits
  /// without spaces, so `98 90 12 34` and `98901234` find each other.
  static let v9 = """
    UPDATE inquiries SET search_text = search_text || ' ' ||
      replace(replace(replace(replace(replace(replace(asker_contact,
        ' ', ''), '-', ''), '+', ''), '.', ''), '(', ''), ')', '')
    WHERE asker_contact GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9]*' AND asker_contact NOT LIKE '%@%';
    CREATE VIRTUAL TABLE inquiry_find_words USING fts5(search_text,
      content = 'inquiries', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');
    CREATE VIRTUAL TABLE inquiry_find_trigrams USING fts5(search_text,
      content = 'inquiries', content_rowid = 'id', tokenize = 'trigram');
    INSERT INTO inquiry_find_words(inquiry_find_words) VALUES ('rebuild');
    INSERT INTO inquiry_find_trigrams(inquiry_find_trigrams) VALUES ('rebuild');
    CREATE TRIGGER inquiries_find_inserted AFTER INSERT ON inquiries BEGIN
      INSERT INTO inquiry_find_words(rowid, search_text) VALUES (new.id, new.search_text);
      INSERT INTO inquiry_find_trigrams(rowid, search_text) VALUES (new.id, new.search_text);
    END;
    CREATE TRIGGER inquiries_find_updated AFTER UPDATE OF search_text ON inquiries BEGIN
      INSERT INTO inquiry_find_words(inquiry_find_words, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
      INSERT INTO inquiry_find_trigrams(inquiry_find_trigrams, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
      INSERT INTO inquiry_find_words(rowid, search_text) VALUES (new.id, new.search_text);
      INSERT INTO inquiry_find_trigrams(rowid, search_text) VALUES (new.id, new.search_text);
    END;
    CREATE TRIGGER inquiries_find_deleted AFTER DELETE ON inquiries BEGIN
      INSERT INTO inquiry_find_words(inquiry_find_words, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
      INSERT INTO inquiry_find_trigrams(inquiry_find_trigrams, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END;
    CREATE VIRTUAL TABLE citizen_find_words USING fts5(name_fold, phone,
      content = 'citizens', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');
    CREATE VIRTUAL TABLE citizen_find_trigrams USING fts5(name_fold, phone,
      content = 'citizens', content_rowid = 'id', tokenize = 'trigram');
    INSERT INTO citizen_find_words(citizen_find_words) VALUES ('rebuild');
    INSERT INTO citizen_find_trigrams(citizen_find_trigrams) VALUES ('rebuild');
    CREATE TRIGGER citizens_find_inserted AFTER INSERT ON citizens BEGIN
      INSERT INTO citizen_find_words(rowid, name_fold, phone) VALUES (new.id, new.name_fold, new.phone);
      INSERT INTO citizen_find_trigrams(rowid, name_fold, phone) VALUES (new.id, new.name_fold, new.phone);
    END;
    CREATE TRIGGER citizens_find_updated AFTER UPDATE OF name_fold, phone ON citizens BEGIN
      INSERT INTO citizen_find_words(citizen_find_words, rowid, name_fold, phone)
        VALUES ('delete', old.id, old.name_fold, old.phone);
      INSERT INTO citizen_find_trigrams(citizen_find_trigrams, rowid, name_fold, phone)
        VALUES ('delete', old.id, old.name_fold, old.phone);
      INSERT INTO citizen_find_words(rowid, name_fold, phone) VALUES (new.id, new.name_fold, new.phone);
      INSERT INTO citizen_find_trigrams(rowid, name_fold, phone) VALUES (new.id, new.name_fold, new.phone);
    END;
    CREATE TRIGGER citizens_find_deleted AFTER DELETE ON citizens BEGIN
      INSERT INTO citizen_find_words(citizen_find_words, rowid, name_fold, phone)
        VALUES ('delete', old.id, old.name_fold, old.phone);
      INSERT INTO citizen_find_trigrams(citizen_find_trigrams, rowid, name_fold, phone)
        VALUES ('delete', old.id, old.name_fold, old.phone);
    END;
    """
}
