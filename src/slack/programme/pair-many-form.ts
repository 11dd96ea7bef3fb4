import { z } from 'zod';
import { type Catalog, fill } from '../../content/index.js';
import { listFileProblem, MAX_LIST_FILE_KB } from '../../domain/programme/list-file.js';
import { INPUT_ACTION } from '../ids.js';
import { readInput } from '../kit/view-state.js';
import { PAIR_FILE_BLOCK, PAIR_MANY_BLOCK } from './programme-ids.js';

/** A file as Slack puts it in a submitted file_input (only what we read; the rest is ignored). */
const submittedFile = z.object({ id: z.string().regex(/^F[A-Z0-9]{1,30}$/u), name: z.string().max(1000).optional(), filetype: z.string().max(50).optional(), size: z.number().optional() }).loose();
const fileState = z.record(z.string(), z.record(z.string(), z.object({ files: z.array(z.unknown()).max(100).nullish() }).loose()));

/** What the "pair many" form holds: the pasted text, or one uploaded file's id; or field errors to send back. */
export type PairManyInput = { text: string } | { fileId: string } | { errors: Record<string, string> };

/**
 * Exactly one of the two inputs, checked before the form closes so that the admin can correct it
 * there: neither or both (or more than one file) is a field error, and so is a file Slack already
 * says is too large or not a CSV. What Slack says of the file is checked again once it is downloaded.
 */
export function readPairManyForm(c: Catalog, values: unknown): PairManyInput {
  const text = readInput(values, PAIR_MANY_BLOCK) ?? '';
  const parsed = fileState.safeParse(values);
  const rawFiles = parsed.success ? (parsed.data[PAIR_FILE_BLOCK]?.[INPUT_ACTION]?.files ?? []) : [];
  const files = rawFiles.map((file) => submittedFile.safeParse(file));
  const hasText = text.trim() !== '';
  if (!hasText && files.length === 0) return { errors: { [PAIR_MANY_BLOCK]: c.programme.pairMany.needOne } };
  if ((hasText && files.length > 0) || files.length > 1) return { errors: { [PAIR_FILE_BLOCK]: c.programme.pairMany.notBoth } };
  if (hasText) return { text };
  const file = files[0];
  if (file === undefined || !file.success) return { errors: { [PAIR_FILE_BLOCK]: c.errors.pair_file_unreadable } };
  const { id, name, filetype, size } = file.data;
  // What Slack leaves out is checked once the file is downloaded.
  const problem = listFileProblem({ name: name ?? 'list.csv', filetype: filetype ?? 'csv', size: size ?? 0 });
  if (problem === 'too_large') return { errors: { [PAIR_FILE_BLOCK]: fill(c.errors.pair_file_too_large, { max: MAX_LIST_FILE_KB }) } };
  if (problem === 'not_csv') return { errors: { [PAIR_FILE_BLOCK]: c.errors.pair_file_not_csv } };
  return { fileId: id };
}
