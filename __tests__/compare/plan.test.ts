// The comparison decided from what was read: which live image the packages and base image are
// compared with, the AppImageConfig against the live one, the scan notes and warnings, the outputs,
// and when `fail-on` fails the run (and why).
import { describe, expect, it } from '@jest/globals';
import type { ScanFinding } from '../../src/aws/ecr-scan.js';
import type { AttestationFacts } from '../../src/compare/attestations.js';
import type { OriginFacts } from '../../src/compare/origin.js';
import type { PackageChange } from '../../src/compare/packages.js';
import { newFindings, planComparison, type CompareFacts } from '../../src/compare/plan.js';
import type { LiveImage } from '../../src/compare/read.js';
import type { ScanOutcome } from '../../src/compare/scan-wait.js';

const NEW_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/studio@sha256:5e1f';

const finding = (id: string, severity: string, packageName = 'openssl'): ScanFinding => ({
  id,
  severity,
  packageName,
  installedVersion: '3.0.1',
});
const scanned = (...findings: ScanFinding[]): ScanOutcome => ({
  kind: 'scanned',
  status: 'COMPLETE',
  findings,
  pages: 1,
});
const unavailable = (problem: string): ScanOutcome => ({
  kind: 'unavailable',
  status: 'FAILED',
  problem,
  pages: 1,
});

const pkg = (name: string, version: string) => ({ ecosystem: 'pypi', name, version });
const liveImage = (version: number, attestations: AttestationFacts): LiveImage => ({
  version,
  containerImage: `${NEW_IMAGE.split('@')[0] ?? ''}:v${version}`,
  attestations,
});

/** Version 4 (alias stable) runs now; the new image adds one HIGH finding, and no fail-on. */
const facts = (overrides: Partial<CompareFacts> = {}): CompareFacts => ({
  inputs: { imageName: 'team-image', domainIds: [], failOn: 'none' },
  newImage: {
    registered: NEW_IMAGE,
    checks: '### Image checks',
    attestations: {
      packages: [pkg('torch', '2.4.0')],
      baseImages: ['pkg:docker/base@2'],
      notes: [],
    },
  },
  live: {
    live: [],
    liveByImage: [{ label: 'alias stable', version: 4 }],
    images: [
      liveImage(4, {
        packages: [pkg('torch', '2.3.1')],
        baseImages: ['pkg:docker/base@1'],
        notes: [],
      }),
    ],
    configs: {},
  },
  scans: {
    current: scanned(finding('CVE-OLD', 'LOW'), finding('CVE-NEW', 'HIGH')),
    live: [scanned(finding('CVE-OLD', 'LOW'), finding('CVE-FIXED', 'MEDIUM'))],
  },
  ignore: [],
  today: '2026-12-07',
  ...overrides,
});

describe('planComparison: the whole plan', () => {
  it('compares the new image with the live one: every field of the comparison, the outputs, no warning', () => {
    expect(planComparison(facts())).toStrictEqual({
      comparison: {
        imageName: 'team-image',
        newImage: NEW_IMAGE,
        domainIds: [],
        live: [],
        liveByImage: [{ label: 'alias stable', version: 4 }],
        packages: [
          {
            kind: 'upgraded',
            ecosystem: 'pypi',
            name: 'torch',
            before: '2.3.1',
            after: '2.4.0',
            watched: true,
          },
        ],
        baseImages: { before: ['pkg:docker/base@1'], after: ['pkg:docker/base@2'] },
        vulnerabilities: {
          current: { CRITICAL: 0, HIGH: 1, MEDIUM: 0, LOW: 1, INFORMATIONAL: 0, UNDEFINED: 0 },
          live: { CRITICAL: 0, HIGH: 0, MEDIUM: 1, LOW: 1, INFORMATIONAL: 0, UNDEFINED: 0 },
          added: [finding('CVE-NEW', 'HIGH')],
          fixed: [finding('CVE-FIXED', 'MEDIUM')],
        },
        scanNotes: [],
        gate: { failing: [], ignored: [], expired: [] },
        failOn: 'none',
        checks: '### Image checks',
      },
      outputs: {
        vulnerabilities:
          '{"CRITICAL":0,"HIGH":1,"MEDIUM":0,"LOW":1,"INFORMATIONAL":0,"UNDEFINED":0}',
        newVulnerabilities: '1',
        fixedVulnerabilities: '1',
        packagesChanged: '{"added":0,"removed":0,"upgraded":1,"downgraded":0}',
        liveVersions: '{"alias stable":4}',
      },
      warnings: [],
    });
  });

  it('carries where the new findings came from', () => {
    const origin: OriginFacts = { kind: 'unknown', why: 'the base image is elsewhere' };
    expect(planComparison(facts({ origin })).comparison.origin).toBe(origin);
  });

  it('names the live versions per domain and level when domains are given', () => {
    const plan = planComparison(
      facts({
        inputs: { imageName: 'team-image', domainIds: ['d-one'], failOn: 'none' },
        live: {
          ...facts().live,
          live: [
            { domainId: 'd-one', level: 'user', appType: 'JupyterLab', pinned: 4, version: 4 },
            { domainId: 'd-one', level: 'space', appType: 'JupyterLab', version: 4 },
          ],
        },
      }),
    );
    expect(plan.outputs.liveVersions).toBe('{"d-one/user":4,"d-one/space":"unpinned"}');
  });
});

