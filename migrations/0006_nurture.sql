-- Nurture: richer meeting logs, action items with owners and numbers, agendas.

alter table meeting_logs
  -- The day the meeting took place (the author's calendar day); the log may be written later.
  add column met_on           date,
  -- The next meeting as an instant (UTC), chosen in the author's zone; next_meeting_on stays its day.
  add column next_meeting_at  timestamptz,
  -- A line only the author sees; never posted, never exported for the other member.
  add column private_note     text check (private_note is null or length(private_note) <= 4000),
  add column edited_at        timestamptz,
  add column deleted_at       timestamptz;

alter table action_items
  -- Who carries it: the mentor, the mentee or both; null when nobody was named.
  add column owner   text check (owner in ('mentor', 'mentee', 'both')),
  -- Number within the pair, shown to people ("/mentor done 3").
  add column number  integer;

update action_items a set number = numbered.n
from (select id, row_number() over (partition by pair_id order by id) as n from action_items) numbered
where numbered.id = a.id;

create unique index action_items_pair_number on action_items (pair_id, number);
