// Waiting for ECR's scan of one digest: one DescribeImageScanFindings page per poll, until the
// result holds for SETTLE_MS (scan-status.ts), within the step's one deadline (`scan-wait-seconds`
// from the start of the scan waits). Once settled, the rest of the findings' pages are read once.
// A state that will never give findings ends the wait at once with what to do; a wait that runs
// out says the scan is still running.
import type { ScanFinding, ScanPage } from '../aws/ecr-scan.js';
import { explainAwsError } from '../aws/errors.js';
import type { Clock } from '../wait/clock.js';
import { PollFailure, pollUntilSettled } from '../wait/poll.js';
import {
  SCAN_NOT_FOUND_GRACE_MS,
  SCAN_PROBLEMS,
  SETTLE_MS,
  judgeScan,
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

export interface ScanWait {
  /** `the new image sha256:…`: for log lines and messages. */
  readonly subject: string;
  readonly readPage: (nextToken?: string) => Promise<ScanPage>;
  readonly clock: Clock;
  /** When every scan wait must end (clock time). */
  readonly deadline: number;
  readonly region: string;
  readonly log: (line: string) => void;
}

export async function waitForScan(wait: ScanWait): Promise<ScanOutcome> {
  const { clock } = wait;
  let pages = 0;
  let seen: SeenResult | undefined;
  let lastStatus = 'not read';
  // Which way a PollFailure came: a state with no findings (the judge said so), or the deadline.
  let refused = false;
  const read = async (): Promise<ScanPage> => {
    pages += 1;
    return wait.readPage();
  };
  const startedAt = clock.now();
  const remainingMs = wait.deadline - startedAt;
  // The SDK's classification, loaded with the reads it judges (src/aws/transient.ts).
  const { isTransient } = await import('../aws/transient.js');
  try {
    let settled: ScanPage;
    if (remainingMs <= 0) {
      // No time to wait (`scan-wait-seconds: 0`, or spent): what is there now, believed at once.
      const page = await read();
      lastStatus = page.status;
      const timing = {
        now: clock.now(),
        startedAt: clock.now() - SCAN_NOT_FOUND_GRACE_MS,
        settleMs: 0,
      };
      const { verdict } = judgeScan(page, timing, undefined);
      refused = verdict.kind === 'failed';
      if (verdict.kind === 'failed') throw new PollFailure(verdict.message, page.status);
      if (verdict.kind === 'pending') return stillRunning(wait, page.status, pages);
      settled = verdict.value;
    } else {
      const result = await pollUntilSettled({
        subject: `the ECR scan of ${wait.subject}`,
        read,
        statusOf: (page) => (lastStatus = page.status),
        judge: (page) => {
          const judged = judgeScan(
            page,
            { now: clock.now(), startedAt, settleMs: SETTLE_MS },
            seen,
          );
          seen = judged.seen;
          refused = judged.verdict.kind === 'failed';
          return judged.verdict;
        },
        canRetry: isTransient,
        explain: (error) =>
          explainAwsError(error, {
            operation: 'DescribeImageScanFindings',
            imageName: '',
            region: wait.region,
          }),
        clock,
        timeoutMs: remainingMs,
        maxDelayMs: SCAN_MAX_DELAY_MS,
        log: wait.log,
      });
      settled = result.value;
    }
    const findings = [...settled.findings];
    let next = settled.nextToken;
    while (next !== undefined) {
      const page = await wait.readPage(next);
      pages += 1;
      findings.push(...page.findings);
      next = page.nextToken;
    }
    return { kind: 'scanned', status: settled.status, findings, pages };
  } catch (error) {
    if (!(error instanceof PollFailure)) throw error;
    if (!refused) return stillRunning(wait, lastStatus, pages);
    return {
      kind: 'unavailable',
      status: error.lastStatus ?? lastStatus,
      problem: `${wait.subject}: ${error.message}`,
      pages,
    };
  }
}

function stillRunning(wait: ScanWait, status: string, pages: number): ScanOutcome {
  if (status === 'SCAN_NOT_FOUND')
    return {
      kind: 'unavailable',
      status,
      pages,
      problem: `${wait.subject}: ${SCAN_PROBLEMS.SCAN_NOT_FOUND ?? ''}`,
    };
  return {
    kind: 'unavailable',
    status,
    pages,
    problem:
      `${wait.subject}: the scan was still ${status === 'COMPLETE' || status === 'ACTIVE' ? `settling (${status}, its findings still changing)` : status} ` +
      'when `scan-wait-seconds` ran out. Raise `scan-wait-seconds` (scans of large images take up to ' +
      '~20 minutes), or re-run once the scan is done.',
  };
}
