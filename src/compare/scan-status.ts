// What an ECR scan's status means for the comparison, each state with what to do. Pure.
//
// Scans are not ready at push time, and enhanced scans (Amazon Inspector) may say COMPLETE before
// their findings arrive (aws/aws-sdk#289). So a result counts only once two reads at least
// SETTLE_MS apart agree:
//
//   t=0 s   IN_PROGRESS                    pending
//   t=5 s   COMPLETE, 0 findings           pending (first sight of this result)
//   t=12 s  COMPLETE, 3 HIGH               pending (the result changed: its clock restarts)
//   t=27 s  COMPLETE, 3 HIGH               done: the same result 15 s later
//
// Continuous scanning's ACTIVE counts as scanned (its waiter never succeeds, aws/aws-sdk#288).
import type { ScanPage } from '../aws/ecr-scan.js';
import type { Verdict } from '../wait/poll.js';

/** How long one result must hold to be believed ("15 seconds consistently produced a full set"). */
export const SETTLE_MS = 15_000;

/**
 * ECR answers ScanNotFoundException both for a repository that is not scanned and, for a moment,
 * for an image just pushed: within this time from the start of the wait it waits, then it names
 * the repository's settings.
 */
export const SCAN_NOT_FOUND_GRACE_MS = 60_000;

/** States that wait: the scan has not finished. */
const PENDING = new Set(['IN_PROGRESS', 'PENDING']);
/** States with findings. */
const SCANNED = new Set(['COMPLETE', 'ACTIVE']);

/** What each state that will not turn into findings means, and what to do about it. */
export const SCAN_PROBLEMS: Readonly<Record<string, string>> = {
  SCAN_NOT_FOUND:
    'the repository is not scanned (ScanNotFoundException): turn on scan on push (basic) or ' +
    "enhanced scanning for it in ECR's private registry settings, then push again",
  UNSUPPORTED_IMAGE:
    "ECR cannot scan this image (UNSUPPORTED_IMAGE): its operating system or the scanner's " +
    "support for it; see ECR's list of supported operating systems",
  SCAN_ELIGIBILITY_EXPIRED:
    'the image is no longer scanned (SCAN_ELIGIBILITY_EXPIRED): continuous scanning stops after ' +
    "the registry's scan duration; raise it in Amazon Inspector, or push the image again",
  FINDINGS_UNAVAILABLE:
    'Amazon Inspector has no findings for it (FINDINGS_UNAVAILABLE): the image is past its ' +
    'scan duration or was deleted and pushed again; push it again to scan it',
  LIMIT_EXCEEDED:
    "the scan did not run (LIMIT_EXCEEDED): the account reached ECR's scan limit for the " +
    'period; wait and re-run, or ask for a higher quota',
  IMAGE_ARCHIVED:
    'the image is archived (IMAGE_ARCHIVED) and archived images are not scanned: restore it ' +
    '(UpdateImageStorageClass) to scan it',
  FAILED: 'the scan failed (FAILED); push the image again, or start a basic scan (StartImageScan)',
};

/** One result as seen, and since when (clock time). */
export interface SeenResult {
  readonly signature: string;
  readonly since: number;
}

/** What two reads compare: the status, ECR's counts and the findings' ids. */
export function resultSignature(page: ScanPage): string {
  const counts = Object.entries(page.counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([severity, count]) => `${severity}=${count}`)
    .join(',');
  const ids = page.findings.map((finding) => `${finding.id}/${finding.packageName ?? ''}`).sort();
  return `${page.status}|${counts}|${ids.length}|${ids.join(',')}|${page.nextToken === undefined ? '' : 'more'}`;
}

/** A problem in words, for any state that is neither pending nor scanned. */
export function scanProblem(page: Pick<ScanPage, 'status' | 'description'>): string {
  const known = SCAN_PROBLEMS[page.status];
  if (known !== undefined) return known;
  const said = page.description === undefined ? '' : `: ${page.description}`;
  return `ECR reports the scan as ${page.status}${said}`;
}

/** When a read is judged: clock times, and how long a result must hold (0 believes it at once). */
export interface ScanTiming {
  readonly now: number;
  readonly startedAt: number;
  readonly settleMs: number;
}

/**
 * The verdict on one read, given the result seen before; the result seen now comes back with it,
 * for the caller to pass to the next read.
 */
export function judgeScan(
  page: ScanPage,
  timing: ScanTiming,
  seen: SeenResult | undefined,
): { readonly verdict: Verdict<ScanPage>; readonly seen: SeenResult | undefined } {
  const { now, startedAt, settleMs } = timing;
  const justPushed = page.status === 'SCAN_NOT_FOUND' && now - startedAt < SCAN_NOT_FOUND_GRACE_MS;
  if (PENDING.has(page.status) || justPushed)
    return { verdict: { kind: 'pending' }, seen: undefined };
  if (!SCANNED.has(page.status))
    return { verdict: { kind: 'failed', message: scanProblem(page) }, seen: undefined };
  const signature = resultSignature(page);
  const held = seen?.signature === signature ? seen : { signature, since: now };
  const verdict: Verdict<ScanPage> =
    now - held.since >= settleMs ? { kind: 'done', value: page } : { kind: 'pending' };
  return { verdict, seen: held };
}
