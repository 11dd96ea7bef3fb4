/**
 * Attack repro: the sealed-columns plugin opens EVERY string starting with "enc" in EVERY result,
 * not only the sealed columns. A Slack display name (member-controlled, stored plain in
 * slack_members) that looks like a sealed value makes every read of that member throw.
 */
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { Keyring } from '../../src/storage/sealing/field-cipher.js';
import { readMembers, upsertMembers } from '../../src/storage/pairs/member.repository.js';
import { useTestDatabase } from '../support/use-database.js';

const database = useTestDatabase({ keyring: Keyring.fromKeys(randomBytes(32)) });

it('a display name that looks sealed does not break reading the member', async () => {
  await upsertMembers(database.db, 'T1', [{ userId: 'UEVE', tz: 'UTC', locale: 'en', name: 'enc:v1:x:y', isAdmin: false, deleted: false }], new Date());
  const members = await readMembers(database.db, 'T1', ['UEVE']);
  expect(members.get('UEVE')?.name).toBe('enc:v1:x:y');
});

it('a display name "enc:plain:Bob" is shown as typed', async () => {
  await upsertMembers(database.db, 'T1', [{ userId: 'UBOB', tz: 'UTC', locale: 'en', name: 'enc:plain:Bob', isAdmin: false, deleted: false }], new Date());
  const members = await readMembers(database.db, 'T1', ['UBOB']);
  expect(members.get('UBOB')?.name).toBe('enc:plain:Bob');
});
