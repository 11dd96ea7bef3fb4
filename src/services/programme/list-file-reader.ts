import { CoachError } from '../../domain/errors.js';
import { listFileProblem, listFileText, MAX_LIST_FILE_BYTES, MAX_LIST_FILE_KB } from '../../domain/programme/list-file.js';
import type { ServiceContext } from '../context.js';
import { SlackCallError } from '../slack-port.js';

/**
 * The text of a "pair many" list uploaded as a file, read through the Slack port; a CoachError saying
 * why when it cannot be a list (too large, not a CSV, not UTF-8 text) or could not be read (the app
 * lacks files:read, the file is gone, the download failed or took too long). Nothing is written.
 */
export async function readListFile(ctx: ServiceContext, fileId: string): Promise<string> {
  let file;
  try {
    file = await ctx.slack.downloadFile(fileId, MAX_LIST_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof SlackCallError)) throw error;
    ctx.log('could not read an uploaded list', { method: error.method, error: error.slackError });
    throw new CoachError(error.slackError === 'missing_scope' ? 'pair_file_no_scope' : 'pair_file_unreadable', {}, { cause: error });
  }
  if (file.kind === 'too_large') throw new CoachError('pair_file_too_large', { max: MAX_LIST_FILE_KB });
  const problem = listFileProblem({ name: file.name, filetype: file.filetype, size: file.bytes.byteLength });
  if (problem === 'too_large') throw new CoachError('pair_file_too_large', { max: MAX_LIST_FILE_KB });
  if (problem === 'not_csv') throw new CoachError('pair_file_not_csv');
  const read = listFileText(file.bytes);
  if ('problem' in read) throw new CoachError('pair_file_not_text');
  return read.text;
}
