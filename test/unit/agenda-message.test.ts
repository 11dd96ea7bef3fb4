import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { fr } from '../../src/content/fr.js';
import { buildAgenda } from '../../src/domain/nurture/agenda.js';
import { ACTION_AGENDA_POST } from '../../src/slack/ids.js';
import { agendaMessage, agendaPreview, meetingTime } from '../../src/slack/nurture/agenda-message.js';

const agenda = buildAgenda({
  stage: 'nurture',
  // Thursday 12 February 2026, 17:00 in Paris and 11:00 in New York: one instant, one token.
  meetingAt: new Date('2026-02-12T16:00:00Z'),
  zone: 'Europe/Paris',
  now: new Date('2026-02-11T09:00:00Z'),
  meetingsLogged: 3,
  lastCheckinAt: new Date('2026-02-01T09:00:00Z'),
  openItems: [
    { number: 4, text: 'Rewrite the CV <@U123> @channel', dueOn: '2026-02-10', owner: 'mentee' },
    { number: 5, text: 'Send two contacts', dueOn: '2026-02-20', owner: 'mentor' },
  ],
  openSteps: [{ position: 3, text: 'Close the skill gaps' }],
});

const text = (message: { text: string; blocks: unknown[] }) => `${message.text}\n${JSON.stringify(message.blocks)}`;

describe('agendaMessage', () => {
  it('shows the meeting as a Slack date token (each reader sees their own zone), with a UTC fallback', () => {
    expect(meetingTime(agenda.meetingAt)).toBe('<!date^1770912000^{date_long_pretty} {time}|2026-02-12 16:00 UTC>');
    expect(agendaMessage(en, agenda).text).toBe(`${en.agenda.title} — Next meeting: ${meetingTime(agenda.meetingAt)}`);
  });

  it('lists items (overdue marked, owners named, text made safe), plan steps, topics and the check-in', () => {
    const shown = text(agendaMessage(en, agenda));
    expect(shown).toContain('#4 Rewrite the CV');
    // A plain user mention keeps working; a broadcast never notifies anyone.
    expect(shown).toContain('<@U123>');
    expect(shown).not.toContain('@channel');
    expect(shown).toContain('overdue since');
    expect(shown).toContain('_(mentor)_');
    expect(shown).toContain('3. Close the skill gaps');
    for (const topic of agenda.topics) expect(shown).toContain(en.agenda.topics[topic].slice(0, 20));
    // The fourth meeting: the expectations check-in.
    expect(shown).toContain(en.agenda.checkIn.slice(0, 20));
  });

  it('in French too, and the preview adds the post button with the pair id', () => {
    const preview = agendaPreview(fr, 42, agenda);
    expect(preview.text.startsWith(fr.agenda.title)).toBe(true);
    expect(JSON.stringify(preview.blocks)).toContain(`"action_id":"${ACTION_AGENDA_POST}","value":"42"`);
  });
});
