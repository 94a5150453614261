-- The audit log: append-only and hash-chained. Each entry's hash covers the previous
-- entry's hash and every field of its own, so editing or removing an entry breaks the chain;
-- audit_head holds the newest entry's id and hash, so cutting entries off the end shows too.
-- details is TEXT, not {{json}}: PostgreSQL's JSONB would re-serialise it, and the hash is
-- taken over the exact text.

CREATE TABLE audit_log (
    id            {{id}},
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    site          TEXT,
    module        TEXT,
    from_version  TEXT,
    to_version    TEXT,
    outcome       TEXT NOT NULL,
    message       TEXT,
    details       TEXT NOT NULL,
    operation_id  INTEGER,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL,
    CHECK (outcome IN ('success', 'failure', 'info'))
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_site ON audit_log (site);

CREATE TABLE audit_head (
    singleton  INTEGER PRIMARY KEY,
    last_id    INTEGER NOT NULL,
    last_hash  TEXT NOT NULL,
    CHECK (singleton = 1)
);

INSERT INTO audit_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
