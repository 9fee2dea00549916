-- Each worker's alert preference; absent means the defaults (daily at GIGMATCH_DIGEST_TIME).
CREATE TABLE alert_prefs (
    user_id         INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    mode            TEXT NOT NULL DEFAULT 'daily',   -- daily | weekly | instant | off
    time            TEXT NOT NULL,                   -- HH:MM in GIGMATCH_TIMEZONE
    last_digest_at  REAL                             -- epoch seconds of the last digest planned
);
