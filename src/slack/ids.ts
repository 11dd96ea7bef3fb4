/** Every action_id, callback_id and block_id the app sends and listens for, in one place. */
export const ACTION_WRAP_UP_CONFIRM = 'wrap_up_confirm';

/** The wrap-up: the last meeting's date picker (block_id `last_meeting:<pair id>`), the reflection form (value: pair id). */
export const ACTION_LAST_MEETING_PICK = 'wrap_up_last_meeting';
export const LAST_MEETING_BLOCK_PREFIX = 'last_meeting:';
export const ACTION_REFLECTION_OPEN = 'wrap_up_reflect';
/** The decision under the celebration summary (value: pair id). */
export const ACTION_DECIDE_CONTINUE = 'wrap_up_continue';
export const ACTION_DECIDE_STAY_IN_TOUCH = 'wrap_up_stay_in_touch';
export const ACTION_DECIDE_CLOSE = 'wrap_up_close';
export const VIEW_REFLECTION = 'wrap_up_reflection';
export const VIEW_CONTINUE_CYCLE = 'wrap_up_continue_cycle';
/** Reflection form blocks; each plan step adds `reflection_step:<position>` and `reflection_step_comment:<position>`. */
export const REFLECTION_BLOCKS = {
  learned: 'reflection_learned',
  goal: 'reflection_goal',
  goalComment: 'reflection_goal_comment',
  step: 'reflection_step:',
  stepComment: 'reflection_step_comment:',
  expectations: 'reflection_expectations',
  expectationsComment: 'reflection_expectations_comment',
  highlight: 'reflection_highlight',
  next: 'reflection_next',
  thanks: 'reflection_thanks',
} as const;
export const CONTINUE_END_BLOCK = 'continue_end_on';

/** Buttons on a reminder; their value is the job id. */
export const ACTION_NUDGE_SNOOZE = 'nudge_snooze';
export const ACTION_NUDGE_DONE = 'nudge_done';
/** Buttons on the "pause, continue or close?" question; their value is the pair id. */
export const ACTION_PAIR_PAUSE = 'pair_pause';
export const ACTION_PAIR_KEEP_GOING = 'pair_keep_going';
export const ACTION_PAIR_WRAP_UP = 'pair_wrap_up';

/** "Start the conversation": three more icebreakers and the move to nurture; their value is the pair id. */
export const ACTION_MORE_ICEBREAKERS = 'icebreakers_more';
export const ACTION_SUGGEST_NURTURE = 'suggest_nurture';
/** Both checklists' checkboxes; the block_id is `checklist:<list>:<pair id>`, option values are item indexes. */
export const ACTION_CHECKLIST_TICK = 'checklist_tick';

export const VIEW_MEETING_LOG = 'meeting_log';
/** "Done" beside an open action item of a posted meeting log; the value is the item id. */
export const ACTION_ITEM_DONE = 'action_item_done';
/** "Delete log" on a posted meeting log, for its author within 7 days; the value is the log id. */
export const ACTION_LOG_DELETE = 'meeting_log_delete';
/** "Edit log" beside it, same rules; opens the log form filled with the log. */
export const ACTION_LOG_EDIT = 'meeting_log_edit';
/** "Post it again" under a saved log whose post failed, for the author; the value is the log id. */
export const ACTION_LOG_REPOST = 'meeting_log_repost';
/** `/mentor erase`'s confirmation, for programme admins; the value is the closed pair's id. */
export const ACTION_ERASE_CONFIRM = 'pair_erase_confirm';
export const ACTION_ERASE_CANCEL = 'pair_erase_cancel';
export const VIEW_AGREEMENT = 'mentoring_agreement';

/**
 * Opens the mentoring agreement form (on the pinned agreement, the engage post and the App Home).
 * On the App Home, which has no channel, the button's value is the pair's channel id.
 */
export const ACTION_AGREEMENT_EDIT = 'agreement_edit';
/** App Home: opens the meeting-log form for a pair; the value is the pair's channel id. */
export const ACTION_HOME_LOG_MEETING = 'home_log_meeting';

/** `/mentor history`: older and newer pages of the logs; the value is the page to show. */
export const ACTION_HISTORY_OLDER = 'history_older';
export const ACTION_HISTORY_NEWER = 'history_newer';

export const AGREEMENT_BLOCKS = {
  priorities: 'agreement_priorities',
  focusAreas: 'agreement_focus_areas',
  successMeasures: 'agreement_success_measures',
  frequency: 'agreement_frequency',
  meetingMinutes: 'agreement_minutes',
  startsOn: 'agreement_starts_on',
  endsOn: 'agreement_ends_on',
  preferredDay: 'agreement_preferred_day',
  preferredTime: 'agreement_preferred_time',
} as const;

export const LOG_BLOCKS = {
  metOn: 'log_met_on',
  summary: 'log_summary',
  achievements: 'log_achievements',
  nextSteps: 'log_next_steps',
  nextMeetingOn: 'log_next_meeting_on',
  nextMeetingTime: 'log_next_meeting_time',
  privateNote: 'log_private_note',
} as const;

/** Each input block holds one element, whose action_id is always this. */
export const INPUT_ACTION = 'value';

/** Preparation: open the goal form or one's own inventory form (value: the pair id). */
export const ACTION_GOAL_OPEN = 'prep_goal_open';
export const ACTION_INVENTORY_OPEN = 'prep_inventory_open';
/** A step of the plan marked done or open again (value: the step id). */
export const ACTION_STEP_DONE = 'goal_step_done';
export const ACTION_STEP_UNDO = 'goal_step_undo';
/** "Start the conversation", suggested once the preparation checklist is complete: the move to engage (value: the pair id; the wire id is kept for buttons already posted). */
export const ACTION_ENGAGE_START = 'prep_start_conversation';
/** On the `/mentor agenda` preview: posts the agenda in the pair's channel (value: the pair id). */
export const ACTION_AGENDA_POST = 'agenda_post';

export const VIEW_GOAL_PLAN = 'goal_plan';
export const VIEW_INVENTORY = 'self_inventory';

export const GOAL_BLOCKS = {
  goal: 'goal_goal',
  plan: 'goal_plan_steps',
} as const;

/** One input block per inventory field, in form order. */
export const INVENTORY_BLOCKS = {
  strengths: 'inventory_strengths',
  developmentAreas: 'inventory_development_areas',
  shortTermGoals: 'inventory_short_term_goals',
  longTermGoals: 'inventory_long_term_goals',
  expectations: 'inventory_expectations',
  contribution: 'inventory_contribution',
  rapport: 'inventory_rapport',
} as const;
