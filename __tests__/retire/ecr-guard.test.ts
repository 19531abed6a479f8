// Retention's ECR check: which versions are in use (Studio, aliases, the latest at an app's start),
// who uses them in words, the reads it makes (one ContainerImage per CREATED version left), and
// its report: the "Images in ECR" table, the images no version names, strict's message.
import { describe, expect, it } from '@jest/globals';
import type { EcrImageReads, EcrImageState } from '../../src/aws/ecr-images.js';
import type { RetentionDecision } from '../../src/retire/decide.js';
import type { RetireInputs } from '../../src/inputs/retire-inputs.js';
import type { Session } from '../../src/run/session.js';
import type { RetentionOutcome } from '../../src/retire/retention.js';
import {
  checkRetainedImages,
  guardImages,
  inUse,
  latestAtAppStarts,
  usersOf,
  type EcrGuardOutcome,
} from '../../src/retire/ecr-guard.js';
import {
  ecrLogLines,
  ecrOutcomeLine,
  ecrSummary,
  shortDigest,
  strictFailure,
} from '../../src/retire/ecr-report.js';
import { testSession } from '../../__fixtures__/session.js';

const REPO = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/img';
const digest = (v: number): string => `sha256:${String(v).repeat(64).slice(0, 64)}`;
const keep = { kind: 'keep', reasons: ['x'], unmark: false } as const;
const decision = (version: number, over: Partial<RetentionDecision> = {}): RetentionDecision => ({
  version,
  status: 'CREATED',
  createdAt: new Date(Date.UTC(2025, 0, version)),
  aliases: [],
  usedBy: [],
  verdict: keep,
  ...over,
});

const DECISIONS: RetentionDecision[] = [
  decision(5),
  decision(4, { usedBy: [{ domainId: 'd-1', place: 'space', name: 'lab' }] }),
  decision(3, { aliases: ['lts', 'stable'] }),
  decision(2),
  decision(1, { verdict: { kind: 'retire' } }),
];

describe('which versions are in use', () => {
  it('takes those Studio names, those holding aliases, and the newest CREATED at an app start', () => {
    const appStartedAfter2 = [new Date(Date.UTC(2025, 0, 2, 12))];
    expect(inUse(DECISIONS, { appsOnLatest: appStartedAfter2 })).toEqual([
      { version: 4, users: 'd-1: 1 space' },
      { version: 3, users: 'aliases "lts", "stable"' },
      { version: 2, users: 'apps started on the latest version' },
    ]);
  });

  it('takes the newest CREATED version for an app whose start is unknown', () => {
    expect([...latestAtAppStarts(DECISIONS, [undefined])]).toEqual([5]);
    expect([...latestAtAppStarts(DECISIONS, [new Date(Date.UTC(2024, 0, 1))])]).toEqual([]);
  });

  /** Version `v`, its creation time unknown. */
  const undated = (v: number): RetentionDecision => {
    const { createdAt: _unknown, ...rest } = decision(v);
    return rest;
  };

  it.each([
    [
      'passes over a newer version that was never CREATED',
      [decision(6, { status: 'CREATE_FAILED' }), ...DECISIONS],
      [undefined],
      [5],
    ],
    [
      'takes a version without a creation time as made before any app started',
      [undated(3), decision(1)],
      [new Date(Date.UTC(2025, 0, 2))],
      [3],
    ],
    [
      'takes the version made the very instant an app started as the one it runs',
      DECISIONS,
      [new Date(Date.UTC(2025, 0, 4))],
      [4],
    ],
  ])('for the latest at an app start, %s', (_case, decisions, starts, latest) => {
    expect([...latestAtAppStarts(decisions, starts)]).toStrictEqual(latest);
  });

  it('never takes a version retention retires, whatever names it', () => {
    const retire = { kind: 'retire' } as const;
    const retired = [
      decision(2, { verdict: retire, aliases: ['old'] }),
      decision(1, { verdict: retire, usedBy: [{ domainId: 'd-1', place: 'space', name: 'lab' }] }),
    ];
    expect(inUse(retired, { appsOnLatest: [undefined] })).toStrictEqual([]);
  });

  it('says every kind of user at once', () => {
    const d = decision(7, {
      aliases: ['lts'],
      usedBy: [{ domainId: 'd-1', place: 'domain settings' }],
    });
    expect(usersOf(d, true)).toBe(
      'd-1: domain settings; alias "lts"; apps started on the latest version',
    );
  });
});

