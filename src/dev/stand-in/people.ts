/**
 * users.lookupByEmail and usergroups.* of the Slack stand-in, with Slack's shapes and errors.
 * https://docs.slack.dev/reference/methods/users.lookupByEmail (users_not_found; scope users:read.email)
 * https://docs.slack.dev/reference/methods/usergroups.list, usergroups.users.list (no_such_subteam; scope usergroups:read)
 */
import type { Handler } from './conversations.js';
import { bool, str } from './http.js';
import type { StandInState } from './state.js';
import { ApiError } from './types.js';

export interface StandInUserGroup {
  id: string;
  handle: string;
  name: string;
  users: string[];
  /** A disabled group: listed only with include_disabled, its users still readable. */
  disabled?: boolean;
}

const groupsOf = new WeakMap<StandInState, Map<string, StandInUserGroup>>();

export function userGroups(state: StandInState): Map<string, StandInUserGroup> {
  let groups = groupsOf.get(state);
  if (groups === undefined) {
    groups = new Map();
    groupsOf.set(state, groups);
  }
  return groups;
}

const lookupByEmail: Handler = (state, params) => {
  const email = str(params, 'email');
  if (email === undefined) throw new ApiError('invalid_arguments');
  const user = [...state.users.values()].find((one) => one.email !== undefined && one.email.toLowerCase() === email.toLowerCase());
  // Slack answers users_not_found for an address nobody in the workspace has.
  if (user === undefined) throw new ApiError('users_not_found');
  return { ok: true, user: state.userJson(user, false) };
};

function groupJson(state: StandInState, group: StandInUserGroup, withUsers: boolean): Record<string, unknown> {
  return {
    id: group.id,
    team_id: state.ids.teamId,
    is_usergroup: true,
    name: group.name,
    description: '',
    handle: group.handle,
    is_external: false,
    date_create: state.now(),
    date_update: state.now(),
    date_delete: group.disabled === true ? state.now() : 0,
    auto_type: null,
    created_by: state.ids.botUserId,
    updated_by: state.ids.botUserId,
    deleted_by: null,
    prefs: { channels: [], groups: [] },
    user_count: group.users.length,
    ...(withUsers ? { users: [...group.users] } : {}),
  };
}

const usergroupsList: Handler = (state, params) => ({
  ok: true,
  usergroups: [...userGroups(state).values()]
    .filter((group) => group.disabled !== true || bool(params, 'include_disabled'))
    .map((group) => groupJson(state, group, bool(params, 'include_users'))),
});

const usergroupsUsersList: Handler = (state, params) => {
  const id = str(params, 'usergroup');
  if (id === undefined) throw new ApiError('invalid_arguments');
  const group = userGroups(state).get(id);
  if (group === undefined) throw new ApiError('no_such_subteam');
  return { ok: true, users: [...group.users] };
};

export const peopleMethods: Record<string, Handler> = {
  'users.lookupByEmail': lookupByEmail,
  'usergroups.list': usergroupsList,
  'usergroups.users.list': usergroupsUsersList,
};