describe('planComparison: scans that gave no findings', () => {
  it('without the new image’s findings: no diff, empty counts, the problem noted and warned', () => {
    const plan = planComparison(
      facts({
        scans: {
          current: unavailable('The new image: scan FAILED.'),
          live: [scanned(finding('CVE-1', 'HIGH'))],
        },
      }),
    );
    expect(plan.comparison).not.toHaveProperty('gate');
    expect(plan.comparison.vulnerabilities).toBeUndefined();
    expect(plan.comparison.scanNotes).toStrictEqual(['The new image: scan FAILED.']);
    expect(plan.warnings).toStrictEqual(['The new image: scan FAILED.']);
    expect(plan.outputs).toMatchObject({
      vulnerabilities: '{}',
      newVulnerabilities: '',
      fixedVulnerabilities: '',
    });
    expect(plan).not.toHaveProperty('failure');
  });

  it.each<[string, ScanOutcome[], string[]]>([
    ['every live image scanned: no note', [scanned(), scanned()], []],
    [
      'one live image of two unscanned: its problem, and that every finding counts as new',
      [scanned(finding('CVE-NEW', 'HIGH')), unavailable('Version 3: not scanned.')],
      [
        'Version 3: not scanned.',
        "Without a live image's findings, every finding of the new image counts as new.",
      ],
    ],
  ])('%s', (_, live, notes) => {
    const plan = planComparison(
      facts({ scans: { current: scanned(finding('CVE-NEW', 'HIGH')), live } }),
    );
    expect(plan.comparison.scanNotes).toStrictEqual(notes);
    expect(plan.warnings).toStrictEqual(notes);
  });
});

describe('planComparison: the fail-on gate', () => {
  const withFailOn = (failOn: CompareFacts['inputs']['failOn']) => ({
    imageName: 'team-image',
    domainIds: [],
    failOn,
    vulnerabilityIgnore: '.github/ignore.yml',
  });

  it('passes when no new finding is at or above fail-on', () => {
    const plan = planComparison(facts({ inputs: withFailOn('critical') }));
    expect(plan.comparison.gate).toStrictEqual({ failing: [], ignored: [], expired: [] });
    expect(plan).not.toHaveProperty('failure');
  });

  it('fails on a new finding at or above fail-on, naming it and the ignore file', () => {
    expect(planComparison(facts({ inputs: withFailOn('high') })).failure).toBe(
      [
        'The new image has 1 finding at or above HIGH that the image users run now does not have:',
        '- HIGH CVE-NEW in openssl 3.0.1 (no fix known)',
        'Upgrade the packages to their fixed versions, or add an entry (`id`, `until`, `reason`) to `.github/ignore.yml` for a finding that must ship.',
      ].join('\n'),
    );
  });

  it('fails when it cannot judge the new image without its findings', () => {
    const scans = { current: unavailable('The new image: scan FAILED.'), live: [] };
    expect(planComparison(facts({ inputs: withFailOn('low'), scans })).failure).toBe(
      '`fail-on: low` cannot judge the new image without its scan findings: The new image: scan FAILED.',
    );
  });

  it('warns of each ignore entry past its date, and passes what an entry still ignores', () => {
    const ignore = [
      { id: 'CVE-NEW', until: '2026-12-07', reason: 'no fix upstream' },
      { id: 'CVE-GONE', until: '2026-12-06', reason: 'waiting for 3.1' },
    ];
    const plan = planComparison(facts({ inputs: withFailOn('high'), ignore }));
    expect(plan.warnings).toStrictEqual([
      'Ignore entry CVE-GONE expired on 2026-12-06: it ignores nothing now (waiting for 3.1).',
    ]);
    expect(plan).not.toHaveProperty('failure');
  });
});

