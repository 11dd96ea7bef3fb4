/** A meeting log as stored. What the author wrote, the days it names, and its post in the channel. */
export interface MeetingLog {
  id: number;
  pairId: number;
  authorId: string;
  createdAt: Date;
  summary: string;
  achievements: string | null;
  nextSteps: string | null;
  /** yyyy-mm-dd. */
  nextMeetingOn: string | null;
  source: 'command' | 'form';
  /** The posted record's ts, a posting claim while one is being posted, or null. */
  messageTs: string | null;
  /** yyyy-mm-dd: the author's day of the meeting; null for logs written before it was stored. */
  metOn: string | null;
  nextMeetingAt: Date | null;
  /** Kept for the author only; never posted. */
  privateNote: string | null;
  editedAt: Date | null;
  deletedAt: Date | null;
}
