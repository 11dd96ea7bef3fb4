-- Stage 4, evaluate: the guided close. Each time a pair wraps up it gets one wrap-up (a pair that
-- continues and wraps up again later gets a second one); each member writes one reflection per
-- wrap-up; the decision that ends it is kept on the wrap-up and, as the latest outcome, on the pair.

create table wrap_ups (
  id                   integer     generated always as identity primary key,
  pair_id              integer     not null references pairs (id) on delete cascade,
  started_by           text        not null,
  started_at           timestamptz not null,
  -- The last meeting: its day on the mentee's calendar and its instant (UTC), like meeting_logs.next_meeting_at.
  last_meeting_on      date,
  last_meeting_at      timestamptz,
  last_meeting_set_by  text,
  last_meeting_set_at  timestamptz,
  check ((last_meeting_at is null) = (last_meeting_on is null)),
  -- The first /wrap-up confirm with a reflection missing reminds the other member; a later one proceeds.
  reminded_by          text,
  reminded_at          timestamptz,
  -- The celebration summary, posted once.
  summary_at           timestamptz,
  summary_ts           text,
  decision             text        check (decision in ('continued', 'stay_in_touch', 'closed')),
  decided_by           text,
  decided_at           timestamptz,
  check ((decision is null) = (decided_at is null)),
  -- "continue": the planned end of the new cycle.
  next_end_on          date
);

-- At most one wrap-up under way per pair.
create unique index wrap_ups_one_open on wrap_ups (pair_id) where decision is null;

-- One reflection per member and wrap-up, editable until the pair decides.
create table reflections (
  wrap_up_id            integer     not null references wrap_ups (id) on delete cascade,
  pair_id               integer     not null references pairs (id) on delete cascade,
  user_id               text        not null,
  learned               text        not null check (length(learned) between 1 and 2000),
  -- Null when the pair never wrote a goal.
  goal_attainment       text        check (goal_attainment in ('met', 'partly', 'not_yet')),
  goal_comment          text        check (length(goal_comment) between 1 and 500),
  -- [{ "position", "text", "attainment", "comment" }], one per plan step, in plan order.
  steps                 jsonb       not null default '[]'::jsonb,
  expectations          text        not null check (expectations in ('met', 'partly', 'not_yet')),
  expectations_comment  text        check (length(expectations_comment) between 1 and 500),
  highlight             text        not null check (length(highlight) between 1 and 1000),
  next_step             text        not null check (next_step in ('continue', 'stay_in_touch', 'close')),
  thanks                text        check (length(thanks) between 1 and 1000),
  created_at            timestamptz not null,
  updated_at            timestamptz not null,
  primary key (wrap_up_id, user_id)
);

create index reflections_pair on reflections (pair_id);

alter table pairs
  -- The latest decision of a wrap-up: who took it and when.
  add column outcome     text check (outcome in ('continued', 'stay_in_touch', 'closed')),
  add column outcome_by  text,
  add column outcome_at  timestamptz;
