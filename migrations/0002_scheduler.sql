-- The durable scheduler: one row per planned occurrence of a job (a nudge, a reminder).

alter table pairs
  add column paused_at        timestamptz,
  add column paused_by        text,
  -- Agreed meeting rhythm in days; two weeks until the pair agrees otherwise.
  add column cadence_days     integer not null default 14 check (cadence_days between 1 and 120),
  -- Last time a member did something in the pair (log, stage change, button): nudges count from it.
  add column last_activity_at timestamptz;

update pairs set last_activity_at = created_at where last_activity_at is null;
alter table pairs alter column last_activity_at set not null, alter column last_activity_at set default now();

alter table action_items add column due_on date;

create table jobs (
  id                integer generated always as identity primary key,
  kind              text        not null,
  pair_id           integer     references pairs (id) on delete cascade,
  -- One key per occurrence ("meeting_overdue:12:2026-11-26T10:00:00.000Z"): planning twice inserts once.
  dedupe_key        text        not null unique,
  run_at            timestamptz not null,
  state             text        not null default 'pending'
                    check (state in ('pending', 'running', 'done', 'failed', 'cancelled')),
  attempts          integer     not null default 0,
  max_attempts      integer     not null default 5,
  lease_expires_at  timestamptz,
  -- Set by a retry back-off or Slack's Retry-After: replanning may move a job later, never before it.
  not_before        timestamptz,
  last_error        text,
  payload           jsonb       not null default '{}'::jsonb,
  created_at        timestamptz not null default now(),
  finished_at       timestamptz
);

-- The claim reads due pending jobs, and running jobs whose lease ran out, oldest first.
create index jobs_pending_due on jobs (run_at) where state = 'pending';
create index jobs_running_lease on jobs (lease_expires_at) where state = 'running';
create index jobs_pair on jobs (pair_id, state);
