-- One row recording when this database was first initialised (UTC, RFC 3339).
CREATE TABLE installation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    initialized_at TEXT NOT NULL
);
INSERT INTO installation (id, initialized_at)
VALUES (1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
