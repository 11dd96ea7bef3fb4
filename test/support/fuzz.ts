/**
 * Generators for the abuse tests: a seeded PRNG (a failure prints its seed; FUZZ_SEED=n replays it),
 * hostile strings, and Slack inputs in two families. "Invalid" ones can never be carried out, whoever
 * and wherever: they must change no row. "Anything" ones may be valid by chance (a real log, a stage
 * change): they must only be answered well, without a crash or a broadcast.
 */
import * as ids from '../../src/slack/ids.js';

export interface Rng {
  readonly seed: number;
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
  return {
    seed,
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from nothing');
      return items[int(items.length)] as T;
    },
    chance: (probability) => next() < probability,
  };
}

/** FUZZ_SEED when set (to replay a failure), else a fresh one. */
export function fuzzSeed(): number {
  const fixed = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fixed) && fixed > 0 ? fixed : 1 + Math.floor(Math.random() * 2_147_483_646);
}

/** What a message must never contain: Slack's crowd-notifying mentions. */
export const BROADCAST = /<!(?:channel|here|everyone)\b|<!subteam\^/i;

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f';

/** Hostile atoms: control characters, unicode oddities, SQL, mrkdwn and mention injection, numbers. */
export const NASTY_ATOMS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  CONTROL,
  '\u0000',
  'a\u0000b',
  '\u200b\u200d\ufeff',
  '\u202eevil\u202c',
  'e\u0301\u0301\u0301',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  '\ud83d',
  '𝕳𝖊𝖑𝖑𝖔',
  'ﷺ﷽',
  'Ω≈ç√∫',
  "'; drop table pairs; --",
  '" or 1=1 --',
  "1'); delete from meeting_logs where ('1'='1",
  '$1',
  '%s%n%x',
  '{count}',
  '{{user}}',
  '*bold* _it_ ~strike~ `code`',
  '```\nblock\n```',
  '> quote',
  '<https://evil.example|click me>',
  '<mailto:a@b.c|mail>',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!channel|channel>',
  '<!here|@here>',
  '<!subteam^S0123ABCD|@team>',
  '<!subteam^S0123ABCD>',
  '@channel',
  '@here',
  '@everyone',
  '<!date^1392734382^{date}|Feb 18>',
  '<@UADMIN0>',
  '<@UADMIN0|ada>',
  '<@U999999|nobody>',
  '<@W123ABC>',
  '<#C0001|general>',
  '<#CFOREIGN1>',
  '&lt;!channel&gt;',
  '&amp;&&',
  '<',
  '>',
  '<<<>>>',
  '-1',
  '0',
  '#0',
  '1e9',
  '999999999999999999999',
  'NaN',
  'Infinity',
  '0x10',
  '3.5',
  'null',
  'undefined',
  '{}',
  '[]',
  '{"a":',
  '__proto__',
  'constructor',
  'next:',
  'next: ',
  'done:',
  '- [ ] ',
  '- [x] <!channel>',
  'next: <!here> do it',
  'next: @<@U999999> by friday',
];

/** A string of 4,001 to 40,000 characters (past every limit we have). */
export function hugeText(rng: Rng): string {
  const unit = rng.pick(['x', 'é', '😀', '<!channel> ', 'next: a\n', '\u0000', 'ab ']);
  return unit.repeat(Math.ceil((4_001 + rng.int(36_000)) / unit.length));
}

/** One to four hostile atoms joined by spaces or newlines, sometimes huge. */
export function nastyText(rng: Rng): string {
  if (rng.chance(0.04)) return hugeText(rng);
  const parts = Array.from({ length: 1 + rng.int(4) }, () => rng.pick(NASTY_ATOMS));
  return parts.join(rng.pick([' ', '\n', '']));
}

/** A hostile single word (no white space), for a command's arguments. */
export function nastyWord(rng: Rng): string {
  const word = nastyText(rng).replace(/\s+/g, '');
  return word === '' ? '¿' : word;
}

export const MENTOR_VERBS = [
  'help', 'pair', 'status', 'goal', 'inventory', 'stage', 'history', 'export', 'agenda', 'done', 'pause', 'resume', 'jobs', 'agreement', 'erase',
] as const;

/**
 * `/mentor` texts whose parsing fails whoever sends them: an unknown verb, or a known verb whose
 * arguments are wrong. (Read-only verbs with junk after them count too: they write nothing.)
 */
export function invalidMentorText(rng: Rng): string {
  const junk = () => nastyWord(rng);
  switch (rng.int(7)) {
    case 0: {
      let verb = junk();
      if ((MENTOR_VERBS as readonly string[]).includes(verb.toLowerCase())) verb = `x${verb}`;
      return rng.chance(0.5) ? verb : `${verb} ${nastyText(rng)}`;
    }
    case 1:
      return `pair ${rng.pick([
        '',
        junk(),
        '<@UADMIN0>',
        `<@UAAA1> <@UAAA1>`,
        `<@UAAA1> <@UBBB2> <@UCCC3>`,
        `${junk()} ${junk()}`,
        '<!channel> <!here>',
        '@mentor @mentee',
      ])}`;
    case 2:
      return `stage ${rng.pick(['next next', 'closed', 'close', 'evaluate now', junk()].map((w) => (/^(next|prepare|engage|nurture|evaluate)$/i.test(w) ? `${w}!` : w)))}`;
    case 3: {
      const page = rng.pick(['0', '-1', '10000', '1 2', 'two', junk()]);
      return `history ${/^\d{1,4}$/.test(page) && page !== '0' && page !== '10000' ? `${page}x` : page}`;
    }
    case 4: {
      const word = rng.pick(['0', '#0', '-3', 'one', '1 2', '', junk()]);
      return `done ${/^#?[1-9]\d{0,8}$/.test(word) ? `${word}x` : word}`;
    }
    case 5: {
      const format = junk();
      return `export ${/^(json|markdown|md)$/i.test(format) ? `${format}x` : format}`;
    }
    default:
      return `${rng.pick(['help', 'status', 'jobs', 'agenda'])} ${nastyText(rng)}`;
  }
}

