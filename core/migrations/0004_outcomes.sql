-- When each step of an application happened, and the contact the worker chose to send with it.
ALTER TABLE interests ADD COLUMN invited_at REAL;
ALTER TABLE interests ADD COLUMN applied_at REAL;
ALTER TABLE interests ADD COLUMN shortlisted_at REAL;
ALTER TABLE interests ADD COLUMN contact TEXT;
UPDATE interests SET invited_at = created_at WHERE status = 'invited';
UPDATE interests SET applied_at = created_at WHERE status IN ('interested', 'shortlisted', 'declined');
UPDATE interests SET shortlisted_at = updated_at WHERE status = 'shortlisted';

-- How a shortlisted application ended, asked of both sides: one worker row and one employer row per pair.
-- A worker's /delete keeps their answers without them (worker_id NULL): the employer's record stays true.
CREATE TABLE outcomes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    gig_id      INTEGER NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
    worker_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    role        TEXT NOT NULL,                 -- worker | employer: who is asked
    answer      TEXT,                          -- worker: paid, not_yet, unpaid, paid_less. employer: hired, not_hired
    due_at      REAL NOT NULL,                 -- when to ask (again)
    asked_at    REAL,
    answered_at REAL,
    resolved_at REAL,                          -- an unpaid answer later confirmed paid
    created_at  REAL NOT NULL,
    UNIQUE (gig_id, worker_id, role)
);
CREATE INDEX outcomes_due ON outcomes(asked_at, due_at);
