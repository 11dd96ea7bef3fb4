-- Pairs, their stage history, meeting logs and action items.
-- Times are timestamptz (stored UTC); dates chosen by people (a next meeting) are plain dates.

create table pairs (
  id            integer generated always as identity primary key,
  team_id       text        not null,
  mentor_id     text        not null,
  mentee_id     text        not null,
  stage         text        not null default 'prepare'
                check (stage in ('prepare', 'engage', 'nurture', 'evaluate', 'closed')),
  -- Language of what the bot posts in the pair's channel ('en' unless both members share another).
  locale        text        not null default 'en' check (locale in ('en', 'fr')),
  -- Null while the channel is being created; a pair without a channel is never shown to anyone.
  channel_id    text,
  channel_name  text,
  created_by    text        not null,
  created_at    timestamptz not null default now(),
  closed_at     timestamptz,
  check (mentor_id <> mentee_id),
  unique (team_id, channel_id)
);

-- One active relationship per mentor and mentee, whoever tries to open it and however often.
create unique index pairs_one_active on pairs (team_id, least(mentor_id, mentee_id), greatest(mentor_id, mentee_id))
  where stage <> 'closed';

create table stage_changes (
  id          integer generated always as identity primary key,
  pair_id     integer     not null references pairs (id) on delete cascade,
  from_stage  text,
  to_stage    text        not null,
  changed_by  text        not null,
  changed_at  timestamptz not null default now()
);
create index stage_changes_pair on stage_changes (pair_id, changed_at);

create table meeting_logs (
  id               integer generated always as identity primary key,
  pair_id          integer     not null references pairs (id) on delete cascade,
  author_id        text        not null,
  created_at       timestamptz not null default now(),
  summary          text        not null check (length(summary) between 1 and 4000),
  achievements     text,
  next_steps       text,
  next_meeting_on  date,
  source           text        not null check (source in ('command', 'form')),
  message_ts       text
);
create index meeting_logs_pair on meeting_logs (pair_id, created_at desc);

create table action_items (
  id          integer generated always as identity primary key,
  pair_id     integer     not null references pairs (id) on delete cascade,
  log_id      integer     references meeting_logs (id) on delete set null,
  text        text        not null check (length(text) between 1 and 4000),
  status      text        not null default 'open' check (status in ('open', 'done')),
  created_by  text        not null,
  created_at  timestamptz not null default now(),
  done_by     text,
  done_at     timestamptz
);
create index action_items_pair on action_items (pair_id, status);

-- Workspaces that removed the app: nothing is scheduled for them any more.
-- event_id is Slack's: a retried delivery of the same event is stored once.
create table workspace_events (
  id           integer generated always as identity primary key,
  event_id     text        not null unique,
  team_id      text        not null,
  event_type   text        not null,
  received_at  timestamptz not null default now()
);
