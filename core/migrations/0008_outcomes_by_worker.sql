-- A worker's record and their own answers are read by worker: without this, each read scans every outcome.
CREATE INDEX outcomes_by_worker ON outcomes(worker_id, role);
