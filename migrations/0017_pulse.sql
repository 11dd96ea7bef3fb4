-- How the pair is doing (issue 16, points 3 and 4): each member's private fit check, session
-- ratings and midpoint check-in. Ratings stay plain so that SQL can average them; comments are
-- member text and are sealed (src/storage/sealing/sealed-columns.ts). Erasing a pair removes them
-- with it (cascade).

-- "How is this pairing going?", asked once per member a working day after the first logged meeting.
create table fit_checks (
  pair_id      integer     not null references pairs (id) on delete cascade,
  user_id      text        not null,
  answer       text        not null check (answer in ('great', 'fine', 'unsure', 'not_a_fit')),
  comment      text,
  answered_at  timestamptz not null,
  primary key (pair_id, user_id)
);

-- One rating (1 to 4) per member per logged meeting; a member may change it.
create table session_ratings (
  log_id     integer     not null references meeting_logs (id) on delete cascade,
  pair_id    integer     not null references pairs (id) on delete cascade,
  user_id    text        not null,
  rating     smallint    not null check (rating between 1 and 4),
  rated_at   timestamptz not null,
  primary key (log_id, user_id)
);
create index session_ratings_pair on session_ratings (pair_id, rated_at);

-- The midpoint check-in: progress towards the goal and the relationship (1 to 5), a comment.
create table pulse_checkins (
  pair_id       integer     not null references pairs (id) on delete cascade,
  user_id       text        not null,
  progress      smallint    not null check (progress between 1 and 5),
  relationship  smallint    not null check (relationship between 1 and 5),
  comment       text,
  answered_at   timestamptz not null,
  primary key (pair_id, user_id)
);
