-- schema change: minor (older builds can still use the vault)
-- Settings that belong to the person and are kept encrypted with everything else.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL  -- JSON
) STRICT;
