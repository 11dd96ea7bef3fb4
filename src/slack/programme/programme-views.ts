import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import { fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { previewPairList } from '../../services/programme/bulk-preview.js';
import { moveToCohort } from '../../services/programme/cohorts.js';
import { contactPair } from '../../services/programme/pair-admin.js';
import { describeError } from '../error-reply.js';
import { acceptOnce } from '../kit/accept-once.js';
import { readInput, readMetadata } from '../kit/view-state.js';
import { catalogOf } from '../requester.js';
import { COHORT_BLOCK, CONTACT_BLOCK, PAIR_MANY_BLOCK, VIEW_CONTACT_PAIR, VIEW_MOVE_COHORT, VIEW_PAIR_MANY } from './programme-ids.js';

const pairMetadata = z.object({ pairId: z.number().int().positive() });

/**
 * The programme's forms. Each is closed at once and carried out once (acceptOnce); the service
 * checks the sender is a programme admin before it reads what was typed, and the outcome (or why
 * not) comes to the admin by direct message.
 */
const FORMS: ReadonlyArray<[string, string, (ctx: ServiceContext, who: { teamId: string; userId: string }, values: unknown, metadata: string | undefined) => Promise<string>]> = [
  [
    VIEW_PAIR_MANY,
    PAIR_MANY_BLOCK,
    async (ctx, who, values) => {
      await previewPairList(ctx, { teamId: who.teamId, actorId: who.userId, text: readInput(values, PAIR_MANY_BLOCK) ?? '' });
      return '';
    },
  ],
  [
    VIEW_CONTACT_PAIR,
    CONTACT_BLOCK,
    async (ctx, who, values, metadata) => {
      const pairId = readMetadata(metadata, pairMetadata)?.pairId ?? 0;
      const sent = await contactPair(ctx, { teamId: who.teamId, actorId: who.userId, pairId, text: readInput(values, CONTACT_BLOCK) ?? '' });
      const c = await catalogOf(ctx.slack, who.userId);
      return fill(c.programme.contact.sent, { mentor: `<@${sent.mentorId}>`, mentee: `<@${sent.menteeId}>` });
    },
  ],
  [
    VIEW_MOVE_COHORT,
    COHORT_BLOCK,
    async (ctx, who, values, metadata) => {
      const pairId = readMetadata(metadata, pairMetadata)?.pairId ?? 0;
      const moved = await moveToCohort(ctx, { teamId: who.teamId, actorId: who.userId, pairId, cohortName: readInput(values, COHORT_BLOCK) ?? '' });
      const c = await catalogOf(ctx.slack, who.userId);
      return fill(c.programme.cohort.moved, { number: moved.pairId, cohort: moved.cohort.replace(/[<>&*_~`]/gu, '') });
    },
  ],
];

export function registerProgrammeViews(app: App, ctx: ServiceContext): void {
  for (const [callbackId, block, submit] of FORMS) {
    app.view(callbackId, async ({ ack, body, view, client }) => {
      const userId = body.user.id;
      const c = await catalogOf(ctx.slack, userId);
      if (!(await acceptOnce(ctx, c, body, ack, block))) return;
      const who = { teamId: body.team?.id ?? body.user.team_id ?? '', userId };
      let answer: string;
      try {
        answer = await submit(ctx, who, view.state.values, view.private_metadata);
      } catch (error) {
        answer = describeError(c, error, ctx.log);
      }
      if (answer !== '') await tell(client, ctx, userId, answer);
    });
  }
}

async function tell(client: webApi.WebClient, ctx: ServiceContext, userId: string, text: string): Promise<void> {
  await client.chat
    .postMessage({ channel: userId, text })
    .catch((error: unknown) => ctx.log('could not answer a programme form', { error: error instanceof Error ? error.message : String(error) }));
}
