-- Where a batch of voter codes is handed out (a school, a commune office…), and when it was
-- revoked (e.g. a lost box of slips): an unused code of a revoked batch can no longer vote.
ALTER TABLE voter_code_batches ADD COLUMN place TEXT;
ALTER TABLE voter_code_batches ADD COLUMN revoked_at TEXT;
-- Counting a batch's used codes reads this index, not the whole table.
CREATE INDEX voter_codes_by_batch ON voter_codes (batch_id, used);
