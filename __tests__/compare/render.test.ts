// The comparison as a reviewer reads it: each section of the step summary as a whole string (every
// word and separator counts), the hidden marker that finds the comment again, and the comment cut
// to GitHub's limit.
import { describe, expect, it } from '@jest/globals';
import type { ScanFinding } from '../../src/aws/ecr-scan.js';
import type { OriginFacts } from '../../src/compare/origin.js';
import type { PackageChange } from '../../src/compare/packages.js';
import {
  MAX_ROWS,
  commentBody,
  commentMarker,
  renderComparison,
  type Comparison,
} from '../../src/compare/render.js';
import {
  countBySeverity,
  type GateResult,
  type VulnerabilityDiff,
} from '../../src/compare/vulnerabilities.js';

const NEW_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/studio@sha256:5e1f';

/** A comparison without domains, config, packages or scan: each test adds what it shows. */
const comparison = (overrides: Partial<Comparison> = {}): Comparison => ({
  imageName: 'team-image',
  newImage: NEW_IMAGE,
  domainIds: [],
  live: [],
  liveByImage: [{ label: 'alias stable', version: 4 }],
  packages: [],
  baseImages: {},
  vulnerabilities: undefined,
  scanNotes: [],
  failOn: 'none',
  ...overrides,
});

/** One section of the summary: from its `### heading` to the next section, blank lines included. */
function section(markdown: string, heading: string): string | undefined {
  const start = markdown.indexOf(`\n### ${heading}`);
  if (start === -1) return undefined;
  const rest = markdown.slice(start + 1);
  const ends = [rest.indexOf('\n### ', 1), rest.indexOf('\n<details>')].filter((i) => i !== -1);
  return ends.length === 0 ? rest : rest.slice(0, Math.min(...ends) + 1);
}

const render = (overrides: Partial<Comparison>, heading: string): string | undefined =>
  section(renderComparison(comparison(overrides)), heading);

const finding = (id: string, severity: string, extra: Partial<ScanFinding> = {}): ScanFinding => ({
  id,
  severity,
  packageName: 'openssl',
  installedVersion: '3.0.1',
  ...extra,
});

/** The lines of the vulnerabilities section below its table of counts (and the blank line after it). */
function belowCounts(markdown: string | undefined): string[] {
  const lines = (markdown ?? '').split('\n');
  return lines.slice(lines.findIndex((line) => line.startsWith('| Fixed |')) + 2);
}

/** A diff of these new findings against a live image that had `fixed`. */
const diffOf = (added: ScanFinding[], fixed: ScanFinding[] = []): VulnerabilityDiff => ({
  current: countBySeverity(added),
  live: countBySeverity(fixed),
  added,
  fixed,
});

