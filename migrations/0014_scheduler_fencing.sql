-- Exactly-once scheduling and one Slack call per nudge.

-- Fencing: every claim bumps the token; completing, failing or postponing a job needs the token of
-- the claim that is current, so a worker whose lease lapsed (a slow send, a paused process) cannot
-- overwrite the outcome of the replica that took the job over.
alter table jobs add column claim_token integer not null default 0;

-- What the scheduler needs to know about a workspace member, kept here so that a nudge costs one
-- Slack call (chat.postMessage) instead of three (users.info for each member first). Refreshed by
-- `user_change` events, and by users.info when a row is missing or older than a day.
create table slack_members (
  team_id       text        not null,
  user_id       text        not null,
  tz            text        not null,
  locale        text        not null check (locale in ('en', 'fr')),
  display_name  text        not null,
  is_admin      boolean     not null default false,
  deleted       boolean     not null default false,
  refreshed_at  timestamptz not null default now(),
  primary key (team_id, user_id)
);
