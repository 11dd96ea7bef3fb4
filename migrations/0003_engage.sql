-- "Start the conversation": icebreakers shown, checklist ticks, and the suggestions the bot made once.

-- Every icebreaker a pair has been shown, by its index in the catalog (the same in every language).
create table icebreakers_shown (
  pair_id         integer     not null references pairs (id) on delete cascade,
  question_index  integer     not null check (question_index >= 0),
  shown_at        timestamptz not null default now(),
  primary key (pair_id, question_index)
);

-- The current state of each item of the working-agreement and discussion-topic checklists:
-- one row per pair, list and item, rewritten by each tick or untick (the last click wins).
create table checklist_ticks (
  pair_id     integer     not null references pairs (id) on delete cascade,
  list        text        not null check (list in ('agreement', 'topics')),
  item_index  integer     not null check (item_index between 0 and 4),
  ticked      boolean     not null,
  ticked_by   text        not null,
  ticked_at   timestamptz not null,
  primary key (pair_id, list, item_index)
);

-- Suggestions the bot makes at most once per pair (e.g. 'nurture': move on to nurturing).
create table pair_suggestions (
  pair_id       integer     not null references pairs (id) on delete cascade,
  kind          text        not null,
  suggested_at  timestamptz not null,
  primary key (pair_id, kind)
);
