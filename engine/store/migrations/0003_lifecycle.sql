-- The module lifecycle: each module's state on each site and every transition it made, the
-- journal that lets an interrupted operation be rolled back or forward, and the license
-- vendors' public keys.
--
-- site and module are names, not foreign keys, as in operations: the history outlives what
-- it talks about.

-- One row per module a site has (or is getting): the state of DESIGN.md's state machine,
-- the version the state is about, and the version an operation is moving it to.
CREATE TABLE module_states (
    site            TEXT NOT NULL,
    module          TEXT NOT NULL,
    state           TEXT NOT NULL,
    version         TEXT,
    target_version  TEXT,
    reason          TEXT,
    operation_id    BIGINT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (site, module),
    CHECK (state IN ('available', 'downloading', 'verifying', 'installing', 'installed', 'configuring',
                     'starting', 'running', 'updating', 'rolling_back', 'stopping', 'uninstalling',
                     'error', 'maintenance'))
);

-- Every transition, oldest first by id. to_state 'gone' is the end of an uninstall (the row
-- in module_states is deleted); from_state is NULL when a module found on disk was adopted.
CREATE TABLE module_state_history (
    id            {{id}},
    site          TEXT NOT NULL,
    module        TEXT NOT NULL,
    from_state    TEXT,
    to_state      TEXT NOT NULL,
    version       TEXT,
    reason        TEXT,
    operation_id  BIGINT,
    at            TEXT NOT NULL
);

CREATE INDEX module_state_history_module ON module_state_history (site, module, id);

-- The crash journal (THREATS.md 11): written, and made durable, before an operation touches
-- a site's files, and again before each further step. phase 'prepared' means an unfinished
-- operation is rolled back on recovery, 'committed' that it is rolled forward. document is
-- the journal itself as JSON text (see lifecycle/OperationJournal.h).
CREATE TABLE operation_journal (
    operation_id  BIGINT PRIMARY KEY,
    site          TEXT NOT NULL,
    phase         TEXT NOT NULL,
    document      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (phase IN ('prepared', 'committed', 'finished', 'rolled_back'))
);

CREATE INDEX operation_journal_phase ON operation_journal (phase);

-- License vendors' Ed25519 public keys (JWK). Public keys are not secrets; license keys
-- themselves never come here (they live in the keychain).
CREATE TABLE vendor_keys (
    id          {{id}},
    issuer      TEXT NOT NULL,
    key_id      TEXT,
    public_key  TEXT NOT NULL,
    jwk         TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    UNIQUE (issuer, public_key)
);
