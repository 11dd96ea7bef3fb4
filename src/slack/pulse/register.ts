import type { App } from '@slack/bolt';
import type { ServiceContext } from '../../services/context.js';
import { registerPulseAdminActions } from './pulse-admin-actions.js';
import { registerPulseFormActions } from './pulse-form-actions.js';
import { registerPulseRatingActions } from './pulse-rating-actions.js';
import { registerPulseSubmissions } from './pulse-submissions.js';

/** Every listener of "how the pair is doing": the members' private answers and the admins' alert. */
export function registerPulse(app: App, ctx: ServiceContext): void {
  registerPulseFormActions(app, ctx);
  registerPulseSubmissions(app, ctx);
  registerPulseRatingActions(app, ctx);
  registerPulseAdminActions(app, ctx);
}
