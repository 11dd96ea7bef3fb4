import { handleVerdict, type HandleVerdict } from '../../domain/programme/handle-match.js';
import { USERS_LIST_MAX_PAGES } from '../../domain/programme/lookup-budgets.js';
import type { ListLine, LookedUp, PersonRef, ResolvedLine } from '../../domain/programme/pair-list.js';
import type { ServiceContext } from '../context.js';

/** Slack lookups run side by side, this many at a time; the gateway paces them within each method's tier. */
const PARALLEL = 8;

/** How many different people a list names: what the admin is told is being checked. */
export function countPeople(lines: readonly ListLine[]): number {
  return new Set(lines.flatMap((line) => ('problem' in line ? [] : [refKey(line.mentor), refKey(line.mentee)]))).size;
}

/**
 * The Slack calls checking a list takes at most, by method: an email each, an id or a handle's
 * person each (users.info), and users.list's pages when the list has a handle.
 */
export function plannedLookups(lines: readonly ListLine[]): Record<string, number> {
  const refs = new Set(lines.flatMap((line) => ('problem' in line ? [] : [refKey(line.mentor), refKey(line.mentee)])));
  const emails = [...refs].filter((key) => key.startsWith('email:')).length;
  const handles = [...refs].filter((key) => key.startsWith('handle:')).length;
  return { 'users.lookupByEmail': emails, 'users.info': refs.size - emails, 'users.list': handles > 0 ? USERS_LIST_MAX_PAGES : 0 };
}

/**
 * Looks up every person a list names, once each for the whole list (the same email on ten lines is
 * one call): ids through users.info, emails through users.lookupByEmail, handles through users.list
 * (a handle several people answer to is 'ambiguous', never one of them at random). Each call is a bulk one: paced within Slack's tier, a 429 waited out. Someone Slack does not know
 * stays undefined.
 */
export async function resolveLines(ctx: ServiceContext, lines: readonly ListLine[]): Promise<ResolvedLine[]> {
  const refs = lines.flatMap((line) => ('problem' in line ? [] : [line.mentor, line.mentee]));
  const handles = [...new Set(refs.flatMap((ref) => (ref.kind === 'handle' ? [ref.handle] : [])))];
  const candidates = handles.length === 0 ? new Map() : await ctx.slack.findUsersByHandle(handles);
  const handleIds = new Map(handles.map((handle) => [handle, handleVerdict(candidates.get(handle) ?? [])]));
  const keys = [...new Set(refs.map(refKey))];
  const people = new Map<string, LookedUp>();
  await eachLimited(keys, PARALLEL, async (key) => people.set(key, await lookUp(ctx, key, handleIds)));
  return lines.map((line) =>
    'problem' in line
      ? line
      : { lineNo: line.lineNo, mentor: people.get(refKey(line.mentor)), mentee: people.get(refKey(line.mentee)), cohort: line.cohort },
  );
}

function refKey(ref: PersonRef): string {
  return ref.kind === 'id' ? `id:${ref.id}` : ref.kind === 'email' ? `email:${ref.email}` : `handle:${ref.handle}`;
}

async function lookUp(ctx: ServiceContext, key: string, handleIds: ReadonlyMap<string, HandleVerdict>): Promise<LookedUp> {
  const [kind, value = ''] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const byHandle = kind === 'handle' ? handleIds.get(value) : undefined;
  if (byHandle === 'ambiguous') return 'ambiguous';
  const user =
    kind === 'email'
      ? await ctx.slack.lookupUserByEmail(value)
      : await lookupId(ctx, kind === 'id' ? value : byHandle?.id);
  return user === undefined ? undefined : { id: user.id, isBot: user.isBot, deleted: user.deleted };
}

async function lookupId(ctx: ServiceContext, id: string | undefined) {
  return id === undefined ? undefined : ctx.slack.lookupUser(id, { bulk: true });
}

async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
