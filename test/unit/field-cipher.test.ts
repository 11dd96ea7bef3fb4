import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldKey, Keyring, openValue, parseSealed, SealedValueError, storedJson, storedText } from '../../src/storage/sealing/field-cipher.js';

const keyring = Keyring.fromKeys(randomBytes(32));

describe('field cipher', () => {
  it.each(['', 'plain words', 'é 😀 — « quote »', 'x'.repeat(4000)])('seals and opens %#', (text) => {
    const sealed = storedText(keyring, text);
    expect(sealed).toMatch(new RegExp(`^enc:v1:${keyring.current.id}:[A-Za-z0-9+/]+=*$`));
    expect(sealed).not.toContain(text || '\u0000');
    expect(openValue(keyring, sealed)).toBe(text);
  });

  it('uses a fresh nonce for every value: the same text never seals the same', () => {
    const seals = new Set(Array.from({ length: 50 }, () => storedText(keyring, 'same')));
    expect(seals.size).toBe(50);
    const nonces = new Set([...seals].map((value) => Buffer.from(parseSealed(value)!.payload, 'base64').subarray(0, 12).toString('hex')));
    expect(nonces.size).toBe(50);
  });

  it('names a key by a short hash that does not reveal it, the same for the same key', () => {
    const key = randomBytes(32);
    expect(fieldKey(key).id).toMatch(/^[0-9a-f]{8}$/);
    expect(fieldKey(Buffer.from(key)).id).toBe(fieldKey(key).id);
    expect(fieldKey(randomBytes(32)).id).not.toBe(fieldKey(key).id);
    expect(() => fieldKey(randomBytes(16))).toThrow('32 bytes');
  });

  it('seals a JSON column as a JSON string and gives back the parsed value', () => {
    const steps = [{ position: 1, text: 'Step', comment: 'note' }];
    const stored = storedJson(keyring, JSON.stringify(steps));
    const inColumn = JSON.parse(stored) as string;
    expect(inColumn.startsWith(`encj:v1:${keyring.current.id}:`)).toBe(true);
    expect(openValue(keyring, inColumn)).toEqual(steps);
    expect(storedJson(undefined, '[1]')).toBe('[1]');
  });

  it('refuses, with a typed error, a value sealed with another key, a tampered one, or one read without a key', () => {
    const other = Keyring.fromKeys(randomBytes(32));
    const sealed = storedText(other, 'secret');
    expect(() => openValue(keyring, sealed)).toThrow(SealedValueError);
    expect(() => openValue(keyring, sealed)).toThrow(expect.objectContaining({ code: 'notes_key_unknown', keyId: other.current.id }));
    expect(() => openValue(undefined, sealed)).toThrow(expect.objectContaining({ code: 'notes_key_missing' }));
    const { payload } = parseSealed(sealed)!;
    const bytes = Buffer.from(payload, 'base64');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    const tampered = `enc:v1:${other.current.id}:${bytes.toString('base64')}`;
    expect(() => openValue(other, tampered)).toThrow(expect.objectContaining({ code: 'notes_value_corrupt' }));
    expect(() => openValue(other, `enc:v1:${other.current.id}:AAAA`)).toThrow(expect.objectContaining({ code: 'notes_value_corrupt' }));
  });

  it('opens values sealed with a previous key, and seals new ones with the current key', () => {
    const old = Keyring.fromKeys(randomBytes(32));
    const rotated = Keyring.fromKeys(randomBytes(32), [old.current.key]);
    expect(openValue(rotated, storedText(old, 'before'))).toBe('before');
    expect(parseSealed(storedText(rotated, 'after'))?.keyId).toBe(rotated.current.id);
    expect(rotated.ids.sort()).toEqual([old.current.id, rotated.current.id].sort());
  });

  it('stores plain text as it is without a key, and marks text that only looks sealed', () => {
    expect(storedText(undefined, 'encourage the mentee')).toBe('encourage the mentee');
    for (const tricky of ['enc:v1:abcd1234:AAAA', 'encj:v1:x:y', 'enc:plain:z']) {
      const stored = storedText(undefined, tricky);
      expect(stored).not.toBe(tricky);
      expect(parseSealed(stored)).toBeUndefined();
      expect(openValue(undefined, stored)).toBe(tricky);
      expect(openValue(keyring, storedText(keyring, tricky))).toBe(tricky);
    }
  });
});
