/**
 * The coordinator's part of `npm run demo` (issue 17): two more pairs opened in a cohort, then
 * `/mentor report` — the CSV printed as it arrives in the admin's direct messages, and the chart's size.
 */
import type { Harness } from '../dev/harness.js';

interface Person {
  id: string;
  name: string;
  realName: string;
  tz: string;
  locale: string;
}

export async function programmeDemo(harness: Harness, admin: Person, out: (line?: string) => void): Promise<void> {
  const { standIn } = harness;
  const extra: Person[] = [
    { id: 'UMENTOR2', name: 'sofia', realName: 'Sofia Lind', tz: 'Europe/Stockholm', locale: admin.locale },
    { id: 'UMENTEE2', name: 'tom', realName: 'Tom Baker', tz: 'Europe/London', locale: admin.locale },
    { id: 'UMENTOR3', name: 'yuki', realName: 'Yuki Sato', tz: 'Asia/Tokyo', locale: admin.locale },
    { id: 'UMENTEE3', name: 'ines', realName: 'Inès Costa', tz: 'Europe/Lisbon', locale: admin.locale },
  ];
  for (const person of extra) standIn.addUser(person);
  out('\n=== The coordinator: cohorts and the programme report ===');
  for (const [mentor, mentee] of [
    [extra[0], extra[1]],
    [extra[2], extra[3]],
  ] as const) {
    const text = `pair <@${mentor?.id}|${mentor?.name}> <@${mentee?.id}|${mentee?.name}> cohort "Spring 2027"`;
    await command(harness, admin, text, out);
  }
  const filesBefore = standIn.files(admin.id).length;
  await command(harness, admin, 'report', out);
  const files = await harness.waitFor(() => (standIn.files(admin.id).length >= filesBefore + 2 ? standIn.files(admin.id).slice(filesBefore) : undefined), 30_000);
  for (const file of files) {
    if (file.filename.endsWith('.csv')) {
      out(`\n[file in ada's direct messages] ${file.filename}`);
      for (const line of (file.content ?? '').replace(/^\uFEFF/u, '').trimEnd().split('\r\n')) out(`  ${line}`);
    } else {
      out(`\n[file in ada's direct messages] ${file.filename}: a PNG chart of ${file.bytes?.byteLength ?? 0} bytes (pairs per stage per cohort, meetings per week)`);
    }
  }
}

async function command(harness: Harness, admin: Person, text: string, out: (line?: string) => void): Promise<void> {
  const before = harness.standIn.responses.length;
  out(`\n@${admin.name}: /mentor ${text}`);
  const reply = await harness.slack.slashCommand({ command: '/mentor', text, userId: admin.id, channelId: 'CGENERAL1' });
  if (reply.status !== 200) throw new Error(`/mentor ${text}: HTTP ${reply.status}`);
  const [response] = (await harness.waitForResponses(before + 1)).slice(before);
  out(`  (only you) ${String((response as { text?: unknown } | undefined)?.text ?? '')}`);
}
