import type { FitAnswer, SessionRating } from '../../domain/pulse/answers.js';
import type { TipStage } from '../../domain/pulse/pulse-plan.js';

/**
 * Direct messages of "how the pair is doing": each goes to one person only. A member's own answer
 * is shown back to that member alone; the admins' alert carries the answer the form said they read.
 */
export type PulseUserMessage =
  /** "How is this pairing going?", a working day after the first logged meeting. */
  | { kind: 'fitCheck'; pairId: number; channelId: string }
  /** Rate the session just logged, 1–4; `rating` when the member has rated it (they may change it). */
  | { kind: 'sessionRating'; logId: number; channelId: string; rating: SessionRating | null }
  /** The midpoint check-in: progress, relationship, a comment. */
  | { kind: 'pulseCheckin'; pairId: number; channelId: string }
  /** A role tip for the mentor, at the start of a stage. */
  | { kind: 'mentorTip'; stage: TipStage; channelId: string }
  /** To each programme admin: a member answered "not a good fit". */
  | { kind: 'fitAlert'; pairId: number; channelId: string; memberId: string; answer: FitAnswer; comment: string | null }
  /** To each member of a pair an admin chose to contact. */
  | { kind: 'adminContact'; adminId: string; channelId: string };

const PULSE_KINDS: ReadonlySet<string> = new Set(['fitCheck', 'sessionRating', 'pulseCheckin', 'mentorTip', 'fitAlert', 'adminContact']);

export function isPulseMessage(message: { kind: string }): message is PulseUserMessage {
  return PULSE_KINDS.has(message.kind);
}
