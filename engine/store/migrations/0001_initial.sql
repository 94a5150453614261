-- The first schema: the site inventory, the apps directories it is scanned from, the
-- operation log and the settings.
--
-- Portable SQL for SQLite and PostgreSQL. {{id}} becomes an auto-numbered primary key and
-- {{json}} a JSON column (TEXT on SQLite, JSONB on PostgreSQL). Timestamps are UTC ISO 8601
-- text with milliseconds; optional text is NULL rather than empty.

CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    applied_at  TEXT NOT NULL
);

CREATE TABLE sites (
    id                {{id}},
    name              TEXT NOT NULL UNIQUE,
    title             TEXT,
    title_override    TEXT,
    path              TEXT NOT NULL,
    apps_dir          TEXT NOT NULL,
    port              INTEGER NOT NULL DEFAULT 0,
    port_source       TEXT NOT NULL DEFAULT 'none',
    port_key          TEXT,
    environment       TEXT,
    business_context  TEXT,
    instances         INTEGER NOT NULL DEFAULT 1,
    agent             TEXT,
    reload_command    TEXT,
    modules_dir       TEXT,
    status            TEXT NOT NULL DEFAULT 'ok',
    features          {{json}} NOT NULL,
    sources           {{json}} NOT NULL,
    problems          {{json}} NOT NULL,
    first_seen        TEXT NOT NULL,
    last_seen         TEXT NOT NULL,
    CHECK (port >= 0 AND port <= 65535),
    CHECK (port_source IN ('none', 'env', 'site_json', 'derived')),
    CHECK (status IN ('ok', 'warning', 'error', 'missing'))
);

CREATE INDEX sites_apps_dir ON sites (apps_dir);

-- position keeps the order the site declares its domains in.
CREATE TABLE site_domains (
    site_id   BIGINT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    domain    TEXT NOT NULL,
    PRIMARY KEY (site_id, position)
);

CREATE INDEX site_domains_domain ON site_domains (domain);

CREATE TABLE site_plugins (
    site_id       BIGINT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    package_name  TEXT,
    version_spec  TEXT,
    source        TEXT,
    enabled       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (site_id, position),
    CHECK (enabled IN (0, 1))
);

CREATE INDEX site_plugins_name ON site_plugins (name);

CREATE TABLE apps_dirs (
    path      TEXT PRIMARY KEY,
    added_at  TEXT NOT NULL
);

-- One row per requested change (install, upgrade, rollback, ...). site and module are names,
-- not foreign keys: the log outlives what it talks about.
CREATE TABLE operations (
    id             {{id}},
    kind           TEXT NOT NULL,
    site           TEXT,
    module         TEXT,
    from_version   TEXT,
    to_version     TEXT,
    state          TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    started_at     TEXT,
    finished_at    TEXT,
    error_code     TEXT,
    error_message  TEXT,
    requested_by   TEXT
);

CREATE INDEX operations_created_at ON operations (created_at);
CREATE INDEX operations_site ON operations (site);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT
);
