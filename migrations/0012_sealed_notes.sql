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
