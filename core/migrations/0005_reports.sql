-- Workers' reports about a gig. One report per worker and gig: "N independent reports" counts reporters.
-- The reporter is never shown to the employer; a worker's /delete removes their reports with them.
CREATE TABLE reports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    gig_id      INTEGER NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
    reporter_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,                 -- money | fake | abusive | discriminatory | unpaid
    created_at  REAL NOT NULL,
    verdict     TEXT,                          -- upheld | dismissed: the admin's decision on the gig
    UNIQUE (gig_id, reporter_id)
);
CREATE INDEX reports_gig ON reports(gig_id);
