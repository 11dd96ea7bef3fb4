/**
 * Attack probe: a header row names the columns' order ("Mentee,Mentor,Cohort"), but only when every
 * one of its cells is a known name. A spreadsheet export commonly carries empty trailing header
 * cells ("Mentee,Mentor,Cohort,,") or an extra column ("Notes"): the header is then not read as
 * one, nor skipped (isHeaderRow wants "mentor" in the first cell), and the default order applies:
 * every data row is read mentor-first, so each pair would open with mentor and mentee swapped.
 */
import { describe, expect, it } from 'vitest';
import { readPairList } from '../../src/services/programme/pair-list-reader.js';

const MENTOR = 'UMENTOR1';
const MENTEE = 'UMENTEE1';

describe('attack: a header naming the columns, with a trailing empty cell or an extra column', () => {
  it.each([
    ['trailing empty cells', `Mentee,Mentor,Cohort,,\r\n${MENTEE},${MENTOR},Spring,,\r\n`],
    ['an extra Notes column', `Mentee,Mentor,Notes\r\n${MENTEE},${MENTOR},\r\n`],
  ])('%s: the mentor column is still the mentor, or the line is refused', (_name, csv) => {
    const lines = readPairList(csv);
    const data = lines.flatMap((line) => ('problem' in line ? [] : [{ mentor: line.mentor, mentee: line.mentee }]));
    // Bug: line 2 reads mentor = UMENTEE1, mentee = UMENTOR1 (roles swapped, "will open").
    for (const line of data) expect(line).toEqual({ mentor: { kind: 'id', id: MENTOR }, mentee: { kind: 'id', id: MENTEE } });
  });
});
