-- schema change: minor (older builds can still use the vault)
-- Search, tags and drafts that answer without reading the whole journal (issue 12), and
-- search that finds Greek without accents, "strasse" for "Straße" and CJK words inside
-- longer text (storage/search_text.py folds the text; search_fold is registered on every
-- connection). Everything this changes is rebuilt here from journal_entries.

DROP TRIGGER journal_fts_insert;
DROP TRIGGER journal_fts_delete;
DROP TRIGGER journal_fts_update;
DROP TABLE journal_fts;

-- Contentless: the index holds the folded words only, never the text a second time.
-- prefix = '2 3': the first letters typed are answered from a small index of their own.
-- Its rowid is the entry's date key, counting down: (4102444800 - unixepoch(created_at)) *
-- 10000000 + 9999999 - id (4102444800 is 2100-01-01). The index's own order (ascending,
-- its quick direction) is then newest first by date, the newer id first within a second, so
-- a backdated entry sorts by its date, and a date range is a rowid range, without reading
-- the entries; the entry id is 9999999 - rowid % 10000000.
CREATE VIRTUAL TABLE journal_fts USING fts5 (
    title, body, tags, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO journal_fts (rowid, title, body, tags)
    SELECT (4102444800 - unixepoch(created_at)) * 10000000 + 9999999 - id,
           search_fold(title), search_fold(body), search_fold(tags)
    FROM journal_entries;

-- Each tag with the number of entries that carry it: the tag list without a scan.
CREATE TABLE journal_tag_counts (
    tag  TEXT PRIMARY KEY NOT NULL,
    uses INTEGER NOT NULL CHECK (uses > 0)
) STRICT, WITHOUT ROWID;
INSERT INTO journal_tag_counts (tag, uses)
    SELECT value, count(*) FROM journal_entries, json_each(journal_entries.tags)
    GROUP BY value;

CREATE TRIGGER journal_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, title, body, tags)
    VALUES ((4102444800 - unixepoch(new.created_at)) * 10000000
            + 9999999 - new.id, search_fold(new.title),
            search_fold(new.body), search_fold(new.tags));
    INSERT INTO journal_tag_counts (tag, uses)
    SELECT value, 1 FROM json_each(new.tags) WHERE true
    ON CONFLICT (tag) DO UPDATE SET uses = uses + 1;
END;
CREATE TRIGGER journal_delete AFTER DELETE ON journal_entries BEGIN
    DELETE FROM journal_fts WHERE rowid = (4102444800 - unixepoch(old.created_at)) * 10000000
                          + 9999999 - old.id;
    DELETE FROM journal_tag_counts
    WHERE tag IN (SELECT value FROM json_each(old.tags)) AND uses = 1;
    UPDATE journal_tag_counts SET uses = uses - 1
    WHERE tag IN (SELECT value FROM json_each(old.tags));
END;
CREATE TRIGGER journal_update_text
AFTER UPDATE OF title, body, tags, created_at ON journal_entries BEGIN
    DELETE FROM journal_fts WHERE rowid = (4102444800 - unixepoch(old.created_at)) * 10000000
                          + 9999999 - old.id;
    INSERT INTO journal_fts (rowid, title, body, tags)
    VALUES ((4102444800 - unixepoch(new.created_at)) * 10000000
            + 9999999 - new.id, search_fold(new.title),
            search_fold(new.body), search_fold(new.tags));
END;
CREATE TRIGGER journal_update_tags AFTER UPDATE OF tags ON journal_entries
WHEN old.tags IS NOT new.tags BEGIN
    DELETE FROM journal_tag_counts
    WHERE tag IN (SELECT value FROM json_each(old.tags)) AND uses = 1;
    UPDATE journal_tag_counts SET uses = uses - 1
    WHERE tag IN (SELECT value FROM json_each(old.tags));
    INSERT INTO journal_tag_counts (tag, uses)
    SELECT value, 1 FROM json_each(new.tags) WHERE true
    ON CONFLICT (tag) DO UPDATE SET uses = uses + 1;
END;

-- The latest draft without a scan.
CREATE INDEX journal_drafts ON journal_entries (edited_at) WHERE is_draft = 1;
-- Newest first by date, the id breaking ties, page after page without OFFSET.
DROP INDEX journal_by_created;
CREATE INDEX journal_by_created ON journal_entries (created_at, id);
