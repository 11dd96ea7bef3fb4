/** auth.*, users.* and views.* methods of the Slack stand-in. */
import type { Handler } from './conversations.js';
import { enforceView, requireArgument } from './enforce.js';
import { bool, objectOf, str } from './http.js';
import type { CurrentView, StandInState } from './state.js';
import { ApiError, type Params, type StandInView } from './types.js';

const authTest: Handler = (state) => ({
  ok: true,
  url: 'https://stand-in.slack.com/',
  team: 'Stand-in',
  user: state.users.get(state.ids.botUserId)?.name ?? 'mentor-coach',
  team_id: state.ids.teamId,
  user_id: state.ids.botUserId,
  bot_id: state.ids.botId,
  is_enterprise_install: false,
});

const apiTest: Handler = (_state, params) => ({ ok: true, args: params });

const usersInfo: Handler = (state, params) => {
  const user = state.users.get(str(params, 'user') ?? '');
  if (user === undefined) throw new ApiError('user_not_found');
  return { ok: true, user: state.userJson(user, bool(params, 'include_locale')) };
};

const usersList: Handler = (state, params) => ({
  ok: true,
  members: [...state.users.values()].map((user) => state.userJson(user, bool(params, 'include_locale'))),
  cache_ts: state.now(),
  response_metadata: { next_cursor: '' },
});

function viewJson(state: StandInState, id: string, current: CurrentView): Record<string, unknown> {
  const view = current.view;
  return {
    type: view.type,
    blocks: [],
    private_metadata: '',
    callback_id: '',
    title: null,
    close: null,
    submit: null,
    clear_on_close: false,
    notify_on_close: false,
    external_id: '',
    ...view,
    id,
    team_id: state.ids.teamId,
    state: { values: {} },
    hash: current.hash,
    previous_view_id: current.previousViewId,
    root_view_id: current.rootViewId,
    app_id: 'A0001',
    app_installed_team_id: state.ids.teamId,
    bot_id: state.ids.botId,
  };
}

function viewArgument(params: Params): Record<string, unknown> {
  const view = objectOf(params, 'view');
  if (view === undefined || typeof view.type !== 'string') throw new ApiError('invalid_arguments');
  return view;
}

function record(state: StandInState, entry: StandInView, current: CurrentView): Record<string, unknown> {
  state.currentViews.set(entry.id, current);
  state.views.push(entry);
  return { ok: true, view: viewJson(state, entry.id, current) };
}

function openOrPush(method: 'views.open' | 'views.push'): Handler {
  return (state, params) => {
    const triggerId = requireArgument(str(params, 'trigger_id'), 'invalid_arguments', 'arg.trigger_id', 'trigger_id');
    const view = viewArgument(params);
    enforceView(state, view, 'modal');
    const id = state.nextViewId();
    const current: CurrentView = { view, hash: state.nextHash(), rootViewId: id, previousViewId: null };
    return record(state, { id, method, view, triggerId }, current);
  };
}

const viewsUpdate: Handler = (state, params) => {
  const viewId = str(params, 'view_id');
  const externalId = str(params, 'external_id');
  requireArgument(viewId ?? externalId, 'invalid_arguments', 'arg.view_id', 'view_id');
  const view = viewArgument(params);
  enforceView(state, view, 'any');
  let id = viewId;
  if (id === undefined) {
    id = [...state.currentViews].reverse().find(([, current]) => current.view.external_id === externalId)?.[0];
  }
  const existing = id === undefined ? undefined : state.currentViews.get(id);
  if (id === undefined || existing === undefined) throw new ApiError('not_found');
  const hash = str(params, 'hash');
  if (hash !== undefined && hash !== existing.hash) throw new ApiError('hash_conflict');
  const current: CurrentView = { ...existing, view, hash: state.nextHash() };
  return record(state, { id, method: 'views.update', view }, current);
};

/** App Home: answered and recorded in `calls`, not in `views` (which holds modals). */
const viewsPublish: Handler = (state, params) => {
  const userId = str(params, 'user_id');
  if (userId === undefined || !state.users.has(userId)) throw new ApiError('user_not_found');
  const view = viewArgument(params);
  enforceView(state, view, 'home');
  const id = state.nextViewId();
  return { ok: true, view: viewJson(state, id, { view, hash: state.nextHash(), rootViewId: id, previousViewId: null }) };
};

export const miscMethods: Record<string, Handler> = {
  'auth.test': authTest,
  'api.test': apiTest,
  'users.info': usersInfo,
  'users.list': usersList,
  'views.open': openOrPush('views.open'),
  'views.push': openOrPush('views.push'),
  'views.update': viewsUpdate,
  'views.publish': viewsPublish,
};

/** Methods Slack answers without a token. */
export const UNAUTHENTICATED_METHODS = new Set(['api.test']);
