// Waiting for a scan: pending states wait, a result counts once it held 15 s, ACTIVE is scanned,
// every other state ends the wait with what to do, and nothing waits past the deadline.
import { describe, expect, it } from '@jest/globals';
import type { ScanPage } from '../../src/aws/ecr-scan.js';
import { SCAN_PROBLEMS } from '../../src/compare/scan-status.js';
import { SCAN_MAX_DELAY_MS, waitForScan, waitForScans } from '../../src/compare/scan-wait.js';
import { AwsCallError } from '../../src/aws/errors.js';
import { fakeClock } from '../../__fixtures__/clock.js';

const page = (status: string, ids: string[] = [], nextToken?: string): ScanPage => ({
  status,
  counts: ids.length === 0 ? {} : { HIGH: ids.length },
  findings: ids.map((id) => ({ id, severity: 'HIGH', packageName: 'p' })),
  ...(nextToken === undefined ? {} : { nextToken }),
});

/** Answers in turn, the last one for ever; counts the reads. */
function pages(...answers: ScanPage[]) {
  const reads: (string | undefined)[] = [];
  return {
    reads,
    readPage: (nextToken?: string): Promise<ScanPage> => {
      reads.push(nextToken);
      if (nextToken !== undefined) return Promise.resolve(page('COMPLETE', [`more-${nextToken}`]));
      const answer =
        answers[Math.min(reads.filter((t) => t === undefined).length - 1, answers.length - 1)];
      return Promise.resolve(answer ?? page('IN_PROGRESS'));
    },
  };
}

function waitFor(source: ReturnType<typeof pages>, waitMs = 900_000, startAt = 0) {
  const clock = fakeClock();
  clock.advance(startAt);
  const lines: string[] = [];
  return {
    clock,
    lines,
    outcome: waitForScan({
      subject: 'the new image sha256:abc',
      readPage: source.readPage,
      clock,
      deadline: clock.now() + waitMs,
      region: 'eu-west-1',
      log: (line) => lines.push(line),
    }),
  };
}

describe('waitForScan', () => {
  it('waits out IN_PROGRESS and an early empty COMPLETE, one page per poll', async () => {
    const source = pages(page('IN_PROGRESS'), page('COMPLETE'), page('COMPLETE', ['CVE-1']));
    const { outcome, clock } = waitFor(source);
    const result = await outcome;
    expect(result).toMatchObject({ kind: 'scanned', status: 'COMPLETE' });
    if (result.kind === 'scanned') expect(result.findings.map((f) => f.id)).toEqual(['CVE-1']);
    expect(source.reads.every((token) => token === undefined)).toBe(true);
    expect(result.pages).toBe(source.reads.length);
    expect(clock.now()).toBeGreaterThanOrEqual(15_000);
  });

  it('counts ACTIVE as scanned, and reads the rest of the pages once', async () => {
    const source = pages(page('ACTIVE', ['CVE-1'], 't1'));
    const result = await waitFor(source).outcome;
    expect(result.kind).toBe('scanned');
    if (result.kind === 'scanned')
      expect(result.findings.map((f) => f.id)).toEqual(['CVE-1', 'more-t1']);
    expect(source.reads.filter((token) => token === 't1')).toHaveLength(1);
    expect(result.pages).toBe(source.reads.length);
  });

  it('names a repository without scanning after a minute of ScanNotFoundException', async () => {
    const source = pages(page('SCAN_NOT_FOUND'));
    const { outcome, clock } = waitFor(source);
    expect(await outcome).toMatchObject({
      kind: 'unavailable',
      problem: `the new image sha256:abc: ${SCAN_PROBLEMS.SCAN_NOT_FOUND}`,
    });
    expect(clock.now()).toBeGreaterThanOrEqual(60_000);
    expect(clock.now()).toBeLessThan(90_000);
    const short = await waitFor(pages(page('SCAN_NOT_FOUND')), 10_000).outcome;
    expect(short).toMatchObject({
      kind: 'unavailable',
      status: 'SCAN_NOT_FOUND',
      problem: `the new image sha256:abc: ${SCAN_PROBLEMS.SCAN_NOT_FOUND}`,
    });
  });

  it.each([
    'UNSUPPORTED_IMAGE',
    'FAILED',
    'IMAGE_ARCHIVED',
    'LIMIT_EXCEEDED',
    'SCAN_ELIGIBILITY_EXPIRED',
    'FINDINGS_UNAVAILABLE',
  ])('%s: one read, one message', async (status) => {
    const source = pages(page(status));
    const result = await waitFor(source).outcome;
    expect(result).toEqual({
      kind: 'unavailable',
      status,
      pages: 1,
      problem: `the new image sha256:abc: ${SCAN_PROBLEMS[status]}`,
    });
  });

  it('says the scan is still running when scan-wait-seconds runs out, and waits no longer', async () => {
    const source = pages(page('IN_PROGRESS'));
    const { outcome, clock } = waitFor(source, 60_000);
    const result = await outcome;
    expect(result.kind).toBe('unavailable');
    if (result.kind === 'unavailable')
      expect(result.problem).toContain('still IN_PROGRESS when `scan-wait-seconds` ran out');
    expect(clock.now()).toBeLessThanOrEqual(60_000);
  });

  it('waits scan-wait-seconds from its own start, whatever the clock read then', async () => {
    const { outcome, clock } = waitFor(pages(page('IN_PROGRESS')), 60_000, 1_000_000);
    expect((await outcome).kind).toBe('unavailable');
    expect(clock.now()).toBe(1_060_000);
  });

  it('logs the scan it waits for and each new status', async () => {
    const source = pages(page('IN_PROGRESS'), page('COMPLETE', ['CVE-1']));
    const { outcome, lines } = waitFor(source);
    await outcome;
    expect(lines[0]).toMatch(/^the ECR scan of the new image sha256:abc: IN_PROGRESS after /);
    expect(lines[1]).toMatch(/^the ECR scan of the new image sha256:abc: COMPLETE after /);
  });

  it('says a scan it could never read was not read when the wait ran out', async () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    const { outcome, lines } = waitFor(
      { reads: [], readPage: () => Promise.reject(throttled) },
      60_000,
    );
    const result = await outcome;
    expect(result).toMatchObject({ kind: 'unavailable', status: 'not read' });
    if (result.kind === 'unavailable')
      expect(result.problem).toContain(
        'the new image sha256:abc: the scan was still not read when',
      );
    expect(lines[0]).toBe(
      'Could not read the status of the ECR scan of the new image sha256:abc, will try again: ThrottlingException',
    );
  });

  it('ends at once with what to do when a read is refused', async () => {
    const denied = new AwsCallError(
      'DescribeImageScanFindings',
      Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }),
      { kind: 'ECR repository', name: 'team/app' },
    );
    const { outcome, clock } = waitFor({ reads: [], readPage: () => Promise.reject(denied) });
    await expect(outcome).rejects.toThrow(
      /^DescribeImageScanFindings for ECR repository "team\/app" in eu-west-1 failed: /,
    );
    expect(clock.now()).toBeLessThan(5_000);
  });

  it('reads once and believes it with no time to wait', async () => {
    const source = pages(page('COMPLETE', ['CVE-9']));
    const result = await waitFor(source, 0).outcome;
    expect(result).toMatchObject({ kind: 'scanned', pages: 1 });
    const running = await waitFor(pages(page('IN_PROGRESS')), 0).outcome;
    expect(running).toMatchObject({ kind: 'unavailable', pages: 1 });
  });
});

