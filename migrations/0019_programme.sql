-- Running a programme (issue 17): cohorts, the cohort each pair belongs to, and "pair many" runs.

-- A cohort of a workspace: a name (matched without regard to case or repeated spaces) and optional dates.
create table cohorts (
  id          integer generated always as identity primary key,
  team_id     text        not null,
  name        text        not null check (length(name) between 1 and 80),
  -- lower(name) with runs of spaces collapsed: "Spring 2027" and "spring  2027" are one cohort.
  name_key    text        not null,
  starts_on   date,
  ends_on     date,
  created_by  text        not null,
  created_at  timestamptz not null default now(),
  unique (team_id, name_key),
  check (starts_on is null or ends_on is null or ends_on >= starts_on)
);

-- At most one cohort per pair; a pair without a row here is in no cohort. Erasing the pair erases its row.
create table pair_cohorts (
  pair_id     integer     primary key references pairs (id) on delete cascade,
  cohort_id   integer     not null references cohorts (id) on delete cascade,
  added_by    text        not null,
  added_at    timestamptz not null default now()
);
create index pair_cohorts_cohort on pair_cohorts (cohort_id);

-- One "pair many" list: previewed, then (once confirmed) opened row by row by the scheduler, paced
-- within Slack's conversations.create limit. The progress message is the admin's DM post updated in place.
create table bulk_pairings (
  id                integer generated always as identity primary key,
  team_id           text        not null,
  created_by        text        not null,
  created_at        timestamptz not null default now(),
  state             text        not null default 'preview'
                    check (state in ('preview', 'running', 'done', 'cancelled')),
  confirmed_at      timestamptz,
  finished_at       timestamptz,
  progress_channel  text,
  progress_ts       text
);

-- Each line of a list: who, which cohort, and what became of it. Only user ids and error codes are
-- kept (never the pasted text); a row is 'ready' until the scheduler opens it or Slack refuses it.
create table bulk_pairing_rows (
  id           integer generated always as identity primary key,
  bulk_id      integer     not null references bulk_pairings (id) on delete cascade,
  line_no      integer     not null,
  mentor_id    text,
  mentee_id    text,
  cohort_name  text        check (cohort_name is null or length(cohort_name) between 1 and 80),
  state        text        not null check (state in ('ready', 'invalid', 'opened', 'failed')),
  problem      text,
  -- Erasing the pair erases the line that opened it.
  pair_id      integer     references pairs (id) on delete cascade,
  unique (bulk_id, line_no)
);
create index bulk_pairing_rows_ready on bulk_pairing_rows (bulk_id, line_no) where state = 'ready';
create index bulk_pairing_rows_people on bulk_pairing_rows (mentor_id, mentee_id) where state = 'ready';
