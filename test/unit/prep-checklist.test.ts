import { describe, expect, it } from 'vitest';
import { goalMissing, NO_PREPARE_FACTS, type PrepareFacts, prepareProgress } from '../../src/domain/prepare/prep-checklist.js';

describe('prepareProgress', () => {
  it.each<[string, Partial<PrepareFacts>, number, boolean, boolean]>([
    ['nothing yet', {}, 0, false, true],
    ['a goal with a full plan', { hasGoal: true, steps: 5 }, 2, false, false],
    ['a goal whose plan is too short (an old row)', { hasGoal: true, steps: 1 }, 1, false, true],
    ['steps without a goal do not count', { hasGoal: false, steps: 3 }, 0, false, true],
    ['the mentor’s inventory only', { mentorInventory: true }, 1, false, true],
    ['both inventories, no goal', { mentorInventory: true, menteeInventory: true }, 2, false, true],
    ['everything', { hasGoal: true, steps: 2, mentorInventory: true, menteeInventory: true }, 4, true, false],
  ])('%s', (_name, facts, done, complete, missing) => {
    const progress = prepareProgress({ ...NO_PREPARE_FACTS, ...facts });
    expect(progress.done).toBe(done);
    expect(progress.total).toBe(4);
    expect(progress.complete).toBe(complete);
    expect(goalMissing(progress)).toBe(missing);
    expect(Object.values(progress.ready).filter(Boolean)).toHaveLength(done);
  });
});
