import type { ErrorsTexts } from '../../sections/errors.js';

export const errorsEn: ErrorsTexts = {
  not_admin: 'Only programme admins can do this. Ask one of them if you need it done.',
  mention_missing:
    'Please mention two people: the mentor first, then the mentee, for example `/mentor pair @mentor @mentee`.',
  mention_malformed:
    'That doesn’t look like a Slack mention. Type @ and pick each person from the suggestions list.',
  same_person: 'The mentor and the mentee need to be two different people.',
  bot_user: '{user} is an app, not a person, so they can’t take part in mentoring. Please pick a teammate instead.',
  user_not_found: 'We couldn’t find {user}, or their account has been deactivated. Check the name and try again.',
  pair_exists:
    'These two already share an active mentoring channel. Carry on there, or wrap it up before opening a new one.',
  not_pair_channel: 'This command only works in a mentoring pair’s private channel. Please run it there.',
  not_member: 'Only the mentor and the mentee of this pair can do that.',
  pair_closed: 'This mentoring relationship is closed, so nothing here can be changed any more.',
  unknown_command: 'Sorry, we didn’t recognise that command. Type `/mentor` to see everything we can do.',
  unknown_stage: 'We don’t know that stage. Use one of `next`, `prepare`, `engage`, `nurture` or `evaluate`.',
  already_in_stage: 'You’re already at the *{stage}* stage. Pick another one, or use `next` to move on.',
  use_wrap_up:
    'Evaluate is the final stage. When you’re ready to finish, run `/wrap-up confirm` to close the relationship.',
  log_empty:
    'Your notes are empty. Add some text after the command, or run `/mentor-log` on its own to open the form.',
  log_too_long: 'Those notes are too long: please keep them to {max} characters or fewer.',
  log_too_many_items: 'A meeting log holds at most {max} next steps, and these notes have {count}. Nothing was saved: keep the {max} that matter most, or split them over two logs.',
  date_invalid: 'We couldn’t read that date. Please use the date picker or the YYYY-MM-DD format.',
  date_in_past: 'The next meeting date must be today or later.',
  channel_failed:
    'Slack wouldn’t let us create or set up the mentoring channel, so nothing was saved. Please try again in a moment, or contact your programme admin if it keeps happening.',
  stale_action: 'That button is out of date: the pair has already moved on. Check the latest messages in the channel.',
  already_paused: 'This pair’s reminders are already paused. Run `/mentor resume` to turn them back on.',
  not_paused: 'This pair’s reminders aren’t paused.',
  page_invalid: 'There is no page {page}: give a whole number from 1, for example `/mentor history 2`.',
  owner_not_member:
    '{user} isn’t in this pair, so they can’t own one of its action items. Mention the mentor, the mentee or both.',
  action_item_unknown: 'This pair has no action item {number}. Run `/mentor status` to see the open ones and their numbers.',
  log_not_author: 'Only the person who wrote this meeting log can change or delete it.',
  log_edit_expired: 'A meeting log can be changed or deleted for 7 days after it was written, and this one is older.',
  erase_target_invalid: 'Name the closed pair to erase by its number, as the admins’ Home tab lists it: `/mentor erase 12`.',
  pair_unknown: 'There is no pair with that number in this workspace.',
  pair_not_closed: 'Only a closed relationship can be erased. This one is still active: its members wrap it up first with `/wrap-up`.',
  pair_erased: 'That pair has already been erased.',
  not_wrapping_up: 'This pair isn’t wrapping up. Run `/wrap-up` in your channel to start.',
  wrap_up_not_ready: 'First comes the celebration summary: run `/wrap-up confirm` once you’ve both written your reflection.',
  already_decided: 'This has already been decided. Look at the channel to see what was chosen.',
  command_too_long: 'That is longer than any `/mentor` command: please keep it to {max} characters.',
  cohort_invalid: 'A cohort name holds up to {max} characters, on one line, without quotes inside or `<` `>`.',
  cohort_unknown: 'We know no cohort called “{cohort}”. `/mentor report` without a name covers every pair.',
  pair_list_empty: 'The list is empty: paste one pair a line (`@mentor @mentee cohort`) or a CSV with mentor, mentee and cohort.',
  pair_list_header_unreadable:
    'The first line of your CSV looks like a header, but we could not tell which column holds the mentor and which the mentee. Name them `mentor` and `mentee` (once each), or start the file with a row of people.',
  pair_list_too_long: 'A list holds up to {max} pairs: please split it in two.',
  pair_file_too_large: 'That file is larger than {max} kB, more than any list of 500 pairs needs: please check it is the right file, or split it.',
  pair_file_not_csv: 'We read lists from CSV or plain-text files (.csv, .txt) only. In a spreadsheet, choose “Save as CSV UTF-8” and upload that file.',
  pair_file_not_text: 'We could not read that file as UTF-8 text. Save it as “CSV UTF-8” and upload it again.',
  pair_file_unreadable: 'We could not download that file from Slack (it may have been deleted, or Slack did not answer in time). Please upload it again, or paste the list.',
  pair_file_no_scope: 'We cannot read uploaded files yet: the app needs Slack’s `files:read` permission. Ask whoever installed it to reinstall it from the current manifest; meanwhile, paste the list.',
  contact_empty: 'Your message to the pair is empty: nothing was sent. Write a few words and send it again.',
  contact_too_long: 'Your message to the pair is too long: nothing was sent. Please keep it to {max} characters.',
};
