/**
 * What the guided close leaves behind: the admins' view of outcomes on the App Home (numbers and
 * dates, never what anyone wrote) and the reflections and outcome in `/mentor export`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/index.js';
import { allText, type OpenedPair, type Person } from '../support/e2e.js';
import { writeGoal } from '../support/prepare.js';
import { closeByWrapUp, continueWith, decide, reflect } from '../support/wrap-up.js';
import { useScenario } from '../support/use-scenario.js';

const { s } = useScenario();

async function openHome(user: Person): Promise<string> {
  const before = s.standIn.callsTo('views.publish').length;
  const reply = await s.harness.slack.event({ type: 'app_home_opened', user: user.id, tab: 'home', channel: `D${user.id.slice(1)}` });
  expect(reply.status).toBe(200);
  const call = await s.waitFor(() => s.standIn.callsTo('views.publish').slice(before).find((c) => c.params.user_id === user.id));
  const raw = call.params.view;
  const view = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { blocks: unknown[] };
  return allText(view.blocks);
}

const SECRET_WORDS = { learned: 'LEARNED-SECRET', highlight: 'HIGHLIGHT-SECRET', thanks: 'THANKS-SECRET' };

/** A pair with a goal of two steps, wrapped up with the ratings given, whose summary is out. */
async function wrappedUp(ratings: { mentee: [string, string, string]; mentor: [string, string, string] }): Promise<OpenedPair> {
  const pair = await s.pairAt('nurture');
  await writeGoal(s, pair.mentee, pair, 'Move to architecture', ['Code more', 'Ask for a task']);
  await s.run(pair.mentee, '/wrap-up', '', pair.channelId);
  for (const role of ['mentee', 'mentor'] as const) {
    const [goal, one, two] = ratings[role];
    await reflect(s, pair, pair[role], { goal, steps: { 1: one, 2: two }, ...SECRET_WORDS });
  }
  await s.waitFor(() => s.posts(pair.channelId).some((m) => allText(m.blocks).includes(en.evaluateWrapUp.decision.title)));
  return pair;
}

