// What a scan's status means: which states wait, what each state that gives no findings tells the
// user to do, what two reads compare to agree, and from when ScanNotFoundException is believed.
import { describe, expect, it } from '@jest/globals';
import type { ScanPage } from '../../src/aws/ecr-scan.js';
import {
  SCAN_PROBLEMS,
  judgeScan,
  resultSignature,
  scanProblem,
} from '../../src/compare/scan-status.js';

const page = (status: string, more: Partial<ScanPage> = {}): ScanPage => ({
  status,
  counts: {},
  findings: [],
  ...more,
});

const timing = (now: number, startedAt = 0) => ({ now, startedAt, settleMs: 15_000 });

describe('judgeScan', () => {
  it.each(['IN_PROGRESS', 'PENDING'])('waits while the scan is %s, holding no result', (status) => {
    const seen = { signature: 'COMPLETE||0||', since: 0 };
    expect(judgeScan(page(status), timing(30_000), seen)).toStrictEqual({
      verdict: { kind: 'pending' },
      seen: undefined,
    });
  });

  it('holds a first result from the time it was read', () => {
    const scanned = page('COMPLETE', { counts: { HIGH: 1 } });
    expect(judgeScan(scanned, timing(5_000), undefined)).toStrictEqual({
      verdict: { kind: 'pending' },
      seen: { signature: 'COMPLETE|HIGH=1|0||', since: 5_000 },
    });
  });

  it('believes a result only once it held for 15 s', () => {
    const empty = page('COMPLETE');
    const found = page('COMPLETE', {
      counts: { HIGH: 1 },
      findings: [{ id: 'CVE-1', severity: 'HIGH', packageName: 'p' }],
    });
    const first = judgeScan(empty, timing(1000), undefined);
    expect(first.verdict.kind).toBe('pending');
    const changed = judgeScan(found, timing(12_000), first.seen);
    expect(changed.verdict.kind).toBe('pending');
    expect(judgeScan(found, timing(26_999), changed.seen).verdict.kind).toBe('pending');
    expect(judgeScan(found, timing(27_000), changed.seen).verdict.kind).toBe('done');
  });

  it.each(Object.keys(SCAN_PROBLEMS).filter((status) => status !== 'SCAN_NOT_FOUND'))(
    '%s ends the wait at once with what to do',
    (status) => {
      expect(judgeScan(page(status), timing(0), undefined).verdict).toStrictEqual({
        kind: 'failed',
        message: SCAN_PROBLEMS[status],
      });
    },
  );

  it('gives ScanNotFoundException a minute from the start of the wait, not of the clock', () => {
    expect(judgeScan(page('SCAN_NOT_FOUND'), timing(159_999, 100_000), undefined)).toStrictEqual({
      verdict: { kind: 'pending' },
      seen: undefined,
    });
    expect(judgeScan(page('SCAN_NOT_FOUND'), timing(160_000, 100_000), undefined)).toStrictEqual({
      verdict: { kind: 'failed', message: SCAN_PROBLEMS.SCAN_NOT_FOUND },
      seen: undefined,
    });
  });
});

describe('scanProblem', () => {
  it.each([
    [
      'SCAN_NOT_FOUND',
      'the repository is not scanned (ScanNotFoundException): turn on scan on push (basic) or ' +
        "enhanced scanning for it in ECR's private registry settings, then push again",
    ],
    [
      'UNSUPPORTED_IMAGE',
      "ECR cannot scan this image (UNSUPPORTED_IMAGE): its operating system or the scanner's " +
        "support for it; see ECR's list of supported operating systems",
    ],
    [
      'SCAN_ELIGIBILITY_EXPIRED',
      'the image is no longer scanned (SCAN_ELIGIBILITY_EXPIRED): continuous scanning stops ' +
        "after the registry's scan duration; raise it in Amazon Inspector, or push the image again",
    ],
    [
      'FINDINGS_UNAVAILABLE',
      'Amazon Inspector has no findings for it (FINDINGS_UNAVAILABLE): the image is past its ' +
        'scan duration or was deleted and pushed again; push it again to scan it',
    ],
    [
      'LIMIT_EXCEEDED',
      "the scan did not run (LIMIT_EXCEEDED): the account reached ECR's scan limit for the " +
        'period; wait and re-run, or ask for a higher quota',
    ],
    [
      'IMAGE_ARCHIVED',
      'the image is archived (IMAGE_ARCHIVED) and archived images are not scanned: restore it ' +
        '(UpdateImageStorageClass) to scan it',
    ],
    [
      'FAILED',
      'the scan failed (FAILED); push the image again, or start a basic scan (StartImageScan)',
    ],
  ])('says what to do about %s', (status, message) => {
    expect(scanProblem(page(status, { description: 'ECR says why' }))).toBe(message);
  });

  it('names a state it does not know, with what ECR said when it said anything', () => {
    expect(scanProblem(page('NEW_STATE'))).toBe('ECR reports the scan as NEW_STATE');
    expect(scanProblem(page('NEW_STATE', { description: 'why' }))).toBe(
      'ECR reports the scan as NEW_STATE: why',
    );
  });
});

describe('resultSignature', () => {
  it('is the status, the counts by name, and each finding by id and package, in order', () => {
    const scanned = page('COMPLETE', {
      counts: { MEDIUM: 1, CRITICAL: 2 },
      findings: [
        { id: 'CVE-2', severity: 'CRITICAL', packageName: 'zlib' },
        { id: 'CVE-3', severity: 'MEDIUM' },
        { id: 'CVE-1', severity: 'CRITICAL', packageName: 'openssl' },
      ],
    });
    expect(resultSignature(scanned)).toBe(
      'COMPLETE|CRITICAL=2,MEDIUM=1|3|CVE-1/openssl,CVE-2/zlib,CVE-3/|',
    );
    expect(resultSignature({ ...scanned, nextToken: 'page-2' })).toBe(
      'COMPLETE|CRITICAL=2,MEDIUM=1|3|CVE-1/openssl,CVE-2/zlib,CVE-3/|more',
    );
  });
});
