import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * What people write, sealed with AES-256-GCM before it reaches the database. A sealed value
 * describes itself, `enc:v1:<key id>:<base64(nonce | tag | ciphertext)>`, so it fits the same text
 * column as a plain one: rows written before a key was set still read, and no schema changes.
 * JSON columns hold `encj:…` (the JSON text sealed) as a JSON string.
 */
export const SEALED_TEXT = 'enc:v1:';
export const SEALED_JSON = 'encj:v1:';
/**
 * Stored without a key, a text that itself starts like a sealed value (a member may type one) is
 * kept behind this mark, so it is never mistaken for ciphertext: not refused on reading, not taken
 * at start-up for notes sealed with an unknown key.
 */
const ESCAPED_PLAIN = 'enc:plain:';

const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export interface FieldKey {
  /** Short hash of the key: names it in sealed values without revealing it. */
  id: string;
  key: Buffer;
}

export type SealedErrorCode = 'notes_key_missing' | 'notes_key_unknown' | 'notes_value_corrupt';

/** A sealed value this process cannot open; never shown to members as text. */
export class SealedValueError extends Error {
  constructor(
    readonly code: SealedErrorCode,
    readonly keyId: string | undefined,
  ) {
    super(`a stored note could not be decrypted (${code}${keyId ? `, key id ${keyId}` : ''})`);
    this.name = 'SealedValueError';
  }
}

export function fieldKey(key: Buffer): FieldKey {
  if (key.length !== KEY_BYTES) throw new Error(`an encryption key must be ${KEY_BYTES} bytes`);
  const id = createHash('sha256').update('mentor-coach notes key\0').update(key).digest('hex').slice(0, 8);
  return { id, key };
}

/** The key that seals new values, and every key that may open stored ones (the current one included). */
export class Keyring {
  private readonly byId: Map<string, FieldKey>;

  constructor(
    readonly current: FieldKey,
    previous: readonly FieldKey[] = [],
  ) {
    this.byId = new Map([...previous, current].map((key) => [key.id, key]));
  }

  static fromKeys(current: Buffer, previous: readonly Buffer[] = []): Keyring {
    return new Keyring(fieldKey(current), previous.map(fieldKey));
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  has(keyId: string): boolean {
    return this.byId.has(keyId);
  }

  sealText(plain: string): string {
    return SEALED_TEXT + seal(this.current, plain);
  }

  sealJson(json: string): string {
    return JSON.stringify(SEALED_JSON + seal(this.current, json));
  }

  open(keyId: string, payload: string): string {
    const key = this.byId.get(keyId);
    if (!key) throw new SealedValueError('notes_key_unknown', keyId);
    return open(key, payload);
  }
}

function seal(key: FieldKey, plain: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${key.id}:${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64')}`;
}

function open(key: FieldKey, payload: string): string {
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new SealedValueError('notes_value_corrupt', key.id);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, bytes.subarray(0, NONCE_BYTES));
    decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    // A wrong key with a colliding id, or a value changed in the database: the tag does not verify.
    throw new SealedValueError('notes_value_corrupt', key.id);
  }
}

/** A member's text as it is stored: sealed with the current key, or plain (escaped when it looks sealed). */
export function storedText(keyring: Keyring | undefined, plain: string): string {
  if (keyring) return keyring.sealText(plain);
  return plain.startsWith('enc:') || plain.startsWith('encj:') ? ESCAPED_PLAIN + plain : plain;
}

/** A JSON column's text as it is stored: sealed as a JSON string, or the JSON as it is. */
export function storedJson(keyring: Keyring | undefined, json: string): string {
  return keyring ? keyring.sealJson(json) : json;
}

/** The key id and payload of a sealed value, or undefined for a plain one. */
export function parseSealed(value: string): { json: boolean; keyId: string; payload: string } | undefined {
  const json = value.startsWith(SEALED_JSON);
  if (!json && !value.startsWith(SEALED_TEXT)) return undefined;
  const rest = value.slice(json ? SEALED_JSON.length : SEALED_TEXT.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return undefined;
  return { json, keyId: rest.slice(0, colon), payload: rest.slice(colon + 1) };
}

/**
 * A value read from the database as the repositories expect it: plain values pass, sealed ones are
 * opened (JSON ones parsed). Sealed without a keyring is an error, never the sealed text.
 */
export function openValue(keyring: Keyring | undefined, value: string): unknown {
  if (value.startsWith(ESCAPED_PLAIN)) return value.slice(ESCAPED_PLAIN.length);
  const sealed = parseSealed(value);
  if (!sealed) return value;
  if (!keyring) throw new SealedValueError('notes_key_missing', sealed.keyId);
  const plain = keyring.open(sealed.keyId, sealed.payload);
  return sealed.json ? JSON.parse(plain) : plain;
}
