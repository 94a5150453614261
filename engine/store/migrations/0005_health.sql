-- Health: the probes the monitor runs, their samples, per-minute rollups and the transitions
-- an administrator is told about.
--
-- Samples and rollups break the store's timestamp convention on purpose: they are a time
-- series written at tens of thousands of rows a second and bucketed by arithmetic, so their
-- times are Unix milliseconds (at_ms, minute_ms) and latencies whole microseconds. Everything
-- else (state_since, events) keeps UTC ISO 8601 text.

-- One row per probe ever run, keyed by "site/name" or "site/module/name". The latest state
-- is kept here so that "since when" survives a restart and `health history` needs no monitor.
-- A probe the configuration no longer declares stays (its samples are history) with
-- active = 0, and no longer counts towards its site's current state.
CREATE TABLE health_probes (
    id             {{id}},
    probe_key      TEXT NOT NULL UNIQUE,
    site           TEXT NOT NULL,
    module         TEXT,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    method         TEXT NOT NULL,
    target         TEXT,
    state          TEXT NOT NULL DEFAULT 'unknown',
    state_since    TEXT,
    last_checked   TEXT,
    last_error     TEXT,
    last_error_at  TEXT,
    active         INTEGER NOT NULL DEFAULT 1,
    CHECK (active IN (0, 1)),
    CHECK (kind IN ('startup', 'readiness', 'liveness')),
    CHECK (method IN ('http', 'tcp', 'command')),
    CHECK (state IN ('unknown', 'passing', 'failing'))
);

CREATE INDEX health_probes_site ON health_probes (site);

-- Raw samples, kept for the raw retention window (24 h by default). latency_us is NULL when
-- no request was made (the target's circuit breaker was open).
CREATE TABLE health_samples (
    probe_id    BIGINT NOT NULL REFERENCES health_probes (id) ON DELETE CASCADE,
    at_ms       BIGINT NOT NULL,
    outcome     TEXT NOT NULL,
    latency_us  BIGINT,
    detail      TEXT,
    CHECK (outcome IN ('passed', 'failed', 'timed_out', 'breaker_open'))
);

CREATE INDEX health_samples_probe_at ON health_samples (probe_id, at_ms);
CREATE INDEX health_samples_at ON health_samples (at_ms);

-- One row per probe and minute, made from the raw samples before they expire and kept for
-- 30 days by default. Latencies cover passed samples only; NULL when none passed.
CREATE TABLE health_rollups (
    probe_id        BIGINT NOT NULL REFERENCES health_probes (id) ON DELETE CASCADE,
    minute_ms       BIGINT NOT NULL,
    samples         INTEGER NOT NULL,
    failures        INTEGER NOT NULL,
    latency_min_us  BIGINT,
    latency_p50_us  BIGINT,
    latency_p95_us  BIGINT,
    latency_max_us  BIGINT,
    PRIMARY KEY (probe_id, minute_ms),
    CHECK (failures >= 0 AND failures <= samples)
);

CREATE INDEX health_rollups_minute ON health_rollups (minute_ms);

-- Every minute before rolled_until_ms has been rolled up. Advanced with a compare-and-set
-- in the same transaction as the rollups it covers, so two processes never roll a minute
-- up twice.
CREATE TABLE health_rollup_state (
    singleton        INTEGER PRIMARY KEY,
    rolled_until_ms  BIGINT NOT NULL,
    CHECK (singleton = 1)
);

INSERT INTO health_rollup_state (singleton, rolled_until_ms) VALUES (1, 0);

-- Transitions: a site or module changing state (up, down, not ready, starting, unknown) and
-- a target's circuit breaker opening or closing. site, module and probe are names, not
-- foreign keys: the record outlives the configuration.
CREATE TABLE health_events (
    id          {{id}},
    at          TEXT NOT NULL,
    subject     TEXT NOT NULL,
    site        TEXT NOT NULL,
    module      TEXT,
    target      TEXT,
    from_state  TEXT NOT NULL,
    to_state    TEXT NOT NULL,
    detail      TEXT,
    CHECK (subject IN ('site', 'module', 'breaker'))
);

CREATE INDEX health_events_site_at ON health_events (site, at);
