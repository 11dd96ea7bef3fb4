-- Every file the bot uploads for a pair (an export, in the requester's direct messages), kept so
-- that erasing the pair can delete each file from Slack before the pair's rows go. The row is
-- written as soon as Slack hands out the file id, before the bytes are sent, so that no file the
-- bot shares can escape an erasure. The cascade only tidies up after erase has deleted the files.
create table uploaded_files (
  id          integer generated always as identity primary key,
  pair_id     integer     not null references pairs (id) on delete cascade,
  team_id     text        not null,
  file_id     text        not null,
  channel_id  text        not null,
  created_at  timestamptz not null,
  unique (team_id, file_id)
);
create index uploaded_files_pair on uploaded_files (pair_id);

-- Retention: the scheduler looks for closed pairs by the day they closed.
create index pairs_closed_at on pairs (closed_at) where stage = 'closed';
