-- schema change: minor (older builds can still use the vault)
-- The safety plan, kept as a full copy on every save so any earlier version can come back.
CREATE TABLE safety_plan_versions (
    id       INTEGER PRIMARY KEY,
    saved_at TEXT NOT NULL,  -- ISO 8601, UTC
    content  TEXT NOT NULL   -- JSON: {"sections": {"<key>": [{"text": "...", "done": false}]}}
) STRICT;

-- People the person can reach, and which part of the plan they belong to.
CREATE TABLE contacts (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    phone    TEXT NOT NULL DEFAULT '',
    sms      TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT '',
    section  TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Crisis lines the person added, and shipped lines they chose to hide.
CREATE TABLE own_crisis_lines (
    id      INTEGER PRIMARY KEY,
    country TEXT NOT NULL,
    name    TEXT NOT NULL,
    phone   TEXT NOT NULL DEFAULT '',
    sms     TEXT NOT NULL DEFAULT '',
    hours   TEXT NOT NULL DEFAULT '',
    notes   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE hidden_crisis_lines (
    line_key TEXT PRIMARY KEY NOT NULL
) STRICT;