/** Anything after `/mentor`: valid verbs with hostile arguments, or hostile words. */
export function anyMentorText(rng: Rng): string {
  if (rng.chance(0.3)) return invalidMentorText(rng);
  const verb = rng.pick(MENTOR_VERBS);
  switch (verb) {
    case 'stage':
      return `stage ${rng.pick(['next', 'prepare', 'engage', 'nurture', 'evaluate', nastyWord(rng)])}`;
    case 'history':
      return `history ${rng.pick(['', '1', '2', '9999', nastyWord(rng)])}`;
    case 'done':
      return `done ${rng.pick(['1', '2', '#3', '99', nastyWord(rng)])}`;
    case 'export':
      return `export ${rng.pick(['', 'json', 'md', nastyWord(rng)])}`;
    case 'pair':
      return `pair ${nastyText(rng)}`;
    default:
      return rng.chance(0.7) ? verb : `${verb} ${nastyText(rng)}`;
  }
}

/** `/wrap-up` texts that are never a wrap-up: any word but "confirm". */
export function invalidWrapUpText(rng: Rng): string {
  const word = nastyText(rng);
  return word.trim().toLowerCase() === '' || word.trim().toLowerCase() === 'confirm' ? `${word}?` : word;
}

/** A meeting log text too long to store: over 3,000 characters after trimming. */
export function tooLongLogText(rng: Rng): string {
  return `${rng.pick(['notes ', 'next: ', '<!channel> '])}${'é😀x'.repeat(1_400 + rng.int(3_000))}`;
}

/** Every action and view id the app emits, read from ids.ts so new ones are fuzzed too. */
export const ACTION_IDS: readonly string[] = Object.entries(ids)
  .filter(([name, value]) => name.startsWith('ACTION_') && typeof value === 'string')
  .map(([, value]) => value as string);
/** Actions a programme admin may take on any pair (erasing a closed one, the fit alert's buttons): not a refusal when an admin clicks. */
export const ADMIN_ACTION_IDS: readonly string[] = ACTION_IDS.filter((id) => /erase|_admin_/.test(id));
export const VIEW_IDS: readonly string[] = Object.entries(ids)
  .filter(([name, value]) => name.startsWith('VIEW_') && typeof value === 'string')
  .map(([, value]) => value as string);

/** Button values we never emit: ids are 1 to 9 digits, pages small numbers, channels C…/G…. */
export function forgedValue(rng: Rng): string {
  const value = rng.pick(['', ' ', '-1', '0x1', '1.5', '1e3', '9999999999', 'NaN', '<!channel>', '1 OR 1=1', '{"pairId":1}', 'C', 'CFOREIGN', nastyText(rng)]);
  // Channel-shaped values are valid for the Home buttons, digits for the others: neither is forged.
  return /^\d{1,9}$/.test(value) || /^[CG][A-Z0-9]{2,}$/.test(value) ? `${value}!` : value;
}

/** Raw interaction bodies Slack would never send: not JSON, the wrong shape, unknown types. */
export function malformedPayload(rng: Rng, userId: string): { body: string; status: number } {
  const shapes: Array<() => string> = [
    () => '{"type":"block_actions"',
    () => 'not json at all',
    () => '',
    () => 'null',
    () => '[]',
    () => '"block_actions"',
    () => '42',
    () => JSON.stringify({ type: 'block_actions' }),
    () => JSON.stringify({ type: 'block_actions', user: { id: userId }, actions: [] }),
    () => JSON.stringify({ type: 'block_actions', user: { id: userId }, actions: [{ action_id: rng.pick(ACTION_IDS) }] }),
    () => JSON.stringify({ type: 'block_actions', user: { id: userId }, team: { id: 'T0001' }, actions: [{ action_id: rng.pick(ACTION_IDS), value: nastyText(rng) }] }),
    () => JSON.stringify({ type: 'view_submission', user: { id: userId }, view: { callback_id: rng.pick(VIEW_IDS) } }),
    () => JSON.stringify({ type: 'view_submission', user: { id: userId }, view: { callback_id: rng.pick(VIEW_IDS), private_metadata: nastyText(rng), state: { values: nastyText(rng) } } }),
    () => JSON.stringify({ type: 'view_closed', user: { id: userId }, view: { callback_id: rng.pick(VIEW_IDS) } }),
    () => JSON.stringify({ type: 'shortcut', callback_id: nastyWord(rng), user: { id: userId }, team: { id: 'T0001' } }),
    () => JSON.stringify({ type: 'message_action', callback_id: 'x', user: { id: userId }, channel: { id: 'C1' }, message: {} }),
    () => JSON.stringify({ type: 'block_suggestion', action_id: 'x', user: { id: userId }, value: nastyText(rng) }),
    () => JSON.stringify({ type: nastyWord(rng), user: { id: userId } }),
    () => JSON.stringify({ type: 'interactive_message', callback_id: 'legacy', user: { id: userId }, actions: [{ name: 'x' }] }),
  ];
  const payload = rng.pick(shapes)();
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    parsed = undefined;
  }
  // Only a JSON object is a request; anything else is a bad one (400), never a hang or a crash.
  const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  return { body: new URLSearchParams({ payload }).toString(), status: isObject ? 200 : 400 };
}
