import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fill } from '../../src/content/fill.js';
import { fr } from '../../src/content/fr.js';
import { ATTENTION_FLAGS } from '../../src/domain/programme/attention-flags.js';
import { OPEN_STAGES } from '../../src/domain/stages.js';
import type { AppHome } from '../../src/services/pairs/app-home.js';
import type { CohortOverview } from '../../src/services/programme/programme-home.js';
import { appHomeView, HOME_BLOCK_LIMIT } from '../../src/slack/pairs/app-home.js';
import { homePages, PAGE_BLOCKS, programmeHomeBlocks } from '../../src/slack/programme/programme-home-blocks.js';
import { ACTION_HOME_NEXT } from '../../src/slack/programme/programme-ids.js';
import { blockKitProblems, textsOf } from './blockkit.js';

/** 500 active pairs in 5 cohorts (one unnamed), every one of them flagged: the worst Home. */
function programme(): CohortOverview[] {
  return Array.from({ length: 5 }, (_, c) => ({
    name: c === 4 ? null : `Cohort ${c} <!channel>`,
    startsOn: c === 0 ? '2027-01-01' : null,
    endsOn: c === 0 ? '2027-06-30' : null,
    pairs: 100,
    countsByStage: { prepare: 25, engage: 25, nurture: 25, evaluate: 25 },
    flagged: Array.from({ length: 100 }, (_, i) => ({
      pairId: c * 100 + i + 1,
      channelId: `C${String(c * 100 + i + 1).padStart(6, '0')}`,
      mentorId: 'U000001',
      menteeId: 'U000002',
      stage: OPEN_STAGES[i % 4] ?? 'prepare',
      flags: [...ATTENTION_FLAGS],
    })),
  }));
}

const home = (byCohort: CohortOverview[]): AppHome => ({
  pairs: [],
  programme: { pairs: [], countsByStage: { prepare: 0, engage: 0, nurture: 0, evaluate: 0 }, needingAttention: 0, byCohort },
});

describe('the admins’ Home by cohort', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('pages 500 flagged pairs so every page stays within 100 blocks and Slack’s rules (%s)', (_locale, c) => {
    const cohorts = programme();
    const pages = homePages(cohorts);
    expect(pages.length).toBeGreaterThan(30);
    for (let page = 1; page <= pages.length; page += 1) {
      const view = appHomeView(c, home(cohorts), page);
      expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
      expect(blockKitProblems({ text: 'home', blocks: view.blocks }, 'home')).toEqual([]);
      expect(programmeHomeBlocks(c, cohorts, page).length).toBeLessThanOrEqual(PAGE_BLOCKS + 5);
    }
    // Every flagged pair is on exactly one page.
    const listed = pages.flat().flatMap((entry) => (entry.kind === 'pair' ? [entry.pair.pairId] : []));
    expect(new Set(listed).size).toBe(500);
  });

  it('shows counts per stage, the flags in words, the buttons and the pager; a cohort name cannot ping', () => {
    const cohorts = programme();
    const first = appHomeView(en, home(cohorts), 1);
    const text = textsOf({ text: '', blocks: first.blocks }).join('\n');
    expect(text).toContain('Cohort 0 @');
    expect(text).toContain(fill(en.programme.home.cohortTitle, { cohort: en.programme.home.noCohort, count: 100 }).slice(-10));
    expect(text).toContain(fill(en.home.admin.stageCount, { stage: en.stageNames.prepare, count: 25 }));
    for (const flag of ATTENTION_FLAGS) expect(text).toContain(en.programme.home.flags[flag]);
    expect(text).toContain(fill(en.programme.home.page, { page: 1, pages: homePages(cohorts).length }));
    expect(text).not.toContain('<!channel>');
    expect(JSON.stringify(first.blocks)).toContain(ACTION_HOME_NEXT);
    const last = appHomeView(en, home(cohorts), 999);
    expect(textsOf({ text: '', blocks: last.blocks }).join('\n')).toContain(en.programme.home.noCohort);
  });
});
