-- Encryption at rest (NOTES_ENCRYPTION_KEY): a sealed note, `enc:v1:<key id>:<base64>`, is longer
-- than the text it holds, so each length check on what members write now measures plain text only;
-- the app checks every length before it seals. A value starting `enc:` is sealed or marked plain.

alter table meeting_logs drop constraint meeting_logs_summary_check,
  add constraint meeting_logs_summary_check check (length(summary) between 1 and 4000 or summary like 'enc:%');
alter table action_items drop constraint action_items_text_check,
  add constraint action_items_text_check check (length(text) between 1 and 4000 or text like 'enc:%');
alter table agreements drop constraint agreements_priorities_check,
  add constraint agreements_priorities_check check (length(priorities) between 1 and 2000 or priorities like 'enc:%');
alter table agreements drop constraint agreements_focus_areas_check,
  add constraint agreements_focus_areas_check check (length(focus_areas) between 1 and 2000 or focus_areas like 'enc:%');
alter table agreements drop constraint agreements_success_measures_check,
  add constraint agreements_success_measures_check check (length(success_measures) between 1 and 2000 or success_measures like 'enc:%');
alter table goal_plans drop constraint goal_plans_goal_check,
  add constraint goal_plans_goal_check check (length(goal) between 1 and 300 or goal like 'enc:%');
alter table goal_steps drop constraint goal_steps_text_check,
  add constraint goal_steps_text_check check (length(text) between 1 and 200 or text like 'enc:%');
alter table self_inventories drop constraint self_inventories_strengths_check,
  add constraint self_inventories_strengths_check check (length(strengths) between 1 and 1000 or strengths like 'enc:%');
alter table self_inventories drop constraint self_inventories_development_areas_check,
  add constraint self_inventories_development_areas_check check (length(development_areas) between 1 and 1000 or development_areas like 'enc:%');
alter table self_inventories drop constraint self_inventories_short_term_goals_check,
  add constraint self_inventories_short_term_goals_check check (length(short_term_goals) between 1 and 1000 or short_term_goals like 'enc:%');
alter table self_inventories drop constraint self_inventories_long_term_goals_check,
  add constraint self_inventories_long_term_goals_check check (length(long_term_goals) between 1 and 1000 or long_term_goals like 'enc:%');
alter table self_inventories drop constraint self_inventories_expectations_check,
  add constraint self_inventories_expectations_check check (length(expectations) between 1 and 1000 or expectations like 'enc:%');
alter table self_inventories drop constraint self_inventories_contribution_check,
  add constraint self_inventories_contribution_check check (length(contribution) between 1 and 1000 or contribution like 'enc:%');
alter table self_inventories drop constraint self_inventories_rapport_check,
  add constraint self_inventories_rapport_check check (length(rapport) between 1 and 1000 or rapport like 'enc:%');
alter table meeting_logs drop constraint meeting_logs_private_note_check,
  add constraint meeting_logs_private_note_check check (length(private_note) <= 4000 or private_note like 'enc:%');
alter table reflections drop constraint reflections_learned_check,
  add constraint reflections_learned_check check (length(learned) between 1 and 2000 or learned like 'enc:%');
alter table reflections drop constraint reflections_goal_comment_check,
  add constraint reflections_goal_comment_check check (length(goal_comment) between 1 and 500 or goal_comment like 'enc:%');
alter table reflections drop constraint reflections_expectations_comment_check,
  add constraint reflections_expectations_comment_check check (length(expectations_comment) between 1 and 500 or expectations_comment like 'enc:%');
alter table reflections drop constraint reflections_highlight_check,
  add constraint reflections_highlight_check check (length(highlight) between 1 and 1000 or highlight like 'enc:%');
alter table reflections drop constraint reflections_thanks_check,
  add constraint reflections_thanks_check check (length(thanks) between 1 and 1000 or thanks like 'enc:%');

-- Text typed before this migration that happens to start like a sealed value is marked plain, as the
-- app marks such text from now on; else it would read as a note sealed with an unknown key.
update meeting_logs set summary = 'enc:plain:' || summary where summary like 'enc:%' or summary like 'encj:%';
update meeting_logs set achievements = 'enc:plain:' || achievements where achievements like 'enc:%' or achievements like 'encj:%';
update meeting_logs set next_steps = 'enc:plain:' || next_steps where next_steps like 'enc:%' or next_steps like 'encj:%';
update meeting_logs set private_note = 'enc:plain:' || private_note where private_note like 'enc:%' or private_note like 'encj:%';
update action_items set text = 'enc:plain:' || text where text like 'enc:%' or text like 'encj:%';
update goal_plans set goal = 'enc:plain:' || goal where goal like 'enc:%' or goal like 'encj:%';
update goal_steps set text = 'enc:plain:' || text where text like 'enc:%' or text like 'encj:%';
update self_inventories set strengths = 'enc:plain:' || strengths where strengths like 'enc:%' or strengths like 'encj:%';
update self_inventories set development_areas = 'enc:plain:' || development_areas where development_areas like 'enc:%' or development_areas like 'encj:%';
update self_inventories set short_term_goals = 'enc:plain:' || short_term_goals where short_term_goals like 'enc:%' or short_term_goals like 'encj:%';
update self_inventories set long_term_goals = 'enc:plain:' || long_term_goals where long_term_goals like 'enc:%' or long_term_goals like 'encj:%';
update self_inventories set expectations = 'enc:plain:' || expectations where expectations like 'enc:%' or expectations like 'encj:%';
update self_inventories set contribution = 'enc:plain:' || contribution where contribution like 'enc:%' or contribution like 'encj:%';
update self_inventories set rapport = 'enc:plain:' || rapport where rapport like 'enc:%' or rapport like 'encj:%';
update agreements set priorities = 'enc:plain:' || priorities where priorities like 'enc:%' or priorities like 'encj:%';
update agreements set focus_areas = 'enc:plain:' || focus_areas where focus_areas like 'enc:%' or focus_areas like 'encj:%';
update agreements set success_measures = 'enc:plain:' || success_measures where success_measures like 'enc:%' or success_measures like 'encj:%';
update reflections set learned = 'enc:plain:' || learned where learned like 'enc:%' or learned like 'encj:%';
update reflections set goal_comment = 'enc:plain:' || goal_comment where goal_comment like 'enc:%' or goal_comment like 'encj:%';
update reflections set expectations_comment = 'enc:plain:' || expectations_comment where expectations_comment like 'enc:%' or expectations_comment like 'encj:%';
update reflections set highlight = 'enc:plain:' || highlight where highlight like 'enc:%' or highlight like 'encj:%';
update reflections set thanks = 'enc:plain:' || thanks where thanks like 'enc:%' or thanks like 'encj:%';
