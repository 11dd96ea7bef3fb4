import { describe, expect, it } from 'vitest';
import { CHANNEL_PROBLEMS, channelProblemOf } from '../../src/domain/channel-problems.js';
import { isPermanentSlackError } from '../../src/slack/platform/slack-errors.js';
import { deliveryKey } from '../../src/slack/platform/delivery-guard.js';

describe('what a Slack error means for a scheduled post', () => {
  it.each<[string, boolean, string | null]>([
    // [Slack's error, never worth another attempt, sets the pair aside as]
    ['is_archived', true, 'is_archived'],
    ['not_in_channel', true, 'not_in_channel'],
    ['channel_not_found', true, 'channel_not_found'],
    ['account_inactive', true, null],
    ['invalid_auth', true, null],
    ['token_revoked', true, null],
    ['missing_scope', true, null],
    ['ratelimited', false, null],
    ['internal_error', false, null],
    ['fatal_error', false, null],
    ['service_unavailable', false, null],
    ['slack_webapi_http_error', false, null],
    ['slack_webapi_request_error', false, null],
    ['msg_too_long', false, null],
    ['', false, null],
    ['IS_ARCHIVED', false, null],
    ['is_archived ', false, null],
  ])('%s: permanent %s, channel problem %s', (code, permanent, problem) => {
    expect(isPermanentSlackError(code)).toBe(permanent);
    expect(channelProblemOf(code)).toBe(problem);
  });

  it('every channel problem is permanent', () => {
    for (const problem of CHANNEL_PROBLEMS) expect(isPermanentSlackError(problem)).toBe(true);
  });
});

describe('deliveryKey: which requests are carried out once, by what', () => {
  it.each<[string, unknown, string | undefined]>([
    ['a slash command, by its trigger', { command: '/mentor', trigger_id: '123.456.abc' }, 'command:123.456.abc'],
    ['a button click, by its trigger', { type: 'block_actions', trigger_id: '123.456.def' }, 'action:123.456.def'],
    ['a form: claimed when accepted, by view id', { type: 'view_submission', trigger_id: '123.456.ghi', view: { id: 'V1' } }, undefined],
    ['an event: kept apart by event id where it matters', { type: 'event_callback', event_id: 'Ev1' }, undefined],
    ['a command without a trigger', { command: '/mentor' }, undefined],
    ['an empty trigger', { command: '/mentor', trigger_id: '' }, undefined],
    ['a trigger that is not text', { type: 'block_actions', trigger_id: 42 }, undefined],
    ['a body that is not an object', 'payload', undefined],
    ['nothing', null, undefined],
  ])('%s', (_name, body, key) => {
    expect(deliveryKey(body)).toBe(key);
  });
});
