-- The mentoring agreement: one per pair, editable; the scheduler reads its rhythm and end date.
create table agreements (
  pair_id           integer     primary key references pairs (id) on delete cascade,
  priorities        text        not null check (length(priorities) between 1 and 2000),
  focus_areas       text        not null check (length(focus_areas) between 1 and 2000),
  success_measures  text        not null check (length(success_measures) between 1 and 2000),
  frequency         text        not null check (frequency in ('weekly', 'biweekly', 'monthly')),
  meeting_minutes   integer     not null check (meeting_minutes in (30, 45, 60)),
  starts_on         date        not null,
  ends_on           date        not null,
  preferred_day     text        check (preferred_day in ('mon', 'tue', 'wed', 'thu', 'fri')),
  preferred_time    text        check (preferred_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  -- First time the pair agreed: expectations check-ins count from here, edits do not move it.
  agreed_at         timestamptz not null,
  updated_by        text        not null,
  updated_at        timestamptz not null,
  -- The pinned post in the channel, updated in place on every edit.
  message_ts        text,
  check (ends_on > starts_on)
);
