-- Process state, projects, proposals, voter codes and ballots.
-- A ballot row holds no link to the voter code that cast it: codes only record that they were used.
CREATE TABLE process_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    phase TEXT NOT NULL,
    phase_since TEXT NOT NULL,
    catalogue_version INTEGER NOT NULL
);

CREATE TABLE projects (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    cost INTEGER NOT NULL,
    province TEXT,
    sectors TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    province TEXT NOT NULL,
    commune TEXT NOT NULL,
    sector TEXT NOT NULL,
    estimated_cost INTEGER NOT NULL,
    contact TEXT,
    status TEXT NOT NULL,
    rejection_reason TEXT,
    merged_into INTEGER REFERENCES proposals (id),
    submitted_on TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL
);
CREATE INDEX proposals_by_status ON proposals (status);

CREATE TABLE voter_code_batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    province TEXT,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE voter_codes (
    code_hash TEXT PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES voter_code_batches (id),
    province TEXT,
    used BOOLEAN NOT NULL
) WITHOUT ROWID;

CREATE TABLE ballots (
    receipt TEXT PRIMARY KEY,
    ballot TEXT NOT NULL,
    province TEXT,
    cast_on TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE ballot_submissions (
    idempotency_key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    receipt TEXT NOT NULL REFERENCES ballots (receipt)
) WITHOUT ROWID;