describe('the pause before the read that can settle a result', () => {
  it('ends at the 15 s mark, early on, rather than after another scheduled pause', async () => {
    const source = pages(page('IN_PROGRESS'), page('COMPLETE', ['CVE-1']));
    const { outcome, clock } = waitFor(source);
    const result = await outcome;
    expect(result.kind).toBe('scanned');
    // Read 2 (after 1 s, then 2.5 s) first sees the result; the wait ends exactly 15 s later.
    const firstSeen = (clock.sleeps[0] ?? 0) + (clock.sleeps[1] ?? 0);
    expect(clock.now()).toBe(firstSeen + 15_000);
  });

  it('is cut to the 15 s mark when the back-off has grown past it', async () => {
    const source = pages(
      ...Array.from({ length: 60 }, () => page('IN_PROGRESS')),
      page('ACTIVE', ['CVE-1']),
    );
    const { outcome, clock } = waitFor(source);
    expect((await outcome).kind).toBe('scanned');
    // 60 reads in, the schedule pauses 20 s; the read that settles comes 15 s after the first sight.
    expect(clock.sleeps.at(-2)).toBe(SCAN_MAX_DELAY_MS);
    expect(clock.sleeps.at(-1)).toBe(15_000);
    expect(source.reads).toHaveLength(62);
  });
});

