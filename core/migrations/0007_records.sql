-- A worker's choice to add "N gigs confirmed by employers" to the cards they send (off until they turn it
-- on), and hires confirmed by employers who have since deleted themselves (their gigs went, the count stays).
ALTER TABLE users ADD COLUMN shares_record INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN confirmed_kept INTEGER NOT NULL DEFAULT 0;
-- The record a worker sent with a card: the gigs employers confirmed at that moment, NULL when not shared.
ALTER TABLE interests ADD COLUMN record_shared INTEGER;
-- What an employer's record counted when they deleted themselves, under a salted hash of their Telegram id
-- (GIGMATCH_RECORD_SALT): counts only, nothing about any worker. The same id coming back inherits it.
CREATE TABLE employer_ledger (
    key         TEXT PRIMARY KEY,
    gigs        INTEGER NOT NULL,
    paid        INTEGER NOT NULL,
    unpaid      INTEGER NOT NULL,
    updated_at  REAL NOT NULL
);
