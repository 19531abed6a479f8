// The image checks in the step summary (the "Image" section) and in the log.
import { describe, expect, it } from '@jest/globals';
import { imageLogLines, renderImageSection } from '../../src/preflight/report.js';
import type { PreflightOutcome } from '../../src/preflight/step.js';
import { CHECKS, type CheckResult } from '../../src/preflight/verdict.js';

const BASE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/jupyter:2.1';
const BY_DIGEST = `123456789012.dkr.ecr.us-east-1.amazonaws.com/team/jupyter@sha256:${'a'.repeat(64)}`;
const passed = (overrides: Partial<Record<string, CheckResult>> = {}): CheckResult[] =>
  CHECKS.map((check) => overrides[check] ?? { check, status: 'passed' });

const outcome = (extra: Partial<PreflightOutcome> = {}): PreflightOutcome => ({
  mode: 'strict',
  reference: BY_DIGEST,
  findings: [
    {
      check: 'index',
      severity: 'notice',
      message: 'The base image is an index: registered by digest.',
    },
  ],
  checks: passed({ index: { check: 'index', status: 'notice' } }),
  facts: {
    registered: BY_DIGEST,
    manifestType: 'OCI image index (linux/amd64, 1 attestation)',
    platform: 'linux/amd64',
    user: '1000:100',
    entrypoint: ['jupyter-lab'],
    cmd: [],
    size: 481_200_000,
    layers: 3,
  },
  requests: 4,
  ...extra,
});

describe('renderImageSection', () => {
  it('shows the facts, then every check with its verdict and findings', () => {
    expect(renderImageSection(outcome(), BASE)).toBe(
      [
        '### Image',
        '',
        '| | |',
        '|---|---|',
        `| Base image | \`${BASE}\` |`,
        `| Registered as | \`${BY_DIGEST}\` |`,
        '| Manifest | OCI image index (linux/amd64, 1 attestation) |',
        '| Platform | `linux/amd64` |',
        '| User | `1000:100` |',
        '| Entrypoint | `["jupyter-lab"]` |',
        '| Command | (none) |',
        '| Size | 481.2 MB compressed, 3 layers |',
        '',
        '| Check | Verdict | Findings |',
        '|---|---|---|',
        '| The tag or digest exists | passed |  |',
        '| A linux/amd64 image | passed |  |',
        '| The reference registered | notice | The base image is an index: registered by digest. |',
        '| USER matches the uid / gid of `app-image-config` | passed |  |',
        '| Something to start (JupyterLab, Code Editor) | passed |  |',
        '| No `AWS_*` or `SAGEMAKER_*` variables | passed |  |',
        '| Size (slow start-up above 10 GB) | passed |  |',
        '',
        '`preflight: strict`: errors stop the run before anything is changed in SageMaker. Read from ECR with 4 requests; no layer was downloaded.',
        '',
      ].join('\n'),
    );
  });

  it('says when the image is registered as given, root is the user, and the user was not checked', () => {
    const markdown = renderImageSection(
      outcome({
        mode: 'warn',
        reference: BASE,
        facts: { registered: BASE, user: '', layers: 1, size: 999 },
        checks: passed({
          user: { check: 'user', status: 'not checked', reason: 'no `app-image-config` was given' },
        }),
        requests: 1,
      }),
      BASE,
    );
    expect(markdown).toContain('| Registered as | the base image, as given |');
    expect(markdown).toContain('| User | root (no `USER`) (not checked) |');
    expect(markdown).toContain('| Size | 999 B compressed, 1 layer |');
    expect(markdown).toContain(
      '| USER matches the uid / gid of `app-image-config` | not checked: no `app-image-config` was given |  |',
    );
    expect(markdown).toContain(
      '`preflight: warn`: problems are warnings, and the run went on. Read from ECR with 1 request; no layer',
    );
    expect(markdown).not.toContain('| Manifest |');
  });

  it('shows only what was read when the reads stopped, and the rest as not reached', () => {
    const markdown = renderImageSection(
      outcome({ facts: { registered: BASE }, checks: [], findings: [] }),
      BASE,
    );
    expect(
      markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Check')),
    ).toStrictEqual([
      '| | |',
      `| Base image | \`${BASE}\` |`,
      '| Registered as | the base image, as given |',
      ...[
        'The tag or digest exists',
        'A linux/amd64 image',
        'The reference registered',
        'USER matches the uid / gid of `app-image-config`',
        'Something to start (JupyterLab, Code Editor)',
        'No `AWS_*` or `SAGEMAKER_*` variables',
        'Size (slow start-up above 10 GB)',
      ].map((title) => `| ${title} | not reached |  |`),
    ]);
  });

  it('escapes what the image puts in cells, and joins a check’s findings', () => {
    const markdown = renderImageSection(
      outcome({
        facts: { registered: BASE, user: 'a|b', entrypoint: ['<script>'] },
        findings: [
          { check: 'user', severity: 'error', message: 'runs as "a|b"' },
          { check: 'user', severity: 'notice', message: 'group <unknown>' },
        ],
        checks: passed({ user: { check: 'user', status: 'error' } }),
      }),
      BASE,
    );
    expect(markdown).toContain('| User | `a&#124;b` |');
    expect(markdown).toContain('| Entrypoint | `["&lt;script&gt;"]` |');
    expect(markdown).toContain('| error | runs as "a&#124;b"<br>group &lt;unknown&gt; |');
  });
});

describe('imageLogLines', () => {
  it('gives the facts, one line per check, and the request count', () => {
    expect(
      imageLogLines(
        outcome({
          checks: passed({
            user: {
              check: 'user',
              status: 'not checked',
              reason: 'no `app-image-config` was given',
            },
          }),
        }),
      ),
    ).toStrictEqual([
      `Registered as: ${BY_DIGEST}`,
      'Manifest: OCI image index (linux/amd64, 1 attestation)',
      'Platform: linux/amd64',
      'User: "1000:100"',
      'Entrypoint: ["jupyter-lab"]',
      'Command: []',
      'Size: 481.2 MB compressed in 3 layers',
      'Checks:',
      '  exists: passed',
      '  platform: passed',
      '  index: passed',
      '  user: not checked: no `app-image-config` was given',
      '  start-command: passed',
      '  environment: passed',
      '  size: passed',
      'ECR requests: 4.',
    ]);
  });

  it('gives what is known when the reads stopped, on lines nothing from the image can break', () => {
    const lines = imageLogLines(
      outcome({
        facts: { registered: BASE, platform: 'linux/x\n::error::y', user: '' },
        checks: [],
      }),
    );
    expect(lines.slice(0, 4)).toStrictEqual([
      `Registered as: ${BASE}`,
      'Platform: linux/x ::error::y',
      'User: root (no USER)',
      'Checks:',
    ]);
    expect(lines).toContain('  size: not reached');
  });
});