describe('after the guided close', () => {
  let closed: OpenedPair;
  let stayed: OpenedPair;
  let continued: OpenedPair;

  beforeAll(async () => {
    closed = await wrappedUp({ mentee: ['met', 'met', 'met'], mentor: ['met', 'partly', 'met'] });
    await decide(s, closed, closed.mentor, 'close');
    stayed = await wrappedUp({ mentee: ['partly', 'not_yet', 'met'], mentor: ['not_yet', 'not_yet', 'partly'] });
    await decide(s, stayed, stayed.mentee, 'stay_in_touch');
    continued = await wrappedUp({ mentee: ['met', 'met', 'partly'], mentor: ['partly', 'met', 'met'] });
    await continueWith(s, continued, continued.mentee);
    await s.until(async () => (await s.pairRow(continued.pairId)).stage === 'nurture');
  });

  it('the admins’ Home counts outcomes, averages attainment over goal and steps of both members, and lists closed pairs with dates — never their words', async () => {
    const text = await openHome(s.admin);

    expect(text).toContain(en.evaluateWrapUp.admin.title);
    expect(text).toContain(fill(en.evaluateWrapUp.admin.outcomeCounts, { continued: 1, stayInTouch: 1, closed: 1 }));
    // 18 ratings: closed 5.5/6, stayed 2/6, continued 5/6 → 12.5 / 18 = 69 %.
    expect(text).toContain(fill(en.evaluateWrapUp.admin.attainment, { percent: 69 }));
    for (const [pair, outcome] of [
      [closed, en.evaluateWrapUp.outcomes.closed],
      [stayed, en.evaluateWrapUp.outcomes.stay_in_touch],
    ] as const) {
      const row = await s.pairRow(pair.pairId);
      // Each line starts with the pair's number, the one /mentor erase takes.
      const line = text.split('\n').find((l) => l.startsWith(`Pair ${pair.pairId} · <#${pair.channelId}>`) && l.includes(outcome));
      expect(line, pair.channelId).toBeDefined();
      expect(line).toContain(`<!date^${Math.floor(row.closed_at!.getTime() / 1000)}^{date_short}|`);
      expect(line).toContain(`<!date^${Math.floor(row.created_at.getTime() / 1000)}^{date_short}|`);
    }
    // A pair that continued is active, not listed among the closed ones.
    expect(text.split('\n').filter((l) => l.includes(`<#${continued.channelId}>`) && l.includes(en.evaluateWrapUp.outcomes.continued))).toEqual([]);
    for (const secret of Object.values(SECRET_WORDS)) expect(text).not.toContain(secret);
    expect(text).not.toContain('Move to architecture');
  });

  it('a member’s Home shows no closing overview', async () => {
    const text = await openHome(continued.mentee);
    expect(text).not.toContain(en.evaluateWrapUp.admin.title);
  });

  it('`/mentor export json` carries both members’ reflections and the outcome, for either member', async () => {
    for (const who of [continued.mentee, continued.mentor]) {
      // Each export lands in the requester's own direct message with the bot.
      const before = s.standIn.files(who.id).length;
      const answer = await s.run(who, '/mentor', 'export json', continued.channelId);
      expect(answer.text).toContain(en.export.done);
      const file = s.standIn.files(who.id)[before];
      const document = JSON.parse(file?.content ?? '') as {
        version: number;
        outcome: { value: string; at: string; by: { id: string } } | null;
        wrapUps: Array<{
          lastMeetingAt: string | null;
          outcome: { value: string; by: { id: string } } | null;
          reflections: Array<{ member: { id: string }; role: string; learned: string; goal: { attainment: string } | null; steps: Array<{ position: number; attainment: string }>; highlight: string; thanks: string | null; next: string }>;
        }>;
      };
      expect(document.version).toBe(1);
      expect(document.outcome).toMatchObject({ value: 'continued', by: { id: continued.mentee.id } });
      expect(document.wrapUps).toHaveLength(1);
      expect(document.wrapUps[0]!.outcome).toMatchObject({ value: 'continued', by: { id: continued.mentee.id } });
      const reflections = document.wrapUps[0]!.reflections;
      expect(reflections.map((r) => [r.member.id, r.role, r.goal?.attainment, r.steps.map((step) => step.attainment)])).toEqual(
        expect.arrayContaining([
          [continued.mentee.id, 'mentee', 'met', ['met', 'partly']],
          [continued.mentor.id, 'mentor', 'partly', ['met', 'met']],
        ]),
      );
      expect(reflections.every((r) => r.learned === SECRET_WORDS.learned && r.thanks === SECRET_WORDS.thanks)).toBe(true);
    }
  });

  it('the Markdown export has the reflections and the outcome in the requester’s words', async () => {
    const before = s.standIn.files(continued.mentor.id).length;
    await s.run(continued.mentor, '/mentor', 'export', continued.channelId);
    const md = s.standIn.files(continued.mentor.id)[before]?.content ?? '';
    expect(md).toContain(`## ${en.evaluateWrapUp.export.reflectionsHeading}`);
    expect(md).toContain(`### ${fill(en.evaluateWrapUp.export.reflectionOf, { user: continued.mentee.name })}`);
    expect(md).toContain(`### ${fill(en.evaluateWrapUp.export.reflectionOf, { user: continued.mentor.name })}`);
    expect(md).toContain(SECRET_WORDS.highlight);
    expect(md).toContain(`## ${en.evaluateWrapUp.export.outcomeHeading}`);
    expect(md).toContain(en.evaluateWrapUp.export.outcomes.continued);
  });

  it('a pair that never wrapped up exports no reflections and no outcome', async () => {
    const pair = await s.pairAt('nurture');
    await s.run(pair.mentee, '/mentor', 'export json', pair.channelId);
    const document = JSON.parse(s.standIn.files(pair.mentee.id).at(-1)?.content ?? '') as { wrapUps: unknown[]; outcome: unknown };
    expect(document.wrapUps).toEqual([]);
    expect(document.outcome).toBeNull();
  });

  it('closing a pair through the whole flow leaves one more closed pair for the admins', async () => {
    const pair = await s.pairAt('evaluate');
    await closeByWrapUp(s, pair, 'stay_in_touch');
    const text = await openHome(s.admin);
    expect(text).toContain(fill(en.evaluateWrapUp.admin.outcomeCounts, { continued: 1, stayInTouch: 2, closed: 1 }));
  });
});
