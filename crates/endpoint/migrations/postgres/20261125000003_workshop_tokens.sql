-- Tokens of co-creation workshops, whose tablets submit without the per-address limits.
-- Only the SHA-256 of a token is stored; the token itself is shown once, when it is created.
CREATE TABLE workshop_tokens (
    token_hash TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    created_on TEXT NOT NULL
);
