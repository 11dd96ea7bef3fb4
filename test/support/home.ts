/** Opening the App Home tab over signed HTTP (an `app_home_opened` event) and reading what the app published. */
import { allText, type Person, type Scenario } from './e2e.js';

export interface PublishedHome {
  userId: string;
  view: { type: string; blocks: unknown[] };
  text: string;
}

let homeEvents = 0;

export function publishedHomes(s: Scenario): PublishedHome[] {
  return s.standIn.callsTo('views.publish').map((call) => {
    const raw = call.params.view;
    const view = (typeof raw === 'string' ? JSON.parse(raw) : raw) as PublishedHome['view'];
    return { userId: String(call.params.user_id), view, text: allText(view.blocks) };
  });
}

/** Opens the Home tab as `user` and returns the view the app published for them. */
export async function openHome(s: Scenario, user: Person, at: Date): Promise<PublishedHome> {
  const before = publishedHomes(s).length;
  homeEvents += 1;
  const reply = await s.harness.slack.event({
    type: 'app_home_opened',
    user: user.id,
    tab: 'home',
    channel: `D${user.id.slice(1)}`,
    event_ts: `${Math.floor(at.getTime() / 1000)}.${String(homeEvents).padStart(6, '0')}`,
  });
  if (reply.status !== 200) throw new Error(`app_home_opened: HTTP ${reply.status}`);
  return s.waitFor(() => publishedHomes(s).slice(before).find((home) => home.userId === user.id));
}
