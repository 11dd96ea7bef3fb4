/** Issue 16's channel posts; the Slack adapter renders them from the catalog (firstWeeks). */
export type FirstWeeksMessage =
  /** A member set the next meeting (the first, when none is logged yet); with "Add to calendar". */
  | { kind: 'meetingSet'; userId: string; at: Date; first: boolean }
  /** A nurture activity added to the plan as its step `number`. */
  | { kind: 'addedToPlan'; userId: string; step: string; number: number };
