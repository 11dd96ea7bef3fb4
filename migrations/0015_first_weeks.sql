-- Issue 16 (the first weeks). A meeting set without a log: `/mentor meet <when>`, the first meeting
-- picked in prepare, or a `/mentor-log` holding only `next meeting:`. The latest of this and the
-- next meeting a log named is the pair's next meeting.
create table set_meetings (
  pair_id    integer     primary key references pairs (id) on delete cascade,
  meeting_at timestamptz not null,
  set_by     text        not null,
  set_at     timestamptz not null
);

-- The calendar event of the pair's next meeting, as last handed out in an .ics file: moving the
-- meeting keeps its UID and raises its SEQUENCE, so calendars move the event instead of adding one.
create table calendar_events (
  pair_id    integer     primary key references pairs (id) on delete cascade,
  uid        text        not null unique,
  sequence   integer     not null default 0,
  meeting_at timestamptz not null,
  updated_at timestamptz not null
);

-- A goal with a finish line: how the pair will know it is reached (member text: sealed when a
-- key is set, see src/storage/sealing/sealed-columns.ts) and an optional target date.
alter table goal_plans add column success_criterion text, add column target_on date;

-- Plan steps may have an owner and a due date, reminded like action items.
alter table goal_steps
  add column owner  text check (owner in ('mentor', 'mentee', 'both')),
  add column due_on date;
