// Waiting for ECR's scans of every digest at once (the new image and each live one): each poll
// reads one DescribeImageScanFindings page of every digest still open, in parallel, until each
// result holds for SETTLE_MS (scan-status.ts), within the step's one deadline (`scan-wait-seconds`
// from the start of the wait). A pause never runs past the moment a held result turns 15 s old:
//
//   t=0 s    new: IN_PROGRESS   live: COMPLETE (first seen)    pause: the schedule's
//   t=3.5 s  new: COMPLETE (first seen)                        pause: to t=15 s (live's mark)
//   t=15 s   new: COMPLETE (held 11.5 s)  live: settled        pause: to t=18.5 s (new's mark)
//   t=18.5 s new: settled                                      done
//
// Once settled, the rest of a digest's pages are read once. A state that will never give findings
// closes its digest at once with what to do; a wait that runs out says which scans still run.
import type { ScanFinding, ScanPage } from '../aws/ecr-scan.js';
import { explainAwsError } from '../aws/errors.js';
import type { Clock } from '../wait/clock.js';
import { PollFailure, pollUntilSettled } from '../wait/poll.js';
import {
  SCAN_NOT_FOUND_GRACE_MS,
  SCAN_PROBLEMS,
  SETTLE_MS,
  judgeScan,
  type ScanTiming,
  type SeenResult,
} from './scan-status.js';

/** The longest pause between two reads of a scan (its results take minutes; 20 s keeps it to ~3 a minute). */
export const SCAN_MAX_DELAY_MS = 20_000;

export type ScanOutcome =
  | {
      readonly kind: 'scanned';
      readonly status: string;
      readonly findings: readonly ScanFinding[];
      /** Pages read: one per poll, and the rest of the findings once settled. */
      readonly pages: number;
    }
  | {
      readonly kind: 'unavailable';
      readonly status: string;
      readonly problem: string;
      readonly pages: number;
    };

/** One digest's scan. */
export interface ScanSubject {
  /** `the new image sha256:…`: for log lines and messages. */
  readonly subject: string;
  readonly readPage: (nextToken?: string) => Promise<ScanPage>;
}

export interface ScanWaits {
  readonly subjects: readonly ScanSubject[];
  readonly clock: Clock;
  /** When every scan wait must end (clock time). */
  readonly deadline: number;
  readonly region: string;
  readonly log: (line: string) => void;
}

export type ScanWait = ScanSubject & Omit<ScanWaits, 'subjects'>;

/** One digest as the wait goes: its pages, the result held, and how it ended. */
interface Tracked extends ScanSubject {
  pages: number;
  lastStatus: string;
  seen?: SeenResult | undefined;
  end?:
    | { readonly kind: 'settled'; readonly page: ScanPage }
    | { readonly kind: 'refused'; readonly message: string };
}

type Round = readonly { readonly digest: Tracked; readonly page: ScanPage }[];

/** One digest's wait: the wait of a list of one. */
export async function waitForScan(wait: ScanWait): Promise<ScanOutcome> {
  const [outcome] = await waitForScans({ ...wait, subjects: [wait] });
  return outcome as ScanOutcome;
}

