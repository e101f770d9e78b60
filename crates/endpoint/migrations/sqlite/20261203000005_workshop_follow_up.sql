-- Following workshops up: each token gets a number, can be revoked, and can have a grace period
-- (its ballots are accepted until then after the vote's announced closing time, for a tablet that
-- comes back online). The ballots a token sent are counted on the token itself, so a ballot row
-- keeps no link to the workshop it came from; a proposal records its workshop's token.
CREATE TABLE workshop_tokens_numbered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_on TEXT NOT NULL,
    revoked_at TEXT,
    grace_until TEXT,
    ballots INTEGER NOT NULL DEFAULT 0
);
INSERT INTO workshop_tokens_numbered (token_hash, label, created_on)
    SELECT token_hash, label, created_on FROM workshop_tokens ORDER BY created_on, label;
DROP TABLE workshop_tokens;
ALTER TABLE workshop_tokens_numbered RENAME TO workshop_tokens;

ALTER TABLE proposals ADD COLUMN workshop_token_id INTEGER REFERENCES workshop_tokens (id);
CREATE INDEX proposals_by_workshop_token ON proposals (workshop_token_id)
    WHERE workshop_token_id IS NOT NULL;
