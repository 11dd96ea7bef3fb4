/** Every action_id, callback_id and block_id the app sends and listens for, in one place. */
export const ACTION_WRAP_UP_CONFIRM = 'wrap_up_confirm';

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
export const VIEW_AGREEMENT = 'mentoring_agreement';

/** Opens the mentoring agreement form (on the pinned agreement and the engage post). */
export const ACTION_AGREEMENT_EDIT = 'agreement_edit';

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
  summary: 'log_summary',
  achievements: 'log_achievements',
  nextSteps: 'log_next_steps',
  nextMeetingOn: 'log_next_meeting_on',
} as const;

/** Each input block holds one element, whose action_id is always this. */
export const INPUT_ACTION = 'value';
