// What the action needs to know about the workflow run, from @actions/github's context.
import { context } from '@actions/github';
import type { RunIdentity } from '../register/token.js';

export interface RunContext extends RunIdentity {
  readonly runAttempt: string;
}

export function readRunContext(): RunContext {
  const asText = (n: number): string => (Number.isSafeInteger(n) && n >= 0 ? String(n) : '');
  return {
    sha: context.sha ?? '',
    runId: asText(context.runId),
    runAttempt: asText(context.runAttempt),
  };
}