describe('planComparison: packages and base image', () => {
  const withSbom = (version: number, torch: string, base: string): LiveImage =>
    liveImage(version, { packages: [pkg('torch', torch)], baseImages: [base], notes: [] });
  const withoutSbom = (version: number, note: string, base?: string): LiveImage =>
    liveImage(version, { ...(base === undefined ? {} : { baseImages: [base] }), notes: [note] });
  const plan = (images: LiveImage[], attestations?: AttestationFacts) => {
    const base = facts();
    return planComparison(
      facts({
        live: { ...base.live, images },
        newImage: { ...base.newImage, ...(attestations === undefined ? {} : { attestations }) },
      }),
    ).comparison;
  };
  const torch = (before: string): PackageChange[] => [
    { kind: 'upgraded', ecosystem: 'pypi', name: 'torch', before, after: '2.4.0', watched: true },
  ];

  it.each<[string, LiveImage[], Pick<ReturnType<typeof plan>, 'packages' | 'baseImages'>]>([
    [
      'the newest live image with an SBOM',
      [withSbom(3, '2.2.0', 'pkg:docker/base@0'), withSbom(4, '2.3.1', 'pkg:docker/base@1')],
      {
        packages: torch('2.3.1'),
        baseImages: { before: ['pkg:docker/base@1'], after: ['pkg:docker/base@2'] },
      },
    ],
    [
      'an older live image when the newest has no SBOM',
      [
        withSbom(3, '2.2.0', 'pkg:docker/base@0'),
        withoutSbom(4, 'Version 4 has no SBOM.', 'pkg:docker/base@1'),
      ],
      {
        packages: torch('2.2.0'),
        baseImages: { before: ['pkg:docker/base@0'], after: ['pkg:docker/base@2'] },
      },
    ],
    [
      'the newest live image’s base image, and every live image’s note, when none has an SBOM',
      [
        withoutSbom(2, 'Version 2 has no attestations.', 'pkg:docker/base@a'),
        withoutSbom(3, 'Version 3 has no SBOM.', 'pkg:docker/base@b'),
        withoutSbom(4, 'Version 4 has no SBOM.', 'pkg:docker/base@c'),
      ],
      {
        packages: 'Version 2 has no attestations. Version 3 has no SBOM. Version 4 has no SBOM.',
        baseImages: { before: ['pkg:docker/base@c'], after: ['pkg:docker/base@2'] },
      },
    ],
    [
      'nothing when no image runs now',
      [],
      {
        packages: 'No live image to compare the packages with.',
        baseImages: { after: ['pkg:docker/base@2'] },
      },
    ],
  ])('compares with %s', (_, images, expected) => {
    const comparison = plan(images);
    expect({ packages: comparison.packages, baseImages: comparison.baseImages }).toStrictEqual(
      expected,
    );
  });

  it('says why without the new image’s SBOM, and leaves out a base image no provenance names', () => {
    const comparison = plan([withoutSbom(4, 'Version 4 has no SBOM.')], {
      notes: ['The new image has no attestations.', 'Build it with `sbom: true`.'],
    });
    expect({ packages: comparison.packages, baseImages: comparison.baseImages }).toStrictEqual({
      packages: 'The new image has no attestations. Build it with `sbom: true`.',
      baseImages: {},
    });
  });

  it('counts no package change in `packages-changed` when there are none to show', () => {
    const { outputs } = planComparison(
      facts({ newImage: { ...facts().newImage, attestations: { notes: ['No SBOM.'] } } }),
    );
    expect(outputs.packagesChanged).toBe('{}');
  });
});

describe('planComparison: the AppImageConfig', () => {
  const document = (uid: number) => ({
    JupyterLabAppImageConfig: {
      FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: uid },
    },
  });

  it.each<
    [
      string,
      CompareFacts['live']['configs'],
      ReturnType<typeof planComparison>['comparison']['config'],
    ]
  >([
    [
      'none without an app-image-config',
      { before: { name: 'team-config', config: document(1000) } },
      undefined,
    ],
    [
      'the new one against the one users start with now',
      {
        before: {
          name: 'team-config',
          config: { AppImageConfigName: 'team-config', ...document(1000) },
        },
        after: { name: 'team-config-v2', config: document(0) },
      },
      {
        after: 'team-config-v2',
        before: 'team-config',
        changes: [
          {
            path: 'JupyterLabAppImageConfig.FileSystemConfig.DefaultUid',
            before: '1000',
            after: '0',
          },
        ],
      },
    ],
    [
      'every field new when no live entry names one',
      { after: { name: 'team-config-v2', config: document(0) } },
      {
        after: 'team-config-v2',
        changes: [
          { path: 'JupyterLabAppImageConfig.FileSystemConfig.DefaultUid', after: '0' },
          {
            path: 'JupyterLabAppImageConfig.FileSystemConfig.MountPath',
            after: '"/home/sagemaker-user"',
          },
        ],
      },
    ],
    [
      'every field new when the config the live entries name is gone, which it names',
      { gone: 'team-config', after: { name: 'team-config-v2', config: document(0) } },
      {
        after: 'team-config-v2',
        gone: 'team-config',
        changes: [
          { path: 'JupyterLabAppImageConfig.FileSystemConfig.DefaultUid', after: '0' },
          {
            path: 'JupyterLabAppImageConfig.FileSystemConfig.MountPath',
            after: '"/home/sagemaker-user"',
          },
        ],
      },
    ],
  ])('%s', (_, configs, expected) => {
    const { comparison } = planComparison(facts({ live: { ...facts().live, configs } }));
    if (expected === undefined) expect(comparison).not.toHaveProperty('config');
    else expect(comparison.config).toStrictEqual(expected);
  });
});

describe('newFindings', () => {
  it('is the new image’s findings that no live image has', () => {
    expect(newFindings(facts().scans)).toStrictEqual([finding('CVE-NEW', 'HIGH')]);
  });

  it('is none without the new image’s findings', () => {
    expect(newFindings({ current: unavailable('not scanned'), live: [] })).toStrictEqual([]);
  });
});
