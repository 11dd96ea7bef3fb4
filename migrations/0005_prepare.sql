-- Stage 1, prepare: the mentee's goal and plan, each member's self-inventory, and the prepare post
-- whose checklist progress is redrawn in place.

create table goal_plans (
  pair_id     integer     primary key references pairs (id) on delete cascade,
  goal        text        not null check (length(goal) between 1 and 300),
  created_by  text        not null,
  created_at  timestamptz not null default now(),
  updated_by  text        not null,
  updated_at  timestamptz not null default now(),
  -- The goal post in the pair's channel, updated in place after every edit and tick.
  message_ts  text
);

-- The plan's steps, in order. An edit replaces them; a step whose text is unchanged keeps its tick.
create table goal_steps (
  id        integer     generated always as identity primary key,
  pair_id   integer     not null references goal_plans (pair_id) on delete cascade,
  position  integer     not null check (position between 1 and 8),
  text      text        not null check (length(text) between 1 and 200),
  done_by   text,
  done_at   timestamptz,
  check ((done_by is null) = (done_at is null)),
  unique (pair_id, position)
);

-- One self-inventory per member of a pair; editing replaces the answers.
create table self_inventories (
  pair_id            integer     not null references pairs (id) on delete cascade,
  user_id            text        not null,
  strengths          text        not null check (length(strengths) between 1 and 1000),
  development_areas  text        not null check (length(development_areas) between 1 and 1000),
  short_term_goals   text        check (length(short_term_goals) between 1 and 1000),
  long_term_goals    text        check (length(long_term_goals) between 1 and 1000),
  expectations       text        not null check (length(expectations) between 1 and 1000),
  contribution       text        check (length(contribution) between 1 and 1000),
  rapport            text        check (length(rapport) between 1 and 1000),
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  -- The short summary posted in the channel, updated in place when the member edits.
  message_ts         text,
  primary key (pair_id, user_id)
);

-- The latest prepare post of each pair, redrawn with the checklist's progress after every change.
-- (The suggestion to move on, made once, is a row of pair_suggestions, kind 'engage'.)
create table prep_states (
  pair_id     integer     primary key references pairs (id) on delete cascade,
  prepare_ts  text        not null
);