describe('waitForScans', () => {
  /** Reads of each subject, by name. */
  function subjects(answers: Record<string, ScanPage[]>) {
    const sources = Object.fromEntries(
      Object.entries(answers).map(([name, list]) => [name, pages(...list)]),
    );
    return {
      sources,
      list: Object.entries(sources).map(([name, source]) => ({
        subject: name,
        readPage: source.readPage,
      })),
    };
  }

  it('waits for every digest side by side, one page of each open one per poll', async () => {
    const slow = [
      ...Array.from({ length: 12 }, () => page('IN_PROGRESS')),
      page('COMPLETE', ['CVE-2']),
    ];
    const { sources, list } = subjects({
      new: slow,
      'version 3': slow,
      'version 2': [page('COMPLETE', ['CVE-1'])],
    });
    const clock = fakeClock();
    const outcomes = await waitForScans({
      subjects: list,
      clock,
      deadline: 900_000,
      region: 'eu-west-1',
      log: () => undefined,
    });
    expect(outcomes.map((o) => o.kind)).toEqual(['scanned', 'scanned', 'scanned']);
    expect(outcomes.map((o) => (o.kind === 'scanned' ? o.findings.map((f) => f.id) : []))).toEqual([
      ['CVE-2'],
      ['CVE-2'],
      ['CVE-1'],
    ]);
    const reads = (name: string): number => sources[name]?.reads.length ?? 0;
    expect(reads('new')).toBe(reads('version 3'));
    expect(outcomes[0]?.pages).toBe(reads('new'));
    // The quick one stops being read once its result held 15 s.
    expect(reads('version 2')).toBeLessThan(reads('new'));
    // Side by side: no longer than the slowest alone, far from the sum.
    const alone = fakeClock();
    await waitForScans({
      subjects: subjects({ new: slow }).list,
      clock: alone,
      deadline: 900_000,
      region: 'eu-west-1',
      log: () => undefined,
    });
    expect(clock.now()).toBeLessThanOrEqual(alone.now());
    expect(clock.now()).toBeGreaterThan(alone.now() - 5_000);
  });

  it('ends every wait at the one deadline, each naming its state', async () => {
    const { list } = subjects({
      new: [page('IN_PROGRESS')],
      'version 3': [page('COMPLETE', ['CVE-1']), page('COMPLETE', ['CVE-2'])],
      'version 2': [page('UNSUPPORTED_IMAGE')],
    });
    const clock = fakeClock();
    const outcomes = await waitForScans({
      subjects: list,
      clock,
      deadline: 60_000,
      region: 'eu-west-1',
      log: () => undefined,
    });
    expect(clock.now()).toBe(60_000);
    expect(outcomes.map((o) => (o.kind === 'unavailable' ? o.problem : o.kind))).toEqual([
      expect.stringContaining(
        'new: the scan was still IN_PROGRESS when `scan-wait-seconds` ran out',
      ),
      'scanned',
      `version 2: ${SCAN_PROBLEMS.UNSUPPORTED_IMAGE}`,
    ]);
    // The refused one was read once; the others once per poll.
    expect(outcomes[2]?.pages).toBe(1);
  });

  it("logs every open scan's status on one line", async () => {
    const { list } = subjects({
      new: [page('IN_PROGRESS'), page('COMPLETE')],
      'version 2': [page('COMPLETE')],
    });
    const lines: string[] = [];
    await waitForScans({
      subjects: list,
      clock: fakeClock(),
      deadline: 900_000,
      region: 'eu-west-1',
      log: (line) => lines.push(line),
    });
    expect(lines[0]).toMatch(/^the ECR scans: new: IN_PROGRESS; version 2: COMPLETE after /);
    expect(lines[1]).toMatch(/^the ECR scans: new: COMPLETE; version 2: COMPLETE after /);
  });

  it('says a result still changing at the deadline was settling, and what to do', async () => {
    const changing = (status: string): ScanPage[] =>
      Array.from({ length: 100 }, (_, i) => page(status, [`CVE-${i}`]));
    const { list } = subjects({ new: changing('COMPLETE'), 'version 2': changing('ACTIVE') });
    const outcomes = await waitForScans({
      subjects: list,
      clock: fakeClock(),
      deadline: 60_000,
      region: 'eu-west-1',
      log: () => undefined,
    });
    const advice =
      'when `scan-wait-seconds` ran out. Raise `scan-wait-seconds` (scans of large images take up to ' +
      '~20 minutes), or re-run once the scan is done.';
    expect(outcomes.map((o) => (o.kind === 'unavailable' ? o.problem : o.kind))).toEqual([
      `new: the scan was still settling (COMPLETE, its findings still changing) ${advice}`,
      `version 2: the scan was still settling (ACTIVE, its findings still changing) ${advice}`,
    ]);
  });

  it("ends a pause at the first held result's 15 s mark, not a later one", async () => {
    const { sources, list } = subjects({
      live: [page('COMPLETE', ['CVE-1'])],
      new: [page('IN_PROGRESS'), page('COMPLETE', ['CVE-2'])],
    });
    const clock = fakeClock();
    await waitForScans({
      subjects: list,
      clock,
      deadline: 900_000,
      region: 'eu-west-1',
      log: () => undefined,
    });
    const readsAt = clock.sleeps.map((_, i) =>
      clock.sleeps.slice(0, i + 1).reduce((a, b) => a + b),
    );
    const [liveSeen = 0, newSeen = 0] = readsAt;
    // live settles on a read at its own mark; new's mark ends the wait.
    expect(readsAt).toContain(liveSeen + 15_000);
    expect(sources.live?.reads).toHaveLength(readsAt.indexOf(liveSeen + 15_000) + 1);
    expect(clock.now()).toBe(newSeen + 15_000);
  });
});
