/** How the pair is doing (0017): each member's private answers; comments are sealed. */
export interface FitCheckTable {
  pair_id: number;
  user_id: string;
  answer: 'great' | 'fine' | 'unsure' | 'not_a_fit';
  comment: string | null;
  answered_at: Date;
}

export interface SessionRatingTable {
  log_id: number;
  pair_id: number;
  user_id: string;
  rating: number;
  rated_at: Date;
}

export interface PulseCheckinTable {
  pair_id: number;
  user_id: string;
  progress: number;
  relationship: number;
  comment: string | null;
  answered_at: Date;
}
