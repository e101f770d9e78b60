-- The services' technical review of a published proposal: feasible or not, the public reason in
-- French and its translations (a JSON object by language), their cost estimate, and the ballot
-- project made from it once there is one.
CREATE TABLE proposal_reviews (
    proposal_id INTEGER PRIMARY KEY REFERENCES proposals (id),
    feasible BOOLEAN NOT NULL,
    reason TEXT NOT NULL,
    reason_translations TEXT NOT NULL,
    services_cost BIGINT,
    reviewed_on TEXT NOT NULL,
    project_id TEXT
);