function fakeReads(states: EcrImageState[]): { reads: EcrImageReads; asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    reads: {
      describeImages: (_, digests) => {
        asked.push([...digests]);
        return Promise.resolve(states.filter((s) => digests.includes(s.digest)));
      },
      listImages: () => Promise.resolve(states),
      startPreview: () => Promise.resolve(false),
      readPreview: () => Promise.reject(new Error('no preview was started')),
    },
  };
}

describe('guardImages', () => {
  it('reads the ContainerImage of each CREATED version left, asks ECR about those in use, and lists the unnamed', async () => {
    const described: number[] = [];
    const api = {
      unlessNotFound: <T>(read: () => Promise<T>) => read(),
      describeImageVersion: (_c: unknown, _n: string, version: number) => {
        described.push(version);
        return Promise.resolve({ ContainerImage: `${REPO}@${digest(version)}` });
      },
    };
    const session = testSession(
      { imageName: 'img', region: 'eu-west-1', waitTimeoutSeconds: 60, waitMaxDelaySeconds: 5 },
      api,
    );
    const active = (v: number, tags: string[] = []): Extract<EcrImageState, { found: true }> => ({
      digest: digest(v),
      found: true,
      status: 'ACTIVE',
      tags,
    });
    const { reads, asked } = fakeReads([
      active(4),
      { ...active(3), status: 'ARCHIVED' },
      active(1, ['v1']),
      active(9),
    ]);

    const outcome = await guardImages(session, reads, DECISIONS, { appsOnLatest: [] }, [1]);

    // Version 1 was deleted by this run: its image is named by no version any more.
    expect(described).toEqual([5, 4, 3, 2]);
    expect(asked).toEqual([[digest(4), digest(3)]]);
    expect(outcome.findings.map((f) => [f.version, f.kind])).toEqual([[3, 'archived']]);
    expect(outcome.unnamed).toEqual([
      {
        repository: 'team/img',
        tagged: [{ digest: digest(1), tags: ['v1'], storage: 'ACTIVE' }],
        untagged: 1,
      },
    ]);
  });

  it('says the images could not be read when a ContainerImage cannot be', async () => {
    const api = {
      unlessNotFound: <T>(read: () => Promise<T>) => read(),
      describeImageVersion: () => Promise.reject(new Error('boom')),
    };
    const session = testSession({ imageName: 'img', region: 'eu-west-1' }, api);
    const outcome = await guardImages(
      session,
      fakeReads([]).reads,
      DECISIONS,
      { appsOnLatest: [] },
      [],
    );
    expect(outcome.unread).toContain('DescribeImageVersion for SageMaker image "img"');
    expect(strictFailure(outcome)).toMatch(
      /^ecr-check is strict, and the images of versions in use have a problem/,
    );
  });
});

describe('guardImages, reading the versions left', () => {
  const session = (describe: (version: number) => object | undefined) => {
    const described: number[] = [];
    const api = {
      unlessNotFound: <T>(read: () => Promise<T>) => read(),
      describeImageVersion: (_c: unknown, _n: string, version: number) => {
        described.push(version);
        return Promise.resolve(describe(version));
      },
    };
    const s = testSession(
      { imageName: 'img', region: 'eu-west-1', waitTimeoutSeconds: 60, waitMaxDelaySeconds: 5 },
      api,
    );
    return { session: s, described };
  };
  const found = (v: number): EcrImageState => ({
    digest: digest(v),
    found: true,
    status: 'ACTIVE',
    tags: [],
  });
  const aliased = (version: number, over: Partial<RetentionDecision> = {}) =>
    decision(version, { aliases: [`v${version}`], ...over });

  it('describes only CREATED versions, and passes over one gone meanwhile or without an image', async () => {
    // 3 failed; 2 is gone (unlessNotFound answers undefined); 1 has no ContainerImage.
    const { session: s, described } = session((v) =>
      v === 2 ? undefined : v === 1 ? {} : { ContainerImage: `${REPO}@${digest(v)}` },
    );
    const decisions = [aliased(4), aliased(3, { status: 'CREATE_FAILED' }), aliased(2), aliased(1)];
    const outcome = await guardImages(
      s,
      fakeReads([found(4), found(8)]).reads,
      decisions,
      { appsOnLatest: [] },
      [],
    );
    expect(described).toStrictEqual([4, 2, 1]);
    expect(outcome.unread).toBeUndefined();
    expect(outcome.rows.map((row) => [row.version, row.storage])).toStrictEqual([
      [4, 'ACTIVE'],
      [3, 'not read'],
      [2, 'not read'],
      [1, 'not read'],
    ]);
    expect(outcome.unnamed).toStrictEqual([{ repository: 'team/img', tagged: [], untagged: 1 }]);
  });

  it('says so in the log when a repository cannot be listed, and lists none of it', async () => {
    const { session: s } = session((v) => ({ ContainerImage: `${REPO}@${digest(v)}` }));
    const { reads } = fakeReads([found(4)]);
    const outcome = await guardImages(
      s,
      { ...reads, listImages: () => Promise.reject(new Error('denied')) },
      [aliased(4)],
      { appsOnLatest: [] },
      [],
    );
    expect(outcome.unnamed).toStrictEqual([]);
    expect(s.lines()).toStrictEqual([
      'Could not list the images of ECR repository team/img; none is listed.',
    ]);
  });

  it('finds nothing else when no ContainerImage can be read', async () => {
    const api = {
      unlessNotFound: <T>(read: () => Promise<T>) => read(),
      describeImageVersion: () => Promise.reject(new Error('boom')),
    };
    const s = testSession({ imageName: 'img', region: 'eu-west-1' }, api);
    const outcome = await guardImages(s, fakeReads([]).reads, DECISIONS, { appsOnLatest: [] }, []);
    expect(outcome).toStrictEqual({
      rows: [],
      findings: [],
      unnamed: [],
      unread: expect.stringContaining('DescribeImageVersion for SageMaker image "img"'),
    });
  });
});

