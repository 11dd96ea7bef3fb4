import { type Catalog, fill } from '../../content/index.js';
import {
  type ExportFormat,
  exportFilename,
  type RelationshipRecord,
  renderExportJson,
  renderExportMarkdown,
} from '../../domain/pairs/export-markdown.js';
import type { UploadedFile } from '../../services/slack-port.js';

/**
 * `/mentor export`: the record as a Markdown file in the requester's language (or as JSON, whose
 * keys are not translated), and its comment in the channel.
 */
export function exportFile(c: Catalog, record: RelationshipRecord, zone: string, format: ExportFormat = 'markdown'): UploadedFile {
  const names = { mentor: record.pair.mentor.name, mentee: record.pair.mentee.name };
  return {
    filename: exportFilename(record, format),
    title: fill(c.export.fileTitle, names),
    content: format === 'json' ? renderExportJson(record) : renderExportMarkdown(record, { texts: c.export, stageNames: c.stageNames, zone, closing: c.evaluateWrapUp.export }),
    initialComment: fill(c.export.comment, { user: `<@${record.exportedBy.id}>` }),
  };
}
