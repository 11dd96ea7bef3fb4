import { type Catalog, catalogFor } from '../content/index.js';
import type { SlackPort } from '../services/slack-port.js';

/** The catalog in the language of the person who asked; English when Slack cannot tell us. */
export async function catalogOf(slack: SlackPort, userId: string): Promise<Catalog> {
  try {
    const user = await slack.lookupUser(userId);
    return catalogFor(user?.locale ?? 'en');
  } catch {
    return catalogFor('en');
  }
}
