-- A workspace that removed the app (or revoked its tokens) and came back: the first signed request
-- or successful auth.test from it clears its revocation, so its pairs are scheduled again. The rows
-- stay (they still de-duplicate Slack's retries of the same event); a cleared one no longer counts.
alter table workspace_events add column cleared_at timestamptz;
