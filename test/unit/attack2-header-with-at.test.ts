/**
 * Attack probe (second review): a CSV's first row counts as a header only when its first two cells
 * hold no "@". A header that shows the expected format, as spreadsheet templates do
 * ("Mentee (@handle)", "Mentee email (name@company.org)"), is therefore read as a malformed data
 * row, and every following row is read in the DEFAULT order (mentor, mentee): with the mentee's
 * column first, every pair opens with its roles swapped, the very failure the header fix refuses.
 */
import { describe, expect, it } from 'vitest';
import { readPairList } from '../../src/services/programme/pair-list-reader.js';

describe('attack2: a header cell that shows an @ in its example', () => {
  it.each([
    ['Mentee (@handle),Mentor (@handle),Cohort\n@ann,@bob,Spring 2027'],
    ['Mentee email (name@example.org),Mentor email (name@example.org)\nann@example.org,bob@example.org'],
  ])('%s: read as a header (bob mentors ann) or refused, never ann as the mentor', (csv) => {
    let lines: ReturnType<typeof readPairList> | undefined;
    try {
      lines = readPairList(csv);
    } catch {
      return; // refused in words: acceptable
    }
    const data = lines.filter((line) => !('problem' in line));
    expect(data).toHaveLength(1);
    expect(JSON.stringify(data[0] && 'mentor' in data[0] ? data[0].mentor : undefined)).toContain('bob');
  });
});