describe('checkRetainedImages', () => {
  const api = {
    unlessNotFound: <T>(read: () => Promise<T>) => read(),
    describeImageVersion: (_c: unknown, _n: string, version: number) =>
      Promise.resolve({ ContainerImage: `${REPO}@${digest(version)}` }),
  };
  const archived: EcrImageState = { digest: digest(3), found: true, status: 'ARCHIVED', tags: [] };
  const active4: EcrImageState = { digest: digest(4), found: true, status: 'ACTIVE', tags: [] };
  const retention = (retired: number[]): RetentionOutcome => ({
    requests: [],
    markdown: '### Retention\n',
    decisions: DECISIONS,
    facts: { versions: [], aliases: new Map(), uses: new Map(), appsOnLatest: [] } as never,
    retired,
  });
  /** A session of `./retire`, and the reporter it speaks to. */
  function sessionAndReport(ecrCheck: string, action = 'delete') {
    const base = testSession(
      { imageName: 'img', region: 'eu-west-1', waitTimeoutSeconds: 60, waitMaxDelaySeconds: 5 },
      api,
    );
    const inputs = { ...base.inputs, ecrCheck, retention: { action } } as unknown as RetireInputs;
    return { session: { ...base, inputs } as Session<RetireInputs>, report: base.report };
  }
  const session = (ecrCheck: string, action = 'delete') =>
    sessionAndReport(ecrCheck, action).session;

  it('with warn, warns of each finding and fails nothing', async () => {
    const { session: s, report } = sessionAndReport('warn');
    const outcome = await checkRetainedImages(
      s,
      retention([1]),
      fakeReads([archived, active4]).reads,
    );
    expect(outcome).toStrictEqual({ markdown: expect.stringContaining('#### Images in ECR') });
    expect(report.warning.mock.calls).toStrictEqual([[expect.stringMatching(/^Version 3 /)]]);
    expect(report.groups()).toEqual(['Check the images of the versions in use in ECR']);
    expect(report.lines()).toStrictEqual([
      `Version 4 (d-1: 1 space): ${digest(4)}, ACTIVE, last pulled never recorded; lifecycle policy: no policy.`,
      `Version 3 (aliases "lts", "stable"): ${digest(3)}, ARCHIVED, last pulled never recorded; lifecycle policy: no policy.`,
      'ECR check: 1 problem with the images of versions in use.',
    ]);
  });

  it('warns, and with strict fails, when the versions cannot be read', async () => {
    const unreadable = {
      unlessNotFound: <T>(read: () => Promise<T>) => read(),
      describeImageVersion: () => Promise.reject(new Error('boom')),
    };
    for (const ecrCheck of ['warn', 'strict']) {
      const { session: s, report } = sessionAndReport(ecrCheck);
      const broken = { ...s, api: { ...s.api, ...unreadable } } as Session<RetireInputs>;
      const outcome = await checkRetainedImages(broken, retention([]), fakeReads([]).reads);
      const [[unread]] = report.warning.mock.calls as [[string]];
      expect(unread).toMatch(/^DescribeImageVersion for SageMaker image "img" in eu-west-1 failed/);
      expect(report.lines()).toStrictEqual([
        `The images of the versions in use could not be read: ${unread}`,
      ]);
      expect(outcome.failure).toBe(
        ecrCheck === 'strict'
          ? `ecr-check is strict, and the images of versions in use have a problem (retention's own work is done):\n- ${unread}`
          : undefined,
      );
    }
  });

  it('with strict, returns the failure for the step to end with', async () => {
    const outcome = await checkRetainedImages(
      session('strict'),
      retention([1]),
      fakeReads([archived, active4]).reads,
    );
    expect(outcome.failure).toMatch(/^ecr-check is strict, .* a problem .*\n- Version 3 /s);
  });

  it('with strict and nothing found, fails nothing', async () => {
    const { reads } = fakeReads([{ ...archived, status: 'ACTIVE' }, active4]);
    const outcome = await checkRetainedImages(session('strict'), retention([]), reads);
    expect(outcome.failure).toBeUndefined();
  });

  it("lists a version archived by retention's VendorGuidance as still naming its image", async () => {
    const { reads } = fakeReads([
      { ...archived, digest: digest(1), status: 'ACTIVE', tags: ['v1'] },
    ]);
    const deleted = await checkRetainedImages(session('warn'), retention([1]), reads);
    const marked = await checkRetainedImages(session('warn', 'archive'), retention([1]), reads);
    expect(deleted.markdown).toContain('Images that no version names any more');
    expect(marked.markdown).not.toContain('Images that no version names any more');
  });
});

