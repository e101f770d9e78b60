-- One row recording when this database was first initialised (UTC, RFC 3339).
CREATE TABLE installation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    initialized_at TEXT NOT NULL
);
INSERT INTO installation (id, initialized_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
