/** action_ids, callback_ids and block_ids of running a programme (issue 17). */

/** Under a "pair many" preview (value: the list's id). */
export const ACTION_BULK_OPEN = 'programme_bulk_open';
export const ACTION_BULK_CANCEL = 'programme_bulk_cancel';
/** The admins' Home: "Pair many" opens the list form; paging; per flagged pair (value: pair id). */
export const ACTION_PAIR_MANY = 'programme_pair_many';
export const ACTION_HOME_PREVIOUS = 'programme_home_previous';
export const ACTION_HOME_NEXT = 'programme_home_next';
export const ACTION_CONTACT_PAIR = 'programme_contact_pair';
export const ACTION_PAIR_STATUS = 'programme_pair_status';
export const ACTION_MOVE_COHORT = 'programme_move_cohort';
/** Forms: the list, the message to a pair, the cohort to move to (private_metadata: pair id). */
export const VIEW_PAIR_MANY = 'programme_pair_many';
export const VIEW_CONTACT_PAIR = 'programme_contact_pair';
export const VIEW_MOVE_COHORT = 'programme_move_cohort';
export const VIEW_PAIR_STATUS = 'programme_pair_status';
export const PAIR_MANY_BLOCK = 'programme_pair_list';
export const PAIR_FILE_BLOCK = 'programme_pair_file';
export const CONTACT_BLOCK = 'programme_contact_text';
export const COHORT_BLOCK = 'programme_cohort_name';
