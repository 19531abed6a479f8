// Delay schedules, as pure functions of elapsed time and a random number.

/** The first status check comes this soon after creating: some creations are short. */
const FIRST_POLL_DELAY_MS = 1000;
/** Until this much time has passed, pauses are longer, paying back the early first check... */
const EARLY_PHASE_MS = 6000;
const EARLY_POLL_DELAY_MS = 2500;
/** ...so that, with steady pauses of 2.1 s, checks stay under one per 2 s on average. */
const STEADY_POLL_DELAY_MS = 2100;
/** Pauses then grow by a 14th of the time waited, reaching a 5 s cap at 70 s (≤ 14 a minute). */
const GROWTH_DIVISOR = 14;
/** Jitter keeps runs that started together from polling in step. Early on it is small, so the
 * first checks land where the budget allows; later it is wide, so that how late a change is
 * noticed does not hinge on when it happens (about half a pause on average). */
const EARLY_JITTER = 0.1;
const LATER_JITTER = 0.3;

/**
 * The pause before the next status check, given how long the wait has lasted and the cap:
 * 1 s first, 2.5 s while under 6 s (±10%), then max(2.1 s, elapsed / 14) (±30%), never above
 * the cap.
 * A change is noticed about half a pause after it happens: ~1 s for creations under half a
 * minute, ~2 s around a minute.
 */
export function pollDelayMs(elapsedMs: number, maxDelayMs: number, random: number): number {
  const early = elapsedMs < EARLY_PHASE_MS;
  const base =
    elapsedMs <= 0
      ? FIRST_POLL_DELAY_MS
      : early
        ? EARLY_POLL_DELAY_MS
        : Math.max(STEADY_POLL_DELAY_MS, elapsedMs / GROWTH_DIVISOR);
  const jitter = early ? EARLY_JITTER : LATER_JITTER;
  const jittered = base * (1 - jitter + 2 * jitter * random);
  return Math.round(Math.min(maxDelayMs, jittered));
}

/** Backoff for retrying a busy image (ResourceInUse): full jitter, 1 s doubling up to 15 s. */
export function busyRetryDelayMs(attempt: number, random: number): number {
  const ceiling = Math.min(15_000, 1000 * 2 ** Math.min(attempt, 10));
  return Math.round(500 + random * (ceiling - 500));
}
