/** Every action_id, callback_id and block_id the app sends and listens for, in one place. */
export const ACTION_WRAP_UP_CONFIRM = 'wrap_up_confirm';

/** Buttons on a reminder; their value is the job id. */
export const ACTION_NUDGE_SNOOZE = 'nudge_snooze';
export const ACTION_NUDGE_DONE = 'nudge_done';
/** Buttons on the "pause, continue or close?" question; their value is the pair id. */
export const ACTION_PAIR_PAUSE = 'pair_pause';
export const ACTION_PAIR_KEEP_GOING = 'pair_keep_going';
export const ACTION_PAIR_WRAP_UP = 'pair_wrap_up';

export const VIEW_MEETING_LOG = 'meeting_log';

export const LOG_BLOCKS = {
  summary: 'log_summary',
  achievements: 'log_achievements',
  nextSteps: 'log_next_steps',
  nextMeetingOn: 'log_next_meeting_on',
} as const;

/** Each input block holds one element, whose action_id is always this. */
export const INPUT_ACTION = 'value';
