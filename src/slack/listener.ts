import type {
  AckFn,
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewResponseAction,
  ViewSubmitAction,
  webApi,
} from '@slack/bolt';
import type { Catalog } from '../content/index.js';
import type { ServiceContext } from '../services/context.js';
import { describeError } from './error-reply.js';
import { answerClick } from './kit/click-reply.js';
import type { SlackMessage } from './kit/blocks.js';
import { formWindow } from './kit/form-window.js';
import { catalogOf } from './requester.js';

/**
 * The one shape of every command, action and view listener: Slack is answered first (within its three
 * seconds; a form through its form window), then the handler gets who asked (user and team), the
 * catalog in their language, and a private way to answer. A handler that throws is answered privately
 * with the error in words (a CoachError's code through error-reply.ts), so handlers hold no try/catch
 * of their own unless they answer a failure differently. One handler a file; see test/unit/listener.test.ts.
 */
export interface Requester {
  ctx: ServiceContext;
  teamId: string;
  userId: string;
  /** The catalog in the requester's language; asked of Slack once, only when a handler needs words. */
  catalog(): Promise<Catalog>;
}

/** What a private answer holds: words, with blocks or without. */
export type Answer = SlackMessage | { text: string };

/** A private answer: `replace` swaps the message clicked on for the answer (actions only). */
export type Reply = (message: Answer, options?: { replace?: boolean }) => Promise<void>;

export interface ActionRequest<A extends BlockAction = BlockButtonAction> extends Requester {
  body: A;
  action: A['actions'][number];
  client: webApi.WebClient;
  reply: Reply;
}

export interface CommandRequest extends Requester {
  command: SlackCommandMiddlewareArgs['command'];
  client: webApi.WebClient;
  reply: Reply;
}

export interface ViewRequest extends Requester {
  body: ViewSubmitAction;
  view: ViewSubmitAction['view'];
  client: webApi.WebClient;
  /** Slack's ack, or the form window's (see form-window.ts) when the view was registered with `window: true`. */
  ack: AckFn<ViewResponseAction> & AckFn<void>;
  /** A modal has no response_url: tells the requester privately, in the pair's channel; a failure to tell is logged. */
  tell(channelId: string, message: Answer, what: string): Promise<void>;
  /** The error in words (see error-reply.ts). */
  describe(error: unknown): Promise<string>;
}

export type Handler<R> = (request: R) => Promise<void>;

export interface ActionOptions {
  /**
   * Where a failure is answered: 'respond' (the click's response_url, the default), or 'click' for
   * buttons that also sit on the App Home, which has no response_url (a small window instead).
   */
  failure?: 'respond' | 'click';
}

/** The team of an interaction: the workspace's, or the user's on an org-wide install. */
export function teamOf(body: { team?: { id: string } | null; user: { team_id?: string } }): string {
  return body.team?.id ?? body.user.team_id ?? '';
}

function requester(ctx: ServiceContext, teamId: string, userId: string): Requester {
  let catalog: Promise<Catalog> | undefined;
  return { ctx, teamId, userId, catalog: () => (catalog ??= catalogOf(ctx.slack, userId)) };
}

function replyBy(respond: RespondFn, replaceable: boolean): Reply {
  return async (message, options) => {
    const replace = replaceable ? { replace_original: options?.replace ?? false } : {};
    await respond({ response_type: 'ephemeral', ...replace, ...message });
  };
}

/** A button, checkbox or date picker. `constraint` is an action_id or a pattern of them. */
export function onAction<A extends BlockAction = BlockButtonAction>(
  app: App,
  ctx: ServiceContext,
  constraint: string | RegExp,
  handler: Handler<ActionRequest<A>>,
  options: ActionOptions = {},
): void {
  app.action<A>(constraint, async (args: SlackActionMiddlewareArgs<A> & AllMiddlewareArgs) => {
    const { ack, body, action, respond, client } = args;
    await ack();
    const request = { ...requester(ctx, teamOf(body), body.user.id), body, action, client, reply: replyBy(respond, true) };
    try {
      await handler(request);
    } catch (error) {
      const c = await request.catalog();
      const text = describeError(c, error, ctx.log);
      if (options.failure === 'click') {
        await answerClick({ body: body as unknown as BlockButtonAction, respond, client }, c, text, ctx.log);
      } else await request.reply({ text });
    }
  });
}

/** A slash command; a failure is answered privately in the channel it was typed in. */
export function onCommand(app: App, ctx: ServiceContext, name: string, handler: Handler<CommandRequest>): void {
  app.command(name, async ({ command, ack, respond, client }) => {
    await ack();
    const request = { ...requester(ctx, command.team_id, command.user_id), command, client, reply: replyBy(respond, false) };
    try {
      await handler(request);
    } catch (error) {
      await request.reply({ text: describeError(await request.catalog(), error, ctx.log) });
    }
  });
}

/**
 * A form's submission. With `window` (the default) its ack is the form window's, so Slack is answered
 * in time whatever the database does; without it the handler acks itself at once. A form's answers
 * depend on where it stands (beside a field, or by message once closed), so its handler says them.
 */
export function onView(
  app: App,
  ctx: ServiceContext,
  callbackId: string,
  handler: Handler<ViewRequest>,
  options: { window?: boolean } = {},
): void {
  app.view<ViewSubmitAction>(callbackId, async (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const { body, view, client } = args;
    const ack = (options.window ?? true ? formWindow(ctx, client, body.user.id, args.ack) : args.ack) as ViewRequest['ack'];
    const base = requester(ctx, teamOf(body), body.user.id);
    await handler({
      ...base,
      body,
      view,
      client,
      ack,
      describe: async (error) => describeError(await base.catalog(), error, ctx.log),
      tell: async (channel, message, what) => {
        await client.chat
          .postEphemeral({ channel, user: base.userId, ...message })
          .catch((failure: unknown) => ctx.log(what, { error: String(failure) }));
      },
    });
  });
}
