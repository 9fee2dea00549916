-- The worker's card exactly as they agreed to send it (JSON of core.models.Profile): later profile changes
-- are not theirs to have shared with this employer.
ALTER TABLE interests ADD COLUMN card TEXT;
