/**
 * `useStandIn(options?)`: the strict Slack stand-in (src/dev/slack-stand-in.ts) for the calling file
 * or describe block.
 *
 *   const standIn = useStandIn();                // one for the whole file: beforeAll / afterAll
 *   const standIn = useStandIn({ each: true });  // a fresh one per test: beforeEach / afterEach
 *
 * Other options go to SlackStandIn.start. The returned object forwards to the running stand-in
 * (see lazy.ts); do not read it at the top level.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { SlackStandIn, type SlackStandInOptions } from '../../src/dev/slack-stand-in.js';
import { lazy } from './lazy.js';

export interface UseStandInOptions extends SlackStandInOptions {
  /** A fresh stand-in for every test instead of one for the whole file. */
  each?: boolean;
}

export function useStandIn(options: UseStandInOptions = {}): SlackStandIn {
  const { each, ...startOptions } = options;
  let standIn: SlackStandIn | undefined;
  const start = async () => {
    standIn = await SlackStandIn.start(startOptions);
  };
  const stop = async () => {
    await standIn?.stop();
    standIn = undefined;
  };
  if (each) {
    beforeEach(start);
    afterEach(stop);
  } else {
    beforeAll(start);
    afterAll(stop);
  }
  return lazy('the Slack stand-in (useStandIn)', () => standIn);
}
