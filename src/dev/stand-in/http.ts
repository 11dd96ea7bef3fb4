/** Request parsing and response writing for the Slack stand-in (node:http only). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, type Params } from './types.js';

/**
 * Arguments that the WebClient sends JSON-encoded inside a form body (it stringifies every non-scalar).
 * Parsed back into objects/arrays so tests can inspect them.
 */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'unfurls', 'user_auth_blocks', 'files']);

export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readBytes(req)).toString('utf8');
}

/** The body as bytes: uploads may be binary (a PNG). */
export async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Parse a Web API request's arguments from its query string and body (form or JSON); the body wins.
 * Throws ApiError for bodies Slack would refuse.
 */
export function parseParams(query: URLSearchParams, contentType: string | undefined, rawBody: string): Params {
  const params: Params = Object.fromEntries(query);
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (rawBody.length > 0) {
    if (type === 'application/json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawBody);
      } catch {
        throw new ApiError('invalid_json');
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ApiError('invalid_json');
      Object.assign(params, parsed);
    } else if (type === 'application/x-www-form-urlencoded' || type === '') {
      Object.assign(params, Object.fromEntries(new URLSearchParams(rawBody)));
    } else {
      throw new ApiError('invalid_form_data');
    }
  }
  for (const key of JSON_FIELDS) {
    const value = params[key];
    if (typeof value !== 'string') continue;
    try {
      params[key] = JSON.parse(value);
    } catch {
      throw new ApiError(key === 'blocks' ? 'invalid_blocks_format' : 'invalid_arguments');
    }
  }
  return params;
}

/** The token of a call: `Authorization: Bearer …` first, else a `token` argument. */
export function tokenOf(req: IncomingMessage, params: Params): string | undefined {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
  if (match?.[1] !== undefined) return match[1];
  return typeof params.token === 'string' && params.token !== '' ? params.token : undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

// ---- argument readers shared by the method handlers ----

/** A string argument; numbers are accepted (JSON bodies), blanks count as absent. */
export function str(params: Params, key: string): string | undefined {
  const value = params[key];
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A boolean argument as Slack reads it: true, 'true' or '1' (any case). */
export function bool(params: Params, key: string): boolean {
  const value = params[key];
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return typeof value === 'string' && ['true', '1'].includes(value.toLowerCase());
}

/** A comma-separated list argument (or a JSON array). */
export function list(params: Params, key: string): string[] {
  const value = params[key];
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function blocksOf(params: Params): unknown[] | undefined {
  const value = params.blocks;
  if (value === undefined || value === null || value === '') return undefined;
  if (!Array.isArray(value)) throw new ApiError('invalid_blocks_format');
  return value as unknown[];
}

export function objectOf(params: Params, key: string): Record<string, unknown> | undefined {
  const value = params[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
