/** Once per test run, before the workers start: the embedded run's migrated template (see createTestDatabase). */
import { CACHE_TEMPLATE_DIR, ensureTemplate } from '../../src/storage/db/embedded-template.js';
import { TEST_DATABASE_URL } from './database.js';

export default async function setup(): Promise<void> {
  if (!TEST_DATABASE_URL) await ensureTemplate(CACHE_TEMPLATE_DIR);
}
