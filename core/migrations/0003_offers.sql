-- The workers "Find workers" showed an employer for a gig: only they can be invited to it.
CREATE TABLE offers (
    gig_id      INTEGER NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
    worker_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  REAL NOT NULL,
    PRIMARY KEY (gig_id, worker_id)
);

-- A private chat's id is its user's id: repair rows that an edited group message overwrote.
UPDATE users SET chat_id = id WHERE chat_id <> id;