describe('the report', () => {
  const outcome: EcrGuardOutcome = {
    rows: [
      {
        version: 4,
        users: 'd-1: 1 space',
        digest: digest(4),
        storage: 'ACTIVE',
        lastPulled: '2026-11-01',
        policy: 'expire (rule 2)',
      },
    ],
    findings: [{ kind: 'policy', version: 4, message: 'Version 4 … rule of priority 2 | x' }],
    unnamed: [
      {
        repository: 'team/img',
        tagged: [{ digest: digest(1), tags: ['v1', 'old'], storage: 'ARCHIVED' }],
        untagged: 2,
      },
      { repository: 'team/empty', tagged: [], untagged: 0 },
    ],
  };

  it('shows the table, the findings and the images no version names', () => {
    const short = shortDigest(digest(4));
    expect(short).toBe(`${digest(4).slice(0, 19)}…`);
    expect(ecrSummary(outcome).split('\n')).toEqual([
      '',
      '#### Images in ECR',
      '',
      '| Version | Used by | Digest | Storage class | Last pulled | Lifecycle policy would |',
      '|---|---|---|---|---|---|',
      `| 4 | d-1: 1 space | ${short} | ACTIVE | 2026-11-01 | expire (rule 2) |`,
      '',
      '**ECR check: 1 problem with the images of versions in use.**',
      '',
      '- Version 4 … rule of priority 2 &#124; x',
      '',
      'Images that no version names any more:',
      '',
      `- team/img@${shortDigest(digest(1))} (:v1, :old; ARCHIVED)`,
      "- team/img: 2 untagged images (an index's platform images, or replaced pushes)",
      '',
      'This action never deletes ECR images: these are candidates for your own clean-up, once no workload needs them.',
      '',
    ]);
  });

  it('logs a line per version, the outcome and the unnamed images', () => {
    expect(ecrLogLines(outcome)).toEqual([
      `Version 4 (d-1: 1 space): ${digest(4)}, ACTIVE, last pulled 2026-11-01; lifecycle policy: expire (rule 2).`,
      'ECR check: 1 problem with the images of versions in use.',
      'Images that no version names any more:',
      `  team/img@${shortDigest(digest(1))} (:v1, :old; ARCHIVED)`,
      "  team/img: 2 untagged images (an index's platform images, or replaced pushes)",
    ]);
  });

  it.each([
    [{ rows: [], findings: [], unnamed: [] }, 'ECR check: no version in use to check.'],
    [
      { ...outcome, findings: [] },
      'ECR check: the images of 1 version in use can be pulled, and no lifecycle rule would remove them.',
    ],
  ])('says how it went', (given, line) => {
    expect(ecrOutcomeLine(given)).toBe(line);
    expect(strictFailure(given)).toBeUndefined();
  });

  it.each([
    ['', ''],
    ['sha256:0123456789ab', 'sha256:0123456789ab'],
    ['sha256:0123456789abc', 'sha256:0123456789ab…'],
  ])('shortens a digest beyond 19 characters: %j', (given, short) => {
    expect(shortDigest(given)).toBe(short);
  });

  it.each([
    [
      { rows: [], findings: [], unnamed: [], unread: 'DescribeImageVersion failed: x' },
      'The images of the versions in use could not be read: DescribeImageVersion failed: x',
    ],
    [
      { ...outcome, rows: [...outcome.rows, ...outcome.rows], findings: [] },
      'ECR check: the images of 2 versions in use can be pulled, and no lifecycle rule would remove them.',
    ],
    [
      { ...outcome, findings: [...outcome.findings, ...outcome.findings] },
      'ECR check: 2 problems with the images of versions in use.',
    ],
  ])('counts in words what it found', (given, line) => {
    expect(ecrOutcomeLine(given)).toBe(line);
  });

  it('logs and shows a row without digest or last pull, and untagged images alone', () => {
    const quiet: EcrGuardOutcome = {
      rows: [
        {
          version: 4,
          users: 'alias "lts"',
          digest: '',
          storage: 'not read',
          lastPulled: '',
          policy: 'nothing',
        },
      ],
      findings: [],
      unnamed: [
        { repository: 'team/img', tagged: [], untagged: 1 },
        {
          repository: 'team/other',
          tagged: [{ digest: digest(7), tags: ['v7'], storage: 'ACTIVE' }],
          untagged: 0,
        },
        { repository: 'team/empty', tagged: [], untagged: 0 },
      ],
    };
    const ok =
      'ECR check: the images of 1 version in use can be pulled, and no lifecycle rule would remove them.';
    expect(ecrLogLines(quiet)).toStrictEqual([
      'Version 4 (alias "lts"): no ECR digest, not read; lifecycle policy: nothing.',
      ok,
      'Images that no version names any more:',
      "  team/img: 1 untagged image (an index's platform images, or replaced pushes)",
      `  team/other@${shortDigest(digest(7))} (:v7; ACTIVE)`,
    ]);
    expect(ecrSummary(quiet).split('\n')).toStrictEqual([
      '',
      '#### Images in ECR',
      '',
      '| Version | Used by | Digest | Storage class | Last pulled | Lifecycle policy would |',
      '|---|---|---|---|---|---|',
      '| 4 | alias "lts" |  | not read |  | nothing |',
      '',
      `**${ok}**`,
      '',
      'Images that no version names any more:',
      '',
      "- team/img: 1 untagged image (an index's platform images, or replaced pushes)",
      `- team/other@${shortDigest(digest(7))} (:v7; ACTIVE)`,
      '',
      'This action never deletes ECR images: these are candidates for your own clean-up, once no workload needs them.',
      '',
    ]);
  });

  it.each([
    [{ rows: [], findings: [], unnamed: [] }, 'ECR check: no version in use to check.'],
    [
      { rows: [], findings: [], unnamed: [], unread: 'DescribeImageVersion failed: x' },
      'The images of the versions in use could not be read: DescribeImageVersion failed: x',
    ],
  ])('says only the outcome when there is nothing to show: %j', (given, line) => {
    expect(ecrLogLines(given)).toStrictEqual([line]);
    expect(ecrSummary(given)).toBe(['', '#### Images in ECR', '', `**${line}**`, ''].join('\n'));
  });

  it('fails strict with every problem, the unread versions first', () => {
    const findings = [
      { kind: 'archived', version: 3, message: 'Version 3 is archived.' },
      { kind: 'missing', version: 2, message: 'Version 2 is missing.' },
    ] as const;
    expect(strictFailure({ rows: [], findings, unnamed: [], unread: 'Not read.' })).toBe(
      "ecr-check is strict, and the images of versions in use have 3 problems (retention's own work is done):\n" +
        '- Not read.\n- Version 3 is archived.\n- Version 2 is missing.',
    );
  });

  it('fails strict with every finding', () => {
    expect(strictFailure(outcome)).toBe(
      "ecr-check is strict, and the images of versions in use have a problem (retention's own work is done):\n- Version 4 … rule of priority 2 | x",
    );
  });
});
