-- What the bot sends about a pair outside its channel, kept so that erasing the pair reaches it,
-- and the clicks whose effect must happen once whatever the number of clicks.

-- Direct messages that quote a pair (an admin's "not a good fit" alert carries the member's private
-- comment): where each landed, written as soon as Slack answers, so that erasing the pair deletes
-- it (chat.delete) before the pair's rows go. The cascade only tidies up after erase.
create table pair_direct_messages (
  id          integer generated always as identity primary key,
  pair_id     integer     not null references pairs (id) on delete cascade,
  team_id     text        not null,
  channel_id  text        not null,
  ts          text        not null,
  created_at  timestamptz not null,
  unique (channel_id, ts)
);
create index pair_direct_messages_pair on pair_direct_messages (pair_id);

-- A programme report's files (CSV, PNG) cover many pairs: one row per file and covered pair, so
-- that erasing any pair the report names deletes the whole file (for every pair at once).
alter table uploaded_files drop constraint uploaded_files_team_id_file_id_key;
alter table uploaded_files add constraint uploaded_files_pair_file unique (pair_id, file_id);
create index uploaded_files_file on uploaded_files (team_id, file_id);

-- A click done once per what it means (a calendar file for one version of a meeting to one member,
-- an admin's contact from one alert to one member): the key is claimed before the send and
-- released if the send fails. Goes with the pair.
create table pair_sent_once (
  pair_id     integer     not null references pairs (id) on delete cascade,
  key         text        not null,
  sent_at     timestamptz not null,
  primary key (pair_id, key)
);
