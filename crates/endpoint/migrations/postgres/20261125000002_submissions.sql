-- Process state, projects, proposals, voter codes and ballots.
-- A ballot row holds no link to the voter code that cast it: codes only record that they were used.
CREATE TABLE process_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    phase TEXT NOT NULL,
    phase_since TEXT NOT NULL,
    catalogue_version BIGINT NOT NULL
);

CREATE TABLE projects (
    position BIGINT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    cost BIGINT NOT NULL,
    province TEXT,
    sectors TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE proposals (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    province TEXT NOT NULL,
    commune TEXT NOT NULL,
    sector TEXT NOT NULL,
    estimated_cost BIGINT NOT NULL,
    contact TEXT,
    status TEXT NOT NULL,
    rejection_reason TEXT,
    merged_into BIGINT REFERENCES proposals (id),
    submitted_on TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL
);
CREATE INDEX proposals_by_status ON proposals (status);

CREATE TABLE voter_code_batches (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label TEXT NOT NULL,
    province TEXT,
    size BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE voter_codes (
    code_hash TEXT PRIMARY KEY,
    batch_id BIGINT NOT NULL REFERENCES voter_code_batches (id),
    province TEXT,
    used BOOLEAN NOT NULL
);

CREATE TABLE ballots (
    receipt TEXT PRIMARY KEY,
    ballot TEXT NOT NULL,
    province TEXT,
    cast_on TEXT NOT NULL
);

CREATE TABLE ballot_submissions (
    idempotency_key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    receipt TEXT NOT NULL REFERENCES ballots (receipt)
);
