-- Erasing a closed pair deletes the pair row, and with it (on delete cascade) every note, log,
-- action item, reflection, agreement and job. What remains is this line: who erased which pair
-- id, and when. No names, no channel, no text.
create table erasures (
  id         integer generated always as identity primary key,
  team_id    text        not null,
  pair_id    integer     not null unique,
  erased_by  text        not null,
  erased_at  timestamptz not null
);
