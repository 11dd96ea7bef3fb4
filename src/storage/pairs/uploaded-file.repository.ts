import type { DbOrTrx } from '../db/database.js';

/**
 * The files the bot uploaded for a pair, kept until erasing the pair has deleted them from Slack.
 * The insert fails on a pair that is gone (foreign key), so no file is shared for an erased pair.
 */
export async function recordUploadedFile(
  db: DbOrTrx,
  file: { pairId: number; teamId: string; fileId: string; channelId: string; at: Date },
): Promise<void> {
  await recordFileOfPairs(db, { ...file, pairIds: [file.pairId] });
}

/**
 * A file that covers several pairs (a programme report): one row for each, so that erasing any of
 * them deletes the file. Fails, sharing nothing, if one of the pairs is gone meanwhile.
 */
export async function recordFileOfPairs(
  db: DbOrTrx,
  file: { pairIds: readonly number[]; teamId: string; fileId: string; channelId: string; at: Date },
): Promise<void> {
  if (file.pairIds.length === 0) return;
  await db
    .insertInto('uploaded_files')
    .values(
      [...new Set(file.pairIds)].map((pairId) => ({
        pair_id: pairId,
        team_id: file.teamId,
        file_id: file.fileId,
        channel_id: file.channelId,
        created_at: file.at,
      })),
    )
    .onConflict((oc) => oc.columns(['pair_id', 'file_id']).doNothing())
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

/** Once Slack no longer has the file: forgotten for every pair it covered, none of which needs to delete it again. */
export async function forgetUploadedFile(db: DbOrTrx, teamId: string, fileId: string): Promise<void> {
  await db.deleteFrom('uploaded_files').where('team_id', '=', teamId).where('file_id', '=', fileId).execute();
}
