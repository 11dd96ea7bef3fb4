import { z } from 'zod';
import { INPUT_ACTION } from '../ids.js';

// Only the fields we read; anything else Slack sends is ignored, anything malformed reads as empty.
const elementState = z
  .object({
    value: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_time: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).loose().nullish(),
  })
  .loose();

const stateSchema = z.record(z.string(), z.record(z.string(), elementState));

/** The text, date, time or option a person entered in one input block of a submitted view. */
export function readInput(values: unknown, blockId: string): string | null {
  const parsed = stateSchema.safeParse(values);
  if (!parsed.success) return null;
  const element = parsed.data[blockId]?.[INPUT_ACTION];
  const entered = element?.value ?? element?.selected_date ?? element?.selected_time ?? element?.selected_option?.value ?? null;
  // PostgreSQL text cannot hold U+0000: a pasted NUL would fail the save; it carries nothing anyway.
  return entered === null ? null : entered.replaceAll('\u0000', '');
}

export function readMetadata<T>(raw: string | undefined, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
