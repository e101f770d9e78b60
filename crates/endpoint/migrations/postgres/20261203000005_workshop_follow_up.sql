-- Following workshops up: each token gets a number, can be revoked, and can have a grace period
-- (its ballots are accepted until then after the vote's announced closing time, for a tablet that
-- comes back online). The ballots a token sent are counted on the token itself, so a ballot row
-- keeps no link to the workshop it came from; a proposal records its workshop's token.
ALTER TABLE workshop_tokens ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE workshop_tokens ADD COLUMN revoked_at TEXT;
ALTER TABLE workshop_tokens ADD COLUMN grace_until TEXT;
ALTER TABLE workshop_tokens ADD COLUMN ballots BIGINT NOT NULL DEFAULT 0;

ALTER TABLE proposals ADD COLUMN workshop_token_id BIGINT REFERENCES workshop_tokens (id);
CREATE INDEX proposals_by_workshop_token ON proposals (workshop_token_id)
    WHERE workshop_token_id IS NOT NULL;
