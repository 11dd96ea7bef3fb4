/** A member's self-inventory: what they take stock of before the first meeting. */
export const INVENTORY_FIELDS = [
  'strengths',
  'developmentAreas',
  'shortTermGoals',
  'longTermGoals',
  'expectations',
  'contribution',
  'rapport',
] as const;
export type InventoryField = (typeof INVENTORY_FIELDS)[number];

/** The answers the inventory cannot do without; the others may stay blank. */
export const REQUIRED_INVENTORY_FIELDS: readonly InventoryField[] = ['strengths', 'developmentAreas', 'expectations'];
export const MAX_INVENTORY_ANSWER = 1000;

export type InventoryAnswers = Record<InventoryField, string | null>;
export type InventoryInput = Partial<Record<InventoryField, string | null | undefined>>;
export type InventoryFieldError = 'required' | 'tooLong';

export type InventoryResult =
  | { ok: true; answers: InventoryAnswers }
  | { ok: false; errors: Partial<Record<InventoryField, InventoryFieldError>> };

/** Checks each answer beside its own field; blank optional answers are stored as null. */
export function validateInventory(input: InventoryInput): InventoryResult {
  const errors: Partial<Record<InventoryField, InventoryFieldError>> = {};
  const answers = {} as InventoryAnswers;
  for (const field of INVENTORY_FIELDS) {
    const answer = (input[field] ?? '').trim();
    if (answer === '' && REQUIRED_INVENTORY_FIELDS.includes(field)) errors[field] = 'required';
    else if ([...answer].length > MAX_INVENTORY_ANSWER) errors[field] = 'tooLong';
    answers[field] = answer === '' ? null : answer;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}
