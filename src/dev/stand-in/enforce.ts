/** Where the stand-in refuses a payload the way Slack does, unless it was started lenient. */
import { describeViolation, type Violation } from './limits.js';
import type { StandInState } from './state.js';
import { ApiError, type Params } from './types.js';
import { messageViolations, viewViolations } from './validate.js';

function refuse(state: StandInState, code: string, violations: Violation[]): void {
  if (!state.strict || violations.length === 0) return;
  throw new ApiError(code, violations.map(describeViolation));
}

/** chat.*: Slack answers `invalid_blocks` for blocks it will not draw. */
export function enforceMessage(state: StandInState, params: Params): void {
  refuse(state, 'invalid_blocks', messageViolations({ blocks: params.blocks }));
}

/** views.*: Slack answers `invalid_arguments`, with the broken rule in response_metadata. */
export function enforceView(state: StandInState, view: Record<string, unknown>, expected: 'modal' | 'home' | 'any'): void {
  refuse(state, 'invalid_arguments', viewViolations(view, expected));
}

/** A required argument the method was called without: refused even by a lenient stand-in, as by Slack. */
export function requireArgument(value: string | undefined, code: string, rule: Violation['rule'], argument: string): string {
  if (value === undefined) throw new ApiError(code, [describeViolation({ rule, pointer: `/${argument}`, found: 'missing' })]);
  return value;
}
