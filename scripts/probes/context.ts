// What every scenario shares: the SageMaker and ECR clients, the settings and names, a log, time, and two
// helpers: `ask` (one request's answer or error, never thrown) and `waitFor` (poll until settled).
//
// The action's own waits go through src/wait/poll.ts; this script cannot import src/ (plain Node
// does not resolve its `.js` suffixes), so it keeps the simplest loop: a fixed pause and a deadline,
// both injected so tests never wait.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Answer } from './outcomes.ts';
import type { ProbeNames, ProbeSettings } from './settings.ts';
import type { Observation } from './types.ts';

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface ProbeContext {
  readonly sagemaker: SageMakerClient;
  /** For the ECR reads of the image checks (the base image's registry and region). */
  readonly ecr: ECRClient;
  readonly settings: ProbeSettings;
  readonly names: ProbeNames;
  readonly clock: Clock;
  /** Pause between two reads of something settling. */
  readonly pollMs: number;
  readonly log: (line: string) => void;
}

/** An error's name (or AWS `Code`) and message on one line, at most 500 characters. */
export function errorAnswer(error: unknown): { ok: false; name: string; message: string } {
  const withCode = error as { name?: unknown; Code?: unknown; message?: unknown } | null;
  const name =
    typeof withCode?.Code === 'string'
      ? withCode.Code
      : typeof withCode?.name === 'string'
        ? withCode.name
        : 'Error';
  const message = String(withCode?.message ?? error)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
  return { ok: false, name, message };
}

/** Sends one request; its answer, or its error as an Answer. Never throws. */
export async function ask<T>(send: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await send() };
  } catch (error) {
    return errorAnswer(error);
  }
}

export interface Settled<T> {
  readonly value: T | undefined;
  /** Each status seen, in order, repeats collapsed: `Updating ×3 → InService`. */
  readonly statuses: string;
  readonly timedOut: boolean;
  readonly waitedMs: number;
}

/** Collapses repeats: ['A','A','B'] → 'A ×2 → B'. Pure. */
export function statusTrail(statuses: readonly string[]): string {
  const runs: [string, number][] = [];
  for (const status of statuses) {
    const last = runs.at(-1);
    if (last !== undefined && last[0] === status) last[1]++;
    else runs.push([status, 1]);
  }
  return runs.map(([status, n]) => (n > 1 ? `${status} ×${n}` : status)).join(' → ');
}

/** Reads until `settled` says so or `timeoutMs` passes; a read that fails counts as its error name. */
export async function waitFor<T>(
  context: Pick<ProbeContext, 'clock' | 'pollMs'>,
  read: () => Promise<T>,
  statusOf: (value: T) => string,
  settled: (value: T) => boolean,
  timeoutMs: number,
): Promise<Settled<T>> {
  const { clock, pollMs } = context;
  const started = clock.now();
  const statuses: string[] = [];
  let value: T | undefined;
  for (;;) {
    const answer = await ask(read);
    if (answer.ok) {
      value = answer.value;
      statuses.push(statusOf(answer.value));
      if (settled(answer.value)) break;
    } else statuses.push(answer.name);
    if (clock.now() - started + pollMs > timeoutMs) {
      return {
        value,
        statuses: statusTrail(statuses),
        timedOut: true,
        waitedMs: clock.now() - started,
      };
    }
    await clock.sleep(pollMs);
  }
  return {
    value,
    statuses: statusTrail(statuses),
    timedOut: false,
    waitedMs: clock.now() - started,
  };
}

/** Observation helpers, so scenarios read as what they saw. */
export const observed = (id: string, outcome: string, detail?: string): Observation => ({
  id,
  kind: 'observed',
  outcome,
  ...(detail === undefined || detail === '' ? {} : { detail }),
});
export const skipped = (id: string, reason: string): Observation => ({
  id,
  kind: 'skipped',
  reason,
});
export const notKnown = (id: string, detail: string): Observation => ({
  id,
  kind: 'error',
  detail,
});

/** The same skip for several probes. */
export function skipAll(ids: readonly string[], reason: string): Observation[] {
  return ids.map((id) => skipped(id, reason));
}

/** A scenario's clean-up step: runs, logs a failure, never throws (what it leaves, the clean-up job removes). */
export async function tidy(
  context: ProbeContext,
  what: string,
  step: () => Promise<unknown>,
): Promise<void> {
  const answer = await ask(step);
  if (!answer.ok)
    context.log(
      `Clean-up: ${what} failed (${answer.name}: ${answer.message}); the clean-up job removes it.`,
    );
}