describe('renderComparison: the whole summary', () => {
  it('is the title, the new image, then each section in order, the image checks folded last', () => {
    const markdown = renderComparison(
      comparison({
        imageName: 'team|image',
        packages: 'The new image has no SBOM attestation.',
        scanNotes: ['The new image was not scanned.'],
        checks: '### Image checks\n\nall passed',
      }),
    );
    expect(markdown).toBe(
      [
        '## team&#124;image: the new image against what users run now',
        '',
        `New image: \`${NEW_IMAGE}\``,
        '',
        '### What users get',
        '',
        '- alias stable: version 4',
        '',
        '### Packages',
        '',
        'The new image has no SBOM attestation.',
        '',
        'Base image: unknown (the new image has no provenance attestation).',
        '',
        '### Vulnerabilities',
        '',
        '> The new image was not scanned.',
        '',
        '<details><summary>Image checks</summary>',
        '',
        '### Image checks\n\nall passed',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('ends with the vulnerabilities when the checks did not run, without an AppImageConfig section', () => {
    const markdown = renderComparison(comparison());
    expect(markdown).not.toContain('AppImageConfig');
    expect(markdown.endsWith('### Vulnerabilities\n\n')).toBe(true);
  });
});

describe('renderComparison: what users get', () => {
  it('is a row per domain, level and app: what each runs now and when the new version reaches it', () => {
    const live: Comparison['live'] = [
      { domainId: 'd-one', level: 'user', appType: 'JupyterLab', pinned: 3, version: 3 },
      { domainId: 'd-one', level: 'space', appType: 'CodeEditor', version: 4 },
      { domainId: 'd-two', level: 'user', appType: 'Kernel|Gateway' },
    ];
    expect(render({ domainIds: ['d-one', 'd-two'], live }, 'What users get')).toBe(
      [
        '### What users get',
        '',
        '| Domain | Level | App | Now | After the release |',
        '|---|---|---|---|---|',
        '| `d-one` | user | JupyterLab | version 3 | the new version once `register` pins it |',
        '| `d-one` | space | CodeEditor | unpinned (version 4) | the new version, at once when it is CREATED |',
        '| `d-two` | user | Kernel&#124;Gateway | unpinned (no CREATED version) | the new version, at once when it is CREATED |',
        '',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, Partial<Comparison>, string[]]>([
    [
      'domains that do not list the image',
      { domainIds: ['d-one'], liveByImage: [] },
      ['No domain lists this image yet: every user gets it new.'],
    ],
    [
      'no domains and no CREATED version',
      { liveByImage: [] },
      ['The image has no CREATED version yet: nothing to compare against.'],
    ],
    [
      'no domains: what each alias (or the newest CREATED) names',
      {
        liveByImage: [
          { label: 'alias stable', version: 4 },
          { label: 'newest <CREATED>', version: 5 },
        ],
      },
      ['- alias stable: version 4', '- newest &lt;CREATED&gt;: version 5'],
    ],
  ])('says so for %s', (_, overrides, lines) => {
    expect(render(overrides, 'What users get')).toBe(
      ['### What users get', '', ...lines, '', ''].join('\n'),
    );
  });
});

describe('renderComparison: the AppImageConfig', () => {
  const changes = [
    {
      path: 'JupyterLabAppImageConfig.ContainerConfig.ContainerEnvironmentVariables.A`B',
      after: '"1"',
    },
    { path: 'JupyterLabAppImageConfig.FileSystemConfig.DefaultUid', before: '1000', after: '0' },
    { path: 'JupyterLabAppImageConfig.FileSystemConfig.MountPath', before: '"/home|x"' },
  ];

  it.each<[string, NonNullable<Comparison['config']>, string[]]>([
    [
      'the one users start with now, field by field (a field on one side only is —)',
      { before: 'team-config', after: 'team-config-v2', changes },
      [
        'Against `team-config`, the one users start with now:',
        '',
        '| Field | Now | New |',
        '|---|---|---|',
        '| `JupyterLabAppImageConfig.ContainerConfig.ContainerEnvironmentVariables.A\'B` | — | "1" |',
        '| `JupyterLabAppImageConfig.FileSystemConfig.DefaultUid` | 1000 | 0 |',
        '| `JupyterLabAppImageConfig.FileSystemConfig.MountPath` | "/home&#124;x" | — |',
        '',
      ],
    ],
    [
      'every field new when the config the live entries name no longer exists, naming it',
      { after: 'team-config-v2', gone: 'team-config', changes: changes.slice(1, 2) },
      [
        'The live entries name `team-config`, which no longer exists: every field is new.',
        '',
        '| Field | Now | New |',
        '|---|---|---|',
        '| `JupyterLabAppImageConfig.FileSystemConfig.DefaultUid` | 1000 | 0 |',
        '',
      ],
    ],
    [
      'every field new when no live entry names one',
      { after: 'team-config-v2', changes: changes.slice(1, 2) },
      [
        'No live entry names an AppImageConfig: every field is new.',
        '',
        '| Field | Now | New |',
        '|---|---|---|',
        '| `JupyterLabAppImageConfig.FileSystemConfig.DefaultUid` | 1000 | 0 |',
        '',
      ],
    ],
    [
      'the same as the live one',
      { before: 'team-config', after: 'team-config-v2', changes: [] },
      ['The same as `team-config`, the one users start with now.', ''],
    ],
  ])('shows %s', (_, config, lines) => {
    expect(render({ config }, 'AppImageConfig')).toBe(
      ['### AppImageConfig `team-config-v2`', '', ...lines, ''].join('\n'),
    );
  });
});

describe('renderComparison: packages and base image', () => {
  const change = (
    kind: PackageChange['kind'],
    name: string,
    versions: { before?: string; after?: string },
    watched = false,
  ): PackageChange => ({ kind, ecosystem: 'pypi', name, watched, ...versions });

  it('is a row per change, watched ones starred, a missing side —, and the base image', () => {
    const packages = [
      change('upgraded', 'torch', { before: '2.3.1', after: '2.4.0' }, true),
      change('added', 'polars', { after: '1.0' }),
      change('removed', 'my|pkg', { before: '0.1' }),
    ];
    expect(render({ packages, baseImages: { after: ['pkg:docker/base@1'] } }, 'Packages')).toBe(
      [
        '### Packages',
        '',
        '| | Ecosystem | Package | Now | New |',
        '|---|---|---|---|---|',
        '| upgraded ★ | pypi | torch | 2.3.1 | 2.4.0 |',
        '| added | pypi | polars | — | 1.0 |',
        '| removed | pypi | my&#124;pkg | 0.1 | — |',
        '',
        '★ on the watch list.',
        '',
        'Base image: `pkg:docker/base@1`.',
        '',
        '',
      ].join('\n'),
    );
  });

  it(`shows ${MAX_ROWS} rows and counts the rest`, () => {
    const many = (n: number): PackageChange[] =>
      Array.from({ length: n }, (_, i) => change('added', `pkg-${i}`, { after: '1' }));
    const rows = (packages: PackageChange[]): string[] =>
      (render({ packages }, 'Packages') ?? '').split('\n').filter((line) => line.startsWith('| '));
    expect(rows(many(MAX_ROWS))).toHaveLength(1 + MAX_ROWS);
    expect(rows(many(MAX_ROWS + 2))).toStrictEqual([
      ...rows(many(MAX_ROWS)),
      '| … | | 2 more | | |',
    ]);
  });

  it.each<[string, Comparison['packages'], string]>([
    [
      'why there are none to show',
      'No live image to compare the packages with.',
      'No live image to compare the packages with.',
    ],
    ['that none changed', [], 'No package changed.'],
  ])('says %s', (_, packages, sentence) => {
    expect(render({ packages }, 'Packages')).toBe(
      [
        '### Packages',
        '',
        sentence,
        '',
        'Base image: unknown (the new image has no provenance attestation).',
        '',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, Comparison['baseImages'], string]>([
    [
      'unknown without provenance',
      { before: ['a'] },
      'Base image: unknown (the new image has no provenance attestation).',
    ],
    [
      'unknown when the provenance names none',
      { after: [] },
      'Base image: unknown (the new image has no provenance attestation).',
    ],
    [
      'the new ones when the live image says nothing',
      { after: ['a', 'b'] },
      'Base image: `a`, `b`.',
    ],
    [
      'unchanged, in any order',
      { before: ['b', 'a'], after: ['a', 'b'] },
      'Base image: `a`, `b`, unchanged.',
    ],
    ['a change of base', { before: ['a'], after: ['b'] }, 'Base image: `a` → `b`.'],
    ['a base added', { before: ['a'], after: ['a', 'b'] }, 'Base image: `a` → `a`, `b`.'],
    ['a base dropped', { before: ['a', 'b'], after: ['a'] }, 'Base image: `a`, `b` → `a`.'],
    [
      'one of two replaced',
      { before: ['a', 'b'], after: ['a', 'c'] },
      'Base image: `a`, `b` → `a`, `c`.',
    ],
    [
      'unknown before, when the live provenance names none',
      { before: [], after: ['a'] },
      'Base image: unknown → `a`.',
    ],
  ])('names the base image: %s', (_, baseImages, line) => {
    expect(render({ baseImages }, 'Packages')).toBe(
      ['### Packages', '', 'No package changed.', '', line, '', ''].join('\n'),
    );
  });
});

describe('renderComparison: vulnerabilities', () => {
  const HEAD = [
    '| | CRITICAL | HIGH | MEDIUM | LOW | INFORMATIONAL | UNDEFINED |',
    '|---|---|---|---|---|---|---|',
  ];

  it.each<[string, string[], string[]]>([
    ['nothing without a scan or a note', [], []],
    [
      'each note quoted, without a scan',
      ['The new image: scan FAILED.', 'Live | image: none'],
      ['> The new image: scan FAILED.', '> Live &#124; image: none'],
    ],
  ])('shows %s', (_, scanNotes, lines) => {
    expect(render({ scanNotes }, 'Vulnerabilities')).toBe(
      ['### Vulnerabilities', '', ...lines, ''].join('\n'),
    );
  });

  it.each<[string, string[], string[]]>([
    ['without a note', [], []],
    ['below the notes', ['A live image was not scanned.'], ['> A live image was not scanned.', '']],
  ])('counts by severity for each image, what is new and fixed, %s', (_, scanNotes, lines) => {
    const diff: VulnerabilityDiff = {
      current: { CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 4, INFORMATIONAL: 5, UNDEFINED: 6 },
      live: { CRITICAL: 0, HIGH: 2, MEDIUM: 3, LOW: 5, INFORMATIONAL: 5, UNDEFINED: 6 },
      added: [],
      fixed: [finding('CVE-1', 'LOW'), finding('CVE-2', 'LOW')],
    };
    expect(render({ vulnerabilities: diff, scanNotes }, 'Vulnerabilities')).toBe(
      [
        '### Vulnerabilities',
        '',
        ...lines,
        ...HEAD,
        '| New image | 1 | 2 | 3 | 4 | 5 | 6 |',
        '| Live image | 0 | 2 | 3 | 5 | 5 | 6 |',
        '| New | 0 | 0 | 0 | 0 | 0 | 0 |',
        '| Fixed | 0 | 0 | 0 | 2 | 0 | 0 |',
        '',
        'No new finding.',
        '',
      ].join('\n'),
    );
  });

  it('counts a new finding of a severity ECR does not list (Inspector’s UNTRIAGED) as UNDEFINED', () => {
    const added = [finding('CVE-9', 'UNTRIAGED'), finding('CVE-8', 'HIGH')];
    const markdown = render({ vulnerabilities: diffOf(added) }, 'Vulnerabilities') ?? '';
    expect(markdown).toContain('| New image | 0 | 1 | 0 | 0 | 0 | 1 |');
    expect(markdown).toContain('| New | 0 | 1 | 0 | 0 | 0 | 1 |');
  });

  const BASE_LAYER = `sha256:${'b'.repeat(64)}`;
  const OWN_LAYER = `sha256:${'0'.repeat(64)}`;
  const known: OriginFacts = {
    kind: 'known',
    base: 'pkg:docker/base@1',
    baseLayers: new Set([BASE_LAYER]),
    ownLayers: new Set([OWN_LAYER]),
  };

  it.each<[string, OriginFacts | undefined, ScanFinding[], string[]]>([
    [
      'by origin, each with its layer, and how many no layer names',
      known,
      [
        finding('CVE-C', 'CRITICAL', { fixedInVersion: '3.0.2', sourceLayerHash: BASE_LAYER }),
        finding('CVE-H', 'HIGH', { packageName: 'torch', sourceLayerHash: OWN_LAYER }),
        finding('CVE-M', 'MEDIUM', { sourceLayerHash: `sha256:${'c'.repeat(64)}` }),
        finding('CVE-L', 'LOW', { packageName: 'a|b' }),
      ],
      [
        "New findings by origin: 1 from the base image (`pkg:docker/base@1`), 1 from the team's own layers, 2 unknown.",
        '',
        'Origin unknown for 2: no layer of the new image named.',
        '',
        'New findings, most severe first:',
        '',
        '- CRITICAL CVE-C in openssl 3.0.1 (fixed in 3.0.2) — base image, layer `sha256:bbbbbbbbbbbb`',
        '- HIGH CVE-H in torch 3.0.1 (no fix known) — own layers, layer `sha256:000000000000`',
        '- MEDIUM CVE-M in openssl 3.0.1 (no fix known) — origin unknown, layer `sha256:cccccccccccc`',
        '- LOW CVE-L in a&#124;b 3.0.1 (no fix known) — origin unknown',
        '',
      ],
    ],
    [
      'by origin, without a why when every origin is known',
      known,
      [finding('CVE-H', 'HIGH', { sourceLayerHash: OWN_LAYER })],
      [
        "New findings by origin: 0 from the base image (`pkg:docker/base@1`), 1 from the team's own layers, 0 unknown.",
        '',
        'New findings, most severe first:',
        '',
        '- HIGH CVE-H in openssl 3.0.1 (no fix known) — own layers, layer `sha256:000000000000`',
        '',
      ],
    ],
    [
      'with why the origin is unknown',
      { kind: 'unknown', why: 'the base image <x> is | elsewhere' },
      [finding('CVE-H', 'HIGH', { sourceLayerHash: OWN_LAYER })],
      [
        "New findings by origin: 0 from the base image, 0 from the team's own layers, 1 unknown.",
        '',
        'Origin unknown: the base image &lt;x&gt; is &#124; elsewhere.',
        '',
        'New findings, most severe first:',
        '',
        '- HIGH CVE-H in openssl 3.0.1 (no fix known) — origin unknown, layer `sha256:000000000000`',
        '',
      ],
    ],
    [
      'as not read when no origin was read',
      undefined,
      [finding('CVE-H', 'HIGH', { sourceLayerHash: OWN_LAYER })],
      [
        "New findings by origin: 0 from the base image, 0 from the team's own layers, 1 unknown.",
        '',
        'Origin unknown: not read.',
        '',
        'New findings, most severe first:',
        '',
        '- HIGH CVE-H in openssl 3.0.1 (no fix known) — origin unknown, layer `sha256:000000000000`',
        '',
      ],
    ],
  ])('lists the new findings %s', (_, origin, added, lines) => {
    const vulnerabilities = diffOf(added);
    const markdown = render(
      { vulnerabilities, ...(origin === undefined ? {} : { origin }) },
      'Vulnerabilities',
    );
    expect(belowCounts(markdown)).toStrictEqual(lines);
  });

  it('lists the first 20 new findings and counts the rest', () => {
    const findings = (n: number): ScanFinding[] =>
      Array.from({ length: n }, (_, i) => finding(`CVE-${100 + i}`, 'LOW'));
    const items = (n: number): string[] =>
      (render({ vulnerabilities: diffOf(findings(n)) }, 'Vulnerabilities') ?? '')
        .split('\n')
        .filter((line) => line.startsWith('- '));
    expect(items(20)).toHaveLength(20);
    expect(items(23)).toStrictEqual([...items(20), '- … and 3 more']);
  });
});

describe('renderComparison: the fail-on verdict', () => {
  const high = finding('CVE-H', 'HIGH');
  const critical = finding('CVE-C', 'CRITICAL');
  const entry = { id: 'CVE-H', until: '2026-12-31', reason: 'no fix | upstream' };
  const old = { id: 'CVE-O', until: '2026-01-01', reason: 'waiting for <3.1>' };
  const gate = (failing: ScanFinding[], more: Partial<GateResult> = {}): GateResult => ({
    failing,
    ignored: [],
    expired: [],
    ...more,
  });

  it.each<[string, Comparison['failOn'], GateResult | undefined, string[]]>([
    ['nothing with fail-on none', 'none', gate([critical]), []],
    ['nothing without a gate', 'high', undefined, []],
    [
      'a pass',
      'high',
      gate([]),
      ['**fail-on: high** passes: no new finding at or above HIGH.', ''],
    ],
    [
      'one failing finding',
      'critical',
      gate([critical]),
      ['**fail-on: critical** fails: 1 new finding at or above CRITICAL.', ''],
    ],
    [
      'several failing findings, and what the ignore file ignores or no longer does',
      'high',
      gate([critical, high], { ignored: [{ finding: high, entry }], expired: [old] }),
      [
        '**fail-on: high** fails: 2 new findings at or above HIGH.',
        '- ignored until 2026-12-31: CVE-H (no fix &#124; upstream)',
        '- expired on 2026-01-01, ignores nothing: CVE-O (waiting for &lt;3.1&gt;)',
        '',
      ],
    ],
  ])('shows %s', (_, failOn, result, lines) => {
    const markdown = render(
      {
        vulnerabilities: diffOf([critical, high]),
        failOn,
        ...(result === undefined ? {} : { gate: result }),
      },
      'Vulnerabilities',
    );
    expect(belowCounts(markdown)).toStrictEqual([
      "New findings by origin: 0 from the base image, 0 from the team's own layers, 2 unknown.",
      '',
      'Origin unknown: not read.',
      '',
      'New findings, most severe first:',
      '',
      '- CRITICAL CVE-C in openssl 3.0.1 (no fix known) — origin unknown',
      '- HIGH CVE-H in openssl 3.0.1 (no fix known) — origin unknown',
      '',
      ...lines,
    ]);
  });
});

describe('commentMarker', () => {
  it('names the image in lower case and the domains sorted, whatever the order given', () => {
    expect(commentMarker('Team-Image', ['d-two', 'd-one'])).toBe(
      '<!-- sagemaker-image-version-action:compare image=team-image domains=d-one,d-two -->',
    );
    expect(commentMarker('team-image', [])).toBe(
      '<!-- sagemaker-image-version-action:compare image=team-image domains= -->',
    );
  });
});

describe('commentBody', () => {
  const RUN = 'https://github.com/o/r/actions/runs/1';
  const FOOTER = `\n\n… cut to fit a comment: the whole comparison is in [the run's summary](${RUN}).\n`;
  const marker = commentMarker('team-image', ['d-one']);

  it('is the marker and the text when they fit, to the last character', () => {
    const text = 'line one\nline two';
    const whole = `${marker}\n${text}`;
    expect(commentBody(marker, text, RUN, whole.length)).toBe(whole);
  });

  it('cuts a text too long at the last line that fits, and links the run', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((letter) => letter.repeat(200));
    // Room for the first two lines and ten characters of the third.
    const limit = `${marker}\n${a}\n${b}\n`.length + 10 + FOOTER.length;
    expect(commentBody(marker, `${a}\n${b}\n${c}`, RUN, limit)).toBe(
      `${marker}\n${a}\n${b}${FOOTER}`,
    );
  });

  it('cuts within a first line too long to fit whole, keeping the marker', () => {
    const text = 'x'.repeat(500);
    const limit = marker.length + 1 + 100 + FOOTER.length;
    const body = commentBody(marker, text, RUN, limit);
    expect(body).toBe(`${marker}\n${'x'.repeat(100)}${FOOTER}`);
    expect(body).toHaveLength(limit);
  });
});
