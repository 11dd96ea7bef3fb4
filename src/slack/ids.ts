/** Every action_id, callback_id and block_id the app sends and listens for, in one place. */
export const ACTION_WRAP_UP_CONFIRM = 'wrap_up_confirm';

export const VIEW_MEETING_LOG = 'meeting_log';

export const LOG_BLOCKS = {
  summary: 'log_summary',
  achievements: 'log_achievements',
  nextSteps: 'log_next_steps',
  nextMeetingOn: 'log_next_meeting_on',
} as const;

/** Each input block holds one element, whose action_id is always this. */
export const INPUT_ACTION = 'value';
