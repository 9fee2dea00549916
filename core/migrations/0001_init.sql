-- Users, worker profiles, conversation state, gigs and interest between them.
CREATE TABLE users (
    id          INTEGER PRIMARY KEY,           -- the Telegram user id (or a terminal pseudo-id)
    chat_id     INTEGER NOT NULL,
    username    TEXT,                          -- kept only to share a contact the user agreed to share
    language    TEXT NOT NULL DEFAULT 'en',
    language_locked INTEGER NOT NULL DEFAULT 0, -- 1 once the user picked a language with /language
    active      INTEGER NOT NULL DEFAULT 1,    -- 0 once Telegram says the user blocked the bot
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL
);

CREATE TABLE conversations (
    user_id     INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    state       TEXT NOT NULL,
    data        TEXT NOT NULL DEFAULT '{}',    -- JSON: the draft being built in this state
    updated_at  REAL NOT NULL
);

CREATE TABLE profiles (
    user_id     INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    data        TEXT NOT NULL,                 -- JSON of core.models.Profile
    updated_at  REAL NOT NULL
);

CREATE TABLE gigs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    employer_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    data        TEXT NOT NULL,                 -- JSON of core.models.Gig (the original text included)
    created_at  REAL NOT NULL,
    published_at REAL,
    expires_at  REAL NOT NULL,
    updated_at  REAL NOT NULL
);
CREATE INDEX gigs_by_employer ON gigs(employer_id, created_at);
CREATE INDEX gigs_by_status ON gigs(status, expires_at);

-- One row per (gig, worker): the worker hid it, was invited, or is interested.
CREATE TABLE interests (
    gig_id      INTEGER NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
    worker_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    share_contact INTEGER NOT NULL DEFAULT 0,
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL,
    PRIMARY KEY (gig_id, worker_id)
);
CREATE INDEX interests_by_worker ON interests(worker_id, status);
