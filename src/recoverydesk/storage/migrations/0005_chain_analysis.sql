-- schema change: minor (older builds can still use the vault)
-- A behaviour chain analysis, link by link (skills/chain.py), with the journal entry that
-- shows it and the skill session it came from. Times in UTC with the local offset kept.
CREATE TABLE chain_analyses (
    id               INTEGER PRIMARY KEY,
    at               TEXT NOT NULL,
    utc_offset       INTEGER NOT NULL,
    vulnerabilities  TEXT NOT NULL DEFAULT '',
    prompting_event  TEXT NOT NULL DEFAULT '',
    thoughts         TEXT NOT NULL DEFAULT '',
    feelings         TEXT NOT NULL DEFAULT '',
    sensations       TEXT NOT NULL DEFAULT '',
    behaviour        TEXT NOT NULL DEFAULT '',
    consequences     TEXT NOT NULL DEFAULT '',
    skills           TEXT NOT NULL DEFAULT '[]',  -- JSON list of exercise ids
    next_time        TEXT NOT NULL DEFAULT '',
    repair           TEXT NOT NULL DEFAULT '',
    session_id       INTEGER REFERENCES skill_sessions (id) ON DELETE SET NULL,
    journal_entry_id INTEGER REFERENCES journal_entries (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX chain_analyses_by_time ON chain_analyses (at);
