-- Marks a database that holds the demonstration (`--demo`): one row, written before the example
-- data, with seeded_at set once all of it is stored. A start without --demo refuses such a database.
CREATE TABLE demo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    claimed_at TEXT NOT NULL,
    seeded_at TEXT
);
