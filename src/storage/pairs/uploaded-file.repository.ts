import type { DbOrTrx } from '../db/database.js';

/**
 * The files the bot uploaded for a pair, kept until erasing the pair has deleted them from Slack.
 * The insert fails on a pair that is gone (foreign key), so no file is shared for an erased pair.
 */
export async function recordUploadedFile(
  db: DbOrTrx,
  file: { pairId: number; teamId: string; fileId: string; channelId: string; at: Date },
): Promise<void> {
  await db
    .insertInto('uploaded_files')
    .values({ pair_id: file.pairId, team_id: file.teamId, file_id: file.fileId, channel_id: file.channelId, created_at: file.at })
    .onConflict((oc) => oc.columns(['team_id', 'file_id']).doNothing())
    .execute();
}

export async function listUploadedFiles(db: DbOrTrx, pairId: number): Promise<Array<{ fileId: string; channelId: string }>> {
  const rows = await db
    .selectFrom('uploaded_files')
    .select(['file_id', 'channel_id'])
    .where('pair_id', '=', pairId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ fileId: row.file_id, channelId: row.channel_id }));
}

/** Once Slack no longer has the file. */
export async function forgetUploadedFile(db: DbOrTrx, pairId: number, fileId: string): Promise<void> {
  await db.deleteFrom('uploaded_files').where('pair_id', '=', pairId).where('file_id', '=', fileId).execute();
}
