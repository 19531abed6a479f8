// Delay schedules, as pure functions of elapsed time and a random number.

/** When the first status check happens after creating: creations can be short. */
export const FIRST_POLL_DELAY_MS = 1000;
/** The shortest steady delay: about one DescribeImageVersion per 2.5 s while a creation is young. */
export const STEADY_POLL_DELAY_MS = 2500;
/** How fast delays grow: an eighth of the time waited so far, so lateness stays ~6% of the wait. */
const GROWTH_DIVISOR = 8;
/** Jitter keeps runs that started together from polling in step. */
const JITTER = 0.2;

/**
 * The delay before the next status check, given how long the wait has lasted and the cap.
 * First check ~1 s in; then max(2.5 s, elapsed / 8) with ±20% jitter, never above the cap.
 */
export function pollDelayMs(elapsedMs: number, maxDelayMs: number, random: number): number {
  const base =
    elapsedMs <= 0
      ? FIRST_POLL_DELAY_MS
      : Math.max(STEADY_POLL_DELAY_MS, elapsedMs / GROWTH_DIVISOR);
  const jittered = base * (1 - JITTER + 2 * JITTER * random);
  return Math.round(Math.min(maxDelayMs, jittered));
}

/** Backoff for retrying a busy image (ResourceInUse): full jitter, 1 s doubling up to 15 s. */
export function busyRetryDelayMs(attempt: number, random: number): number {
  const ceiling = Math.min(15_000, 1000 * 2 ** Math.min(attempt, 10));
  return Math.round(500 + random * (ceiling - 500));
}