/** Every digest's wait, side by side; the outcomes in the order of `subjects`. */
export async function waitForScans(waits: ScanWaits): Promise<ScanOutcome[]> {
  const { clock } = waits;
  const tracked: Tracked[] = waits.subjects.map((subject) => ({
    ...subject,
    pages: 0,
    lastStatus: 'not read',
  }));
  const open = (): Tracked[] => tracked.filter((digest) => digest.end === undefined);
  const readRound = (): Promise<Round> =>
    Promise.all(
      open().map(async (digest) => {
        digest.pages += 1;
        return { digest, page: await digest.readPage() };
      }),
    );
  const startedAt = clock.now();
  const remainingMs = waits.deadline - startedAt;
  // The SDK's classification, loaded with the reads it judges (src/aws/transient.ts).
  const { isTransient } = await import('../aws/transient.js');
  if (remainingMs <= 0) {
    // No time to wait (`scan-wait-seconds: 0`, or spent): what is there now, believed at once.
    const now = clock.now();
    judgeRound(await readRound(), { now, startedAt: now - SCAN_NOT_FOUND_GRACE_MS, settleMs: 0 });
  } else {
    await pollUntilSettled({
      subject:
        tracked.length === 1 ? `the ECR scan of ${tracked[0]?.subject ?? ''}` : 'the ECR scans',
      read: readRound,
      statusOf: (round) =>
        round
          .map(({ digest, page }) =>
            tracked.length === 1 ? page.status : `${digest.subject}: ${page.status}`,
          )
          .join('; '),
      judge: (round) => {
        judgeRound(round, { now: clock.now(), startedAt, settleMs: SETTLE_MS });
        return open().length === 0 ? { kind: 'done', value: true } : { kind: 'pending' };
      },
      nextUsefulCheckInMs: () => nextMarkInMs(open(), clock.now()),
      canRetry: isTransient,
      explain: (error) =>
        explainAwsError(error, {
          operation: 'DescribeImageScanFindings',
          imageName: '',
          region: waits.region,
        }),
      clock,
      timeoutMs: remainingMs,
      maxDelayMs: SCAN_MAX_DELAY_MS,
      log: waits.log,
    }).catch((error: unknown) => {
      // The deadline: the digests still open say so below.
      if (!(error instanceof PollFailure)) throw error;
    });
  }
  return Promise.all(tracked.map(outcomeOf));
}

/** Each digest's read judged: settled, refused, or still open with the result it holds. */
function judgeRound(round: Round, timing: ScanTiming): void {
  for (const { digest, page } of round) {
    digest.lastStatus = page.status;
    const judged = judgeScan(page, timing, digest.seen);
    digest.seen = judged.seen;
    const { verdict } = judged;
    if (verdict.kind === 'done') digest.end = { kind: 'settled', page: verdict.value };
    if (verdict.kind === 'failed') digest.end = { kind: 'refused', message: verdict.message };
  }
}

/** How long until the first held result turns SETTLE_MS old: no pause need run past it. */
function nextMarkInMs(open: readonly Tracked[], now: number): number | undefined {
  const marks = open.flatMap((digest) =>
    digest.seen === undefined ? [] : [digest.seen.since + SETTLE_MS - now],
  );
  return marks.length === 0 ? undefined : Math.max(0, Math.min(...marks));
}

/** A digest's outcome: its findings (the rest of their pages read once), or why there are none. */
async function outcomeOf(digest: Tracked): Promise<ScanOutcome> {
  const { end } = digest;
  if (end === undefined) return stillRunning(digest);
  if (end.kind === 'refused')
    return {
      kind: 'unavailable',
      status: digest.lastStatus,
      problem: `${digest.subject}: ${end.message}`,
      pages: digest.pages,
    };
  const findings = [...end.page.findings];
  let next = end.page.nextToken;
  while (next !== undefined) {
    const page = await digest.readPage(next);
    digest.pages += 1;
    findings.push(...page.findings);
    next = page.nextToken;
  }
  return { kind: 'scanned', status: end.page.status, findings, pages: digest.pages };
}

function stillRunning(digest: Tracked): ScanOutcome {
  const { subject, lastStatus: status, pages } = digest;
  if (status === 'SCAN_NOT_FOUND')
    return {
      kind: 'unavailable',
      status,
      pages,
      problem: `${subject}: ${SCAN_PROBLEMS.SCAN_NOT_FOUND ?? ''}`,
    };
  return {
    kind: 'unavailable',
    status,
    pages,
    problem:
      `${subject}: the scan was still ${status === 'COMPLETE' || status === 'ACTIVE' ? `settling (${status}, its findings still changing)` : status} ` +
      'when `scan-wait-seconds` ran out. Raise `scan-wait-seconds` (scans of large images take up to ' +
      '~20 minutes), or re-run once the scan is done.',
  };
}
