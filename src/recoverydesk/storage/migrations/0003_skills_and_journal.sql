-- schema change: minor (older builds can still use the vault)
-- Every time a skill is done (or started), with ratings before and after.
CREATE TABLE skill_sessions (
    id              INTEGER PRIMARY KEY,
    exercise_id     TEXT NOT NULL,
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    completed       INTEGER NOT NULL DEFAULT 0,
    urge_before     INTEGER CHECK (urge_before BETWEEN 0 AND 5),
    urge_after      INTEGER CHECK (urge_after BETWEEN 0 AND 5),
    distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
    distress_after  INTEGER CHECK (distress_after BETWEEN 0 AND 10),
    answers         TEXT NOT NULL DEFAULT '{}'  -- JSON: {"<step index>": text or 0–10}
) STRICT;
CREATE INDEX skill_sessions_by_exercise ON skill_sessions (exercise_id, started_at);

-- Favourites and "not for me", per exercise.
CREATE TABLE skill_prefs (
    exercise_id TEXT PRIMARY KEY NOT NULL,
    favourite   INTEGER NOT NULL DEFAULT 0,
    hidden      INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Journal entries (the journal issue builds search and drafts on this table).
CREATE TABLE journal_entries (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    tags       TEXT NOT NULL DEFAULT '[]',  -- JSON list
    created_at TEXT NOT NULL,
    edited_at  TEXT NOT NULL,
    is_draft   INTEGER NOT NULL DEFAULT 0
) STRICT;
