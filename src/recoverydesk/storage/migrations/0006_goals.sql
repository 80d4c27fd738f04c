-- schema change: minor (older builds can still use the vault)
-- SMART goals: one row per goal, its steps in order, and dated reviews.
-- Dates a person picks (target, review, step due and done) are local calendar dates
-- (YYYY-MM-DD); moments (created, state changed, review written) are UTC with the offset kept.
CREATE TABLE goals (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL DEFAULT '',
    specific         TEXT NOT NULL DEFAULT '',
    measurable       TEXT NOT NULL DEFAULT '',
    achievable       TEXT NOT NULL DEFAULT '',
    relevant         TEXT NOT NULL DEFAULT '',
    time_bound       TEXT NOT NULL DEFAULT '',
    target_date      TEXT,
    review_date      TEXT,
    state            TEXT NOT NULL DEFAULT 'active'
                     CHECK (state IN ('active', 'paused', 'achieved', 'let_go')),
    measure_kind     TEXT NOT NULL DEFAULT 'none'
                     CHECK (measure_kind IN ('none', 'manual', 'urges_not_acted',
                                             'skill_sessions', 'journal_entries', 'checkins')),
    measure_unit     TEXT NOT NULL DEFAULT '',
    measure_value    REAL NOT NULL DEFAULT 0,  -- manual measures: the number so far
    measure_target   REAL,
    measure_per      TEXT NOT NULL DEFAULT 'week' CHECK (measure_per IN ('week', 'total')),
    created_at       TEXT NOT NULL,
    utc_offset       INTEGER NOT NULL DEFAULT 0,  -- minutes, at created_at
    state_changed_at TEXT NOT NULL
) STRICT;

CREATE TABLE goal_steps (
    id       INTEGER PRIMARY KEY,
    goal_id  INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    due_date TEXT,
    done_on  TEXT
) STRICT;
CREATE INDEX goal_steps_by_goal ON goal_steps (goal_id, position);

CREATE TABLE goal_reviews (
    id             INTEGER PRIMARY KEY,
    goal_id        INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    written_at     TEXT NOT NULL,
    utc_offset     INTEGER NOT NULL DEFAULT 0,
    went_well      TEXT NOT NULL DEFAULT '',
    got_in_the_way TEXT NOT NULL DEFAULT '',
    next_step      TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT ''  -- anything else (the command line's --note)
) STRICT;
CREATE INDEX goal_reviews_by_goal ON goal_reviews (goal_id, written_at);
