// `./compare`'s inputs: what a valid run reads (the ECR reference, the AppImageConfig, the ignore
// file from the workspace), and every problem listed at once: a file that cannot be read or is too
// large, an ignore file outside its shape, a token that is not one token (never quoted).
import { describe, expect, it } from '@jest/globals';
import { parseCompareInputs } from '../../src/inputs/compare-inputs.js';
import { MAX_DOCUMENT_BYTES, type WorkspaceFiles } from '../../src/inputs/app-image-config.js';
import { DEFAULTS } from '../../src/inputs/rules.js';
import { parseEcrReference } from '../../src/inputs/ecr-reference.js';

const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const VALID = { 'image-name': 'team-image', 'base-image': `${HOST}/team/image:next` };
const IGNORE_FILE = [
  '# shipped knowingly',
  '- id: CVE-2024-6345',
  '  until: 2026-12-31',
  "  reason: 'setuptools in the base image'",
].join('\n');

/** The workspace /ws with these files (absolute paths); every other path reads as missing. */
function workspace(files: Record<string, string>): WorkspaceFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    workspace: '/ws',
    reads,
    read: (path) => {
      reads.push(path);
      return files[path];
    },
  };
}

function parse(inputs: Record<string, string>, files = workspace({})) {
  const given = { ...DEFAULTS, 'aws-region': 'eu-west-1', ...inputs } as Record<string, string>;
  return parseCompareInputs((name) => given[name] ?? '', {}, files);
}
function problemsOf(inputs: Record<string, string>, files = workspace({})): readonly string[] {
  const result = parse(inputs, files);
  return result.ok ? [] : result.problems;
}

describe('./compare inputs', () => {
  it('read a whole valid run: the reference, the domains once each, the modes in lower case', () => {
    const files = workspace({ '/ws/.github/ignore.yml': IGNORE_FILE });
    const result = parse(
      {
        ...VALID,
        'domain-ids': 'd-one, d-two\nd-one',
        'fail-on': 'HIGH',
        comment: 'Off',
        'vulnerability-ignore': '.github/ignore.yml',
        'scan-wait-seconds': '60',
        'github-token': 'ghs_abc',
        'mask-aws-account-id': 'true',
        'app-image-config': JSON.stringify({
          AppImageConfigName: 'team-config',
          JupyterLabAppImageConfig: {},
        }),
      },
      files,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { appImageConfig, ...inputs } = result.inputs;
    expect(appImageConfig?.name).toBe('team-config');
    expect(inputs).toStrictEqual({
      maxAttempts: Number(DEFAULTS['max-attempts']),
      httpTimeoutSeconds: Number(DEFAULTS['http-timeout-seconds']),
      waitTimeoutSeconds: Number(DEFAULTS['wait-timeout-seconds']),
      waitMaxDelaySeconds: Number(DEFAULTS['wait-max-delay-seconds']),
      advice: { domains: 'domain-ids' },
      dryRun: false,
      imageName: 'team-image',
      baseImage: `${HOST}/team/image:next`,
      region: 'eu-west-1',
      domainIds: ['d-one', 'd-two'],
      failOn: 'high',
      vulnerabilityIgnore: '.github/ignore.yml',
      ignore: [
        { id: 'CVE-2024-6345', until: '2026-12-31', reason: 'setuptools in the base image' },
      ],
      scanWaitSeconds: 60,
      comment: 'off',
      githubToken: 'ghs_abc',
      maskAccountId: true,
      reference: parseEcrReference(`${HOST}/team/image:next`),
    });
    expect(files.reads).toStrictEqual(['/ws/.github/ignore.yml']);
  });

  it('leave out what was not given: no AppImageConfig, no ignore file, no token', () => {
    const files = workspace({});
    const result = parse(VALID, files);
    expect(result.ok && result.inputs).toMatchObject({
      domainIds: [],
      failOn: 'none',
      ignore: [],
      githubToken: '',
      maskAccountId: false,
    });
    expect(result.ok && 'appImageConfig' in result.inputs).toBe(false);
    expect(result.ok && 'vulnerabilityIgnore' in result.inputs).toBe(false);
    expect(files.reads).toStrictEqual([]);
  });

  it('read an ignore file by an absolute path as given', () => {
    const files = workspace({ '/ws/sub/ignore.yml': IGNORE_FILE });
    const result = parse({ ...VALID, 'vulnerability-ignore': '/ws/sub/ignore.yml' }, files);
    expect(result.ok && result.inputs.ignore).toHaveLength(1);
    expect(files.reads).toStrictEqual(['/ws/sub/ignore.yml']);
  });

  it('list every problem at once, the ignore file and the token included', () => {
    expect(
      problemsOf({
        'image-name': '',
        'base-image': 'docker.io/library/python:3.12',
        'app-image-config': '{"AppImageConfigName": 7}',
        'vulnerability-ignore': 'missing.yml',
        'github-token': 'ghs_abc def',
      }),
    ).toStrictEqual([
      'Input `image-name` is required and was empty.',
      expect.stringMatching(/^Input `base-image` /),
      expect.stringMatching(/^Input `app-image-config`/),
      'Input `vulnerability-ignore` names missing.yml, which cannot be read: check out the repository before this step, and give the path from its root.',
      'Input `github-token` must be one token of at most 2048 characters without spaces (got 11 characters; not shown).',
    ]);
  });

  it('refuse an ignore file larger than 64 KiB, or one outside its shape, by its line', () => {
    const big = workspace({ '/ws/big.yml': `# ${'x'.repeat(MAX_DOCUMENT_BYTES)}` });
    expect(problemsOf({ ...VALID, 'vulnerability-ignore': 'big.yml' }, big)).toStrictEqual([
      `Input \`vulnerability-ignore\` names big.yml, which is larger than ${MAX_DOCUMENT_BYTES} bytes (64 KiB): keep only the entries still needed.`,
    ]);
    const exactly = workspace({ '/ws/edge.yml': '#'.repeat(MAX_DOCUMENT_BYTES) });
    expect(problemsOf({ ...VALID, 'vulnerability-ignore': 'edge.yml' }, exactly)).toStrictEqual([]);
    const wrong = workspace({
      '/ws/i.yml': '- id: CVE-1\n  until: soon\n  reason: r\nignored: yes\n- id: CVE-2\n',
    });
    expect(problemsOf({ ...VALID, 'vulnerability-ignore': 'i.yml' }, wrong)).toStrictEqual([
      'Input `vulnerability-ignore`: i.yml:4: unexpected `ignored` (an entry has `id`, `until` and `reason`).',
      'Input `vulnerability-ignore`: i.yml:1: `until` must be a date `YYYY-MM-DD` (got "soon").',
      'Input `vulnerability-ignore`: i.yml:5: the entry has no `until`, `reason`.',
    ]);
  });

  it('count a token in characters, refusing one past 2048 and never quoting it', () => {
    expect(problemsOf({ ...VALID, 'github-token': 'é'.repeat(2048) })).toStrictEqual([]);
    const long = problemsOf({ ...VALID, 'github-token': 'é'.repeat(2049) });
    expect(long).toStrictEqual([
      'Input `github-token` must be one token of at most 2048 characters without spaces (got 2049 characters; not shown).',
    ]);
    expect(problemsOf({ ...VALID, 'github-token': 'a\tb' })[0]).not.toContain('a\tb');
  });
});
