import type { App } from '@slack/bolt';
import { z } from 'zod';
import { type Catalog, fill } from '../../content/index.js';
import type { ServiceContext } from '../../services/context.js';
import { previewPairList } from '../../services/programme/bulk-preview.js';
import { moveToCohort } from '../../services/programme/cohorts.js';
import { contactPair } from '../../services/programme/pair-admin.js';
import { acceptOnce } from '../kit/accept-once.js';
import { readInput, readMetadata } from '../kit/view-state.js';
import { readPairManyForm } from './pair-many-form.js';
import { onView, type ViewRequest } from '../listener.js';
import { COHORT_BLOCK, CONTACT_BLOCK, PAIR_MANY_BLOCK, VIEW_CONTACT_PAIR, VIEW_MOVE_COHORT, VIEW_PAIR_MANY } from './programme-ids.js';
import { safeText } from '../kit/safe-text.js';

const pairMetadata = z.object({ pairId: z.number().int().positive() });
const pairIdOf = (view: ViewRequest['view']) => readMetadata(view.private_metadata, pairMetadata)?.pairId ?? 0;

/** What a form does once accepted; the answer for the admin's direct messages ('' for none). */
type Submit = (ctx: ServiceContext, request: ViewRequest) => Promise<string>;
/** Field errors that keep the form open for correction, before it is accepted; undefined when there are none. */
type Check = (c: Catalog, request: ViewRequest) => Record<string, string> | undefined;

const FORMS: ReadonlyArray<[callbackId: string, block: string, submit: Submit, check?: Check]> = [
  [
    VIEW_PAIR_MANY,
    PAIR_MANY_BLOCK,
    async (ctx, { teamId, userId, view, catalog }) => {
      const input = readPairManyForm(await catalog(), view.state.values);
      if ('errors' in input) return '';
      await previewPairList(ctx, { teamId, actorId: userId, ...input });
      return '';
    },
    (c, { view }) => {
      const input = readPairManyForm(c, view.state.values);
      return 'errors' in input ? input.errors : undefined;
    },
  ],
  [
    VIEW_CONTACT_PAIR,
    CONTACT_BLOCK,
    async (ctx, { teamId, userId, view, catalog }) => {
      const sent = await contactPair(ctx, { teamId, actorId: userId, pairId: pairIdOf(view), text: readInput(view.state.values, CONTACT_BLOCK) ?? '' });
      return fill((await catalog()).programme.contact.sent, { mentor: `<@${sent.mentorId}>`, mentee: `<@${sent.menteeId}>` });
    },
  ],
  [
    VIEW_MOVE_COHORT,
    COHORT_BLOCK,
    async (ctx, { teamId, userId, view, catalog }) => {
      const moved = await moveToCohort(ctx, { teamId, actorId: userId, pairId: pairIdOf(view), cohortName: readInput(view.state.values, COHORT_BLOCK) ?? '' });
      return fill((await catalog()).programme.cohort.moved, { number: moved.pairId, cohort: safeText(moved.cohort) });
    },
  ],
];

/**
 * The programme's forms. Each is closed at once and carried out once (acceptOnce); the service
 * checks the sender is a programme admin before it reads what was typed, and the outcome (or why
 * not) comes to the admin by direct message.
 */
export function registerProgrammeViews(app: App, ctx: ServiceContext): void {
  for (const [callbackId, block, submit, check] of FORMS) {
    onView(app, ctx, callbackId, async (request) => {
      const c = await request.catalog();
      const errors = check?.(c, request);
      if (errors !== undefined) {
        await request.ack({ response_action: 'errors', errors });
        return;
      }
      if (!(await acceptOnce(ctx, c, request.body, request.ack, block))) return;
      let answer: string;
      try {
        answer = await submit(ctx, request);
      } catch (error) {
        answer = await request.describe(error);
      }
      // In the bot's direct messages with the admin, where the list's preview comes too.
      if (answer !== '') {
        await request.client.chat
          .postMessage({ channel: request.userId, text: answer })
          .catch((error: unknown) => ctx.log('could not answer a programme form', { error: String(error) }));
      }
    });
  }
}
