-- Delivery: requests Slack sends more than once are carried out once, and a pair whose channel the
-- bot can no longer post in is set aside until someone acts.

-- One row per request carried out: a slash command or a click by its trigger id, a submitted form
-- by its view id and the person who sent it. A retried delivery finds its key taken and changes nothing.
create table slack_deliveries (
  key          text        primary key,
  received_at  timestamptz not null default now()
);
-- Slack retries within minutes: keys older than a day are pruned by the scheduler's passes.
create index slack_deliveries_received on slack_deliveries (received_at);

alter table pairs
  -- Why the scheduler stopped posting in the pair's channel (Slack's error: is_archived,
  -- not_in_channel, channel_not_found) and since when; null while posts go through.
  -- Its reminders stay cancelled until a member runs /mentor resume.
  add column delivery_problem     text,
  add column delivery_problem_at  timestamptz,
  add constraint pairs_delivery_problem_when check ((delivery_problem is null) = (delivery_problem_at is null));
