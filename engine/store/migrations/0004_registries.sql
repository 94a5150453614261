-- Module registries and the minisign public keys each one is trusted with.
--
-- registries holds what the user configured (name, url, priority, enabled) and the state of
-- the catalog last accepted from it: its serial (never allowed to go down: a lower one is a
-- rollback), the SHA-256 of its exact bytes (an equal serial with other bytes is refused),
-- the registry name it carried, when it expires, and the ETag / Last-Modified validators
-- that belong to those bytes. The last_* columns describe the most recent refresh attempt,
-- successful or not. Secret keys and credentials never live here.

CREATE TABLE registries (
    id                  {{id}},
    name                TEXT NOT NULL UNIQUE,
    url                 TEXT NOT NULL,
    priority            INTEGER NOT NULL DEFAULT 0,
    enabled             INTEGER NOT NULL DEFAULT 1,
    added_at            TEXT NOT NULL,
    serial              BIGINT,
    catalog_sha256      TEXT,
    catalog_name        TEXT,
    catalog_expires     TEXT,
    accepted_at         TEXT,
    etag                TEXT,
    last_modified       TEXT,
    last_refresh_at     TEXT,
    last_outcome        TEXT NOT NULL DEFAULT 'never',
    last_error_code     TEXT,
    last_error_message  TEXT,
    CHECK (enabled IN (0, 1)),
    CHECK (serial IS NULL OR serial >= 0),
    CHECK (last_outcome IN ('never', 'updated', 'unchanged', 'failed'))
);

-- key_id is the id as minisign prints it (16 upper-case hex digits); public_key the base64
-- line of the .pub file.
CREATE TABLE registry_keys (
    registry_id  BIGINT NOT NULL REFERENCES registries (id) ON DELETE CASCADE,
    key_id       TEXT NOT NULL,
    public_key   TEXT NOT NULL,
    comment      TEXT,
    added_at     TEXT NOT NULL,
    PRIMARY KEY (registry_id, key_id)
);
