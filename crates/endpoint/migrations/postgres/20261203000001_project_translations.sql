-- A project's name and description in other languages: a JSON object by language
-- ({"ar": {"name": "…", "description": "…"}}), empty when the project is in one language only.
ALTER TABLE projects ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
