/** Running a programme in end-to-end tests: the "pair many" form sent as Slack sends it, and the admin's DMs. */
import { INPUT_ACTION } from '../../src/slack/ids.js';
import type { SlackReply } from '../../src/dev/slack-requests.js';
import type { PaceClock } from '../../src/slack/platform/lookup-pacer.js';
import { PAIR_FILE_BLOCK, PAIR_MANY_BLOCK, VIEW_PAIR_MANY } from '../../src/slack/programme/programme-ids.js';
import { messageText, type Person, type Scenario } from './e2e.js';

let views = 0;

/**
 * A pace clock for the app's bulk lookups on a test's fixed clock: waiting for a slot (or out a 429's
 * Retry-After) moves that clock on instead of sleeping, so paced work runs at once and stays checkable.
 */
export function pacedOn(clock: { now: Date }): PaceClock {
  return {
    now: () => clock.now.getTime(),
    sleepUntil: async (at) => {
      if (at > clock.now.getTime()) clock.now = new Date(at);
    },
  };
}

export async function submitPairList(s: Scenario, admin: Person, text: string): Promise<void> {
  views += 1;
  const reply = await s.harness.slack.viewSubmission({
    userId: admin.id,
    // A form opened afresh each time, as in Slack (the same view sent twice is carried out once).
    viewId: `VPAIRMANY${views}`,
    callbackId: VIEW_PAIR_MANY,
    values: { [PAIR_MANY_BLOCK]: { [INPUT_ACTION]: { type: 'plain_text_input', value: text } } },
  });
  if (reply.status !== 200) throw new Error(`pair many: HTTP ${reply.status} ${reply.body}`);
}

/**
 * The "pair many" form sent with pasted text and/or uploaded files (the file_input's state, as Slack
 * puts it: the files' JSON); the HTTP reply, which carries field errors when the form stays open.
 */
export function submitPairForm(s: Scenario, admin: Person, input: { text?: string; files?: unknown[] }): Promise<SlackReply> {
  views += 1;
  return s.harness.slack.viewSubmission({
    userId: admin.id,
    viewId: `VPAIRMANY${views}`,
    callbackId: VIEW_PAIR_MANY,
    values: {
      [PAIR_MANY_BLOCK]: { [INPUT_ACTION]: { type: 'plain_text_input', value: input.text ?? null } },
      [PAIR_FILE_BLOCK]: { [INPUT_ACTION]: { type: 'file_input', files: input.files ?? [] } },
    },
  });
}

/** The bot's direct messages with someone, as they stand now. */
export function directMessages(s: Scenario, person: Person): string[] {
  return s.standIn.messages(person.id).map(messageText);
}

export async function latestBulk(s: Scenario): Promise<{ id: number; state: string; progress_channel: string | null; progress_ts: string | null }> {
  return s.db.selectFrom('bulk_pairings').select(['id', 'state', 'progress_channel', 'progress_ts']).orderBy('id', 'desc').executeTakeFirstOrThrow();
}

/** Clicks a button that answers by redrawing its message (no reply on the response URL); waits for `done`. */
export async function clickAndWait(s: Scenario, admin: Person, input: { channelId: string; actionId: string; value: string; messageTs: string }, done: () => Promise<boolean>): Promise<void> {
  const reply = await s.harness.slack.blockAction({ userId: admin.id, ...input, responseUrl: s.standIn.newResponseUrl() });
  if (reply.status !== 200) throw new Error(`click ${input.actionId}: HTTP ${reply.status}`);
  await s.until(async () => (await done()) || undefined);
}
