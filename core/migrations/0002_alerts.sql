-- Each worker's alert preference; absent means the defaults (daily at GIGMATCH_DIGEST_TIME).
CREATE TABLE alert_prefs (
    user_id         INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    mode            TEXT NOT NULL DEFAULT 'daily',   -- daily | weekly | instant | off
    time            TEXT NOT NULL,                   -- HH:MM in GIGMATCH_TIMEZONE
    last_digest_at  REAL                             -- epoch seconds of the last digest planned
);

-- One pass of alerts: a nightly digest run or the instant alerts of one new gig.
CREATE TABLE alert_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,                   -- digest | instant
    started_at  REAL NOT NULL,
    planned_at  REAL,                            -- set once every message of the run is in the outbox
    due         INTEGER NOT NULL DEFAULT 0,      -- workers considered
    skipped     INTEGER NOT NULL DEFAULT 0       -- workers with nothing that fits
);

-- Every alert message, recorded before it is sent: a restart after a crash finishes the run from here.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id      INTEGER NOT NULL REFERENCES alert_runs(id),
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    chat_id     INTEGER NOT NULL,
    kind        TEXT NOT NULL,                   -- digest | instant
    matches     TEXT NOT NULL,                   -- JSON list of core.models.Match, best first
    payload     TEXT NOT NULL,                   -- JSON {"text", "reply_markup"}: exactly what is sent
    status      TEXT NOT NULL DEFAULT 'pending', -- pending | sending | sent | failed | blocked | skipped
    attempts    INTEGER NOT NULL DEFAULT 0,
    not_before  REAL NOT NULL,                   -- epoch seconds: retry backoff, quiet hours
    last_error  TEXT,
    created_at  REAL NOT NULL,
    sent_at     REAL
);
CREATE INDEX outbox_ready ON outbox(status, not_before);
CREATE INDEX outbox_by_run ON outbox(run_id, status);

-- A gig is announced to a worker at most once, whether by digest or instant alert.
CREATE TABLE announced (
    worker_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    gig_id      INTEGER NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
    announced_at REAL NOT NULL,
    PRIMARY KEY (worker_id, gig_id)
) WITHOUT ROWID;
