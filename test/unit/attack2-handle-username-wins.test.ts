/**
 * Attack probe (second review): Slack's UI shows and completes @mentions by DISPLAY name; the legacy
 * username (`name`) is hidden from people. An admin who writes "@alex" for the colleague they see as
 * "@alex" (display name) is silently paired with someone else whose hidden username is "alex",
 * because "an exact username wins" over another active person's display name. That is the very
 * wrong-person private channel the ambiguity refusal was meant to prevent: two different people
 * answer to the handle, so it must be refused as ambiguous.
 */
import { describe, expect, it } from 'vitest';
import { handleVerdict, type HandleCandidate } from '../../src/domain/programme/handle-match.js';

const person = (id: string, by: HandleCandidate['by']): HandleCandidate => ({ id, by, isBot: false, deleted: false });

describe('attack2: a handle that is one person’s username and another active person’s display name', () => {
  it.each([
    { case: 'username of A, display name of B', candidates: [person('UA', 'name'), person('UB', 'display')] },
    { case: 'display name of B listed first', candidates: [person('UB', 'display'), person('UA', 'name')] },
  ])('$case: refused as ambiguous, not given to the username', ({ candidates }) => {
    expect(handleVerdict(candidates)).toBe('ambiguous');
  });

  it('the same person by username and display name is still that person (control)', () => {
    expect(handleVerdict([person('UA', 'name'), person('UA', 'display')])).toEqual({ id: 'UA' });
  });
});
