-- A form's claim remembers what was submitted (a digest of the form's values), so that a second
-- Submit of the same form with other values is told the first version was kept, not closed as a repeat.
alter table slack_deliveries add column digest text;
