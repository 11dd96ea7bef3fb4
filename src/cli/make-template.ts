/** Part of `npm run build`: the migrated embedded template beside the compiled app, older ones removed. */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { APP_TEMPLATE_DIR, makeTemplate } from '../storage/db/embedded-template.js';

const file = await makeTemplate(APP_TEMPLATE_DIR);
for (const name of await readdir(APP_TEMPLATE_DIR)) {
  if (name.startsWith('embedded-template-') && path.join(APP_TEMPLATE_DIR, name) !== file) await rm(path.join(APP_TEMPLATE_DIR, name), { force: true });
}
