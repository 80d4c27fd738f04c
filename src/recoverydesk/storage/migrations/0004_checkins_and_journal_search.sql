-- schema change: minor (older builds can still use the vault)
-- Check-ins: "How are you right now?" Everything but the time is optional.
CREATE TABLE checkins (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,  -- ISO 8601 in UTC, so text order is time order
    utc_offset  INTEGER NOT NULL DEFAULT 0,  -- minutes: the local time it was, for days
    mood        INTEGER CHECK (mood BETWEEN 0 AND 5),
    distress    INTEGER CHECK (distress BETWEEN 0 AND 10),
    sleep_hours REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    medication  INTEGER CHECK (medication IN (0, 1)),
    note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX checkins_by_time ON checkins (at);

CREATE TABLE checkin_urges (
    checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    target     TEXT NOT NULL,
    level      INTEGER CHECK (level BETWEEN 0 AND 5),
    acted      INTEGER NOT NULL DEFAULT 0 CHECK (acted IN (0, 1)),
    PRIMARY KEY (checkin_id, target)
) STRICT;

CREATE TABLE checkin_emotions (
    checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    emotion    TEXT NOT NULL,
    level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
    PRIMARY KEY (checkin_id, emotion)
) STRICT;

CREATE TABLE checkin_skills (
    checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    skill      TEXT NOT NULL,
    PRIMARY KEY (checkin_id, skill)
) STRICT;

-- What the person added to the lists: urge targets, emotions, skills (with their module).
CREATE TABLE own_list_items (
    kind   TEXT NOT NULL CHECK (kind IN ('urge', 'emotion', 'skill')),
    name   TEXT NOT NULL,
    module TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, name)
) STRICT;

-- Full-text search over the journal, inside the encrypted file.
CREATE INDEX journal_by_created ON journal_entries (created_at);
CREATE VIRTUAL TABLE journal_fts USING fts5 (
    title, body, tags, content = 'journal_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
END;
CREATE TRIGGER journal_fts_update AFTER UPDATE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO journal_fts (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;
INSERT INTO journal_fts (journal_fts) VALUES ('rebuild');

-- Entry templates the person can edit.
CREATE TABLE journal_templates (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
) STRICT;
INSERT INTO journal_templates (name, body) VALUES
    ('What helped today', 'Something that helped today:

Something I did for myself:

Something I''d like to remember:
'),
    ('Thought record', 'Situation:

Thought:

Feeling (and how strong, 0–10):

Evidence for the thought:

Evidence against the thought:

A more balanced thought:
');
