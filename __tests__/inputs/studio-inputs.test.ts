import { describe, expect, it } from '@jest/globals';
import { parseInputs } from '../../src/inputs/inputs.js';
import { DEFAULTS } from '../../src/inputs/rules.js';

const VALID = {
  'image-name': 'my.image',
  'base-image': '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/my-image:v1',
  'aws-region': 'us-east-1',
};
/** What the runner fills in from action.yml's defaults. */
const RUNNER_DEFAULTS: Record<string, string> = { ...DEFAULTS };
const STUDIO = { ...VALID, 'studio-domain-ids': 'd-abc123' };

function parse(inputs: Record<string, string>) {
  return parseInputs((name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '', {});
}
function problemsOf(inputs: Record<string, string>): readonly string[] {
  const result = parse(inputs);
  return result.ok ? [] : result.problems;
}

describe('Studio inputs', () => {
  it('are off without studio-domain-ids', () => {
    const result = parse(VALID);
    expect(result.ok && result.inputs.studio).toBeUndefined();
  });

  it('default to a JupyterLab config written out in full, at both levels, pinned', () => {
    const result = parse({ ...STUDIO, 'studio-domain-ids': 'd-abc123, d-def456\nd-abc123' });
    expect(result.ok && result.inputs.studio).toEqual({
      domainIds: ['d-abc123', 'd-def456'],
      appType: 'JupyterLab',
      pinVersion: true,
      levels: ['user', 'space'],
      userProfiles: 'none',
      appImageConfig: {
        name: 'my-image', // `.` is not allowed in an AppImageConfig name
        entrypoint: [],
        arguments: [],
        environment: [],
        fileSystem: { mountPath: '/home/sagemaker-user', uid: 1000, gid: 100 },
      },
    });
  });

  it('read every value, in the API case', () => {
    const result = parse({
      ...STUDIO,
      'studio-app-type': 'codeeditor',
      'studio-pin-version': 'false',
      'app-image-config-name': 'my-editor',
      'container-environment': 'PIP_INDEX_URL = https://pypi.example.com/simple\nEMPTY=\nA=b=c',
      'container-entrypoint': 'entrypoint-code-editor',
      'container-arguments': '--port\n8888,9999',
      'file-system-mount-path': '/home/user',
      'file-system-uid': '0',
      'file-system-gid': '0',
      'studio-user-profiles': 'ALL',
    });
    expect(result.ok && result.inputs.studio).toEqual({
      domainIds: ['d-abc123'],
      appType: 'CodeEditor',
      pinVersion: false,
      levels: ['user'],
      userProfiles: 'all',
      appImageConfig: {
        name: 'my-editor',
        entrypoint: ['entrypoint-code-editor'],
        arguments: ['--port', '8888,9999'],
        environment: [
          ['PIP_INDEX_URL', 'https://pypi.example.com/simple'],
          ['EMPTY', ''],
          ['A', 'b=c'],
        ],
        fileSystem: { mountPath: '/home/user', uid: 0, gid: 0 },
      },
    });
  });

  it('refuse studio-user-profiles: all without a domain to take the profiles from', () => {
    expect(
      problemsOf({
        ...VALID,
        'studio-user-profiles': 'all',
        'launch-test-user-profile': 'ci',
        'launch-test-domain-id': 'd-abc123',
      }),
    ).toContain(
      'Input `studio-user-profiles: all` needs `studio-domain-ids`: it adds the image to the own lists of the user profiles of those domains.',
    );
    expect(problemsOf({ ...VALID, 'studio-user-profiles': 'all' })).toHaveLength(1);
    expect(problemsOf({ ...VALID, 'studio-user-profiles': 'none' })).toEqual([]);
  });

  it('read the kernel of a KernelGateway image, and the levels asked for', () => {
    const result = parse({
      ...STUDIO,
      'studio-app-type': 'KernelGateway',
      'kernel-name': 'python3',
      'kernel-display-name': 'Python 3',
      'studio-settings-levels': 'Space',
    });
    expect(result.ok && result.inputs.studio).toMatchObject({
      appType: 'KernelGateway',
      levels: ['space'],
      appImageConfig: { kernel: { name: 'python3', displayName: 'Python 3' } },
    });
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'a bad domain id',
      { 'studio-domain-ids': 'd-ok1, D_Bad' },
      'Input `studio-domain-ids` must be each `d-` and then lower-case letters, digits and `-`: "D_Bad".',
    ],
    [
      'an unknown app type',
      { 'studio-app-type': 'Jupyter' },
      'Input `studio-app-type` must be one of JupyterLab, CodeEditor, KernelGateway (any case): "Jupyter".',
    ],
    [
      'a `.` in the config name',
      { 'app-image-config-name': 'my.config' },
      'Input `app-image-config-name` must be letters, digits and `-`, starting and ending with a letter or digit (no `.`): "my.config".',
    ],
    [
      'no wait for CREATED',
      { 'wait-for-created': 'false' },
      'Input `studio-domain-ids` needs `wait-for-created: true`: an image is attached to Studio only once its version is CREATED.',
    ],
    [
      'KernelGateway without a kernel',
      { 'studio-app-type': 'KernelGateway' },
      'Input `kernel-name` is required when `studio-app-type` is KernelGateway: it names the Jupyter kernel in the image (as `jupyter kernelspec list` shows it).',
    ],
    [
      'KernelGateway with another uid',
      { 'studio-app-type': 'KernelGateway', 'kernel-name': 'k', 'file-system-uid': '1001' },
      'Inputs `file-system-uid` and `file-system-gid` must be 1000 and 100, or 0 and 0, for KernelGateway images (got 1001 and 100).',
    ],
    [
      'KernelGateway with container settings',
      { 'studio-app-type': 'KernelGateway', 'kernel-name': 'k', 'container-arguments': '-x' },
      'Input `container-arguments` does not apply to KernelGateway: its AppImageConfig has no container settings.',
    ],
    [
      'a kernel for JupyterLab',
      { 'kernel-name': 'python3' },
      'Input `kernel-name` applies only to `studio-app-type: KernelGateway` (this is JupyterLab).',
    ],
    [
      'CodeEditor at the space level',
      { 'studio-app-type': 'CodeEditor', 'studio-settings-levels': 'user, space' },
      "Input `studio-settings-levels` cannot include `space` with `studio-app-type` CodeEditor: the domain's space defaults have no Code Editor settings. Use `user`.",
    ],
    [
      'an unknown choice of user profiles',
      { 'studio-user-profiles': 'some' },
      'Input `studio-user-profiles` must be one of none, all (any case): "some".',
    ],
    [
      'a level that does not exist',
      { 'studio-settings-levels': 'domain' },
      'Input `studio-settings-levels` must be one of user, space (any case): "domain".',
    ],
    [
      '26 variables',
      { 'container-environment': Array.from({ length: 26 }, (_, i) => `K${i}=v`).join('\n') },
      'Input `container-environment` must list at most 25 variables (got 26).',
    ],
    [
      'a line without `=`',
      { 'container-environment': 'A=1\nB' },
      'Input `container-environment` must be `KEY=VALUE` lines: "B".',
    ],
    [
      'a blank key',
      { 'container-environment': ' =1' },
      'Input `container-environment` must have a key before each `=`: "=1".',
    ],
    [
      'a value of 257 characters',
      { 'container-environment': `A=${'v'.repeat(257)}` },
      'Input `container-environment` must have values of 0–256 characters (got 257)',
    ],
    [
      'a variable set twice',
      { 'container-environment': 'A=1\nB=2\nA=3' },
      'Input `container-environment` sets `A` more than once.',
    ],
    [
      '51 arguments',
      { 'container-arguments': Array.from({ length: 51 }, (_, i) => `-${i}`).join('\n') },
      'Input `container-arguments` must list at most 50 arguments (got 51).',
    ],
    [
      'an argument of 65 characters',
      { 'container-arguments': 'a'.repeat(65) },
      'Input `container-arguments` must be 1–64 characters (got 65)',
    ],
    [
      'two entrypoint lines',
      { 'container-entrypoint': 'a\nb' },
      'Input `container-entrypoint` must list at most 1 line (got 2).',
    ],
    [
      'a relative mount path',
      { 'file-system-mount-path': 'home/user' },
      'Input `file-system-mount-path` must be a path starting with `/`: "home/user".',
    ],
    [
      'a uid past 65535',
      { 'file-system-uid': '65536' },
      'Input `file-system-uid` must be a whole number from 0 to 65535: "65536".',
    ],
  ])('name the input and the rule: %s', (_name, inputs, problem) => {
    expect(problemsOf({ ...STUDIO, ...inputs }).join('\n')).toContain(problem);
  });

  it('are checked even when Studio is off', () => {
    expect(problemsOf({ ...VALID, 'app-image-config-name': 'a.b' })).toHaveLength(1);
  });
});

describe('Studio inputs, each problem alone', () => {
  const KERNEL = { ...STUDIO, 'studio-app-type': 'KernelGateway' };
  it.each<[string, Record<string, string>, string[]]>([
    ['a KernelGateway image with its kernel', { ...KERNEL, 'kernel-name': 'python3' }, []],
    [
      'a KernelGateway image run as root',
      { ...KERNEL, 'kernel-name': 'python3', 'file-system-uid': '0', 'file-system-gid': '0' },
      [],
    ],
    [
      'a uid without its gid',
      { ...KERNEL, 'kernel-name': 'k', 'file-system-uid': '1000', 'file-system-gid': '0' },
      [
        'Inputs `file-system-uid` and `file-system-gid` must be 1000 and 100, or 0 and 0, for KernelGateway images (got 1000 and 0).',
      ],
    ],
    ...(['container-entrypoint', 'container-arguments', 'container-environment'] as const).map(
      (name): [string, Record<string, string>, string[]] => [
        `${name} with KernelGateway`,
        { ...KERNEL, 'kernel-name': 'k', [name]: name === 'container-environment' ? 'A=1' : 'x' },
        [
          `Input \`${name}\` does not apply to KernelGateway: its AppImageConfig has no container settings.`,
        ],
      ],
    ),
    ...(['kernel-name', 'kernel-display-name'] as const).map(
      (name): [string, Record<string, string>, string[]] => [
        `${name} with JupyterLab`,
        { ...STUDIO, [name]: 'python3' },
        [
          `Input \`${name}\` applies only to \`studio-app-type: KernelGateway\` (this is JupyterLab).`,
        ],
      ],
    ),
    [
      'an environment variable set twice',
      { ...STUDIO, 'container-environment': 'A=1\nB=2\nA=3' },
      ['Input `container-environment` sets `A` more than once.'],
    ],
    [
      'two environment variables set twice',
      { ...STUDIO, 'container-environment': 'A=1\nB=2\nA=3\nB=4' },
      ['Input `container-environment` sets `A`, `B` more than once.'],
    ],
  ])('%s', (_name, inputs, problems) => {
    expect(problemsOf(inputs)).toEqual(problems);
  });

  it('names only the rule a given kernel name breaks, not also "required"', () => {
    const problems = problemsOf({ ...KERNEL, 'kernel-name': 'k'.repeat(1025) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^Input `kernel-name` must be 1–1024 characters \(got 1025\): "k+…"\.$/,
    );
  });

  it('writes both levels for KernelGateway by default', () => {
    const result = parse({ ...KERNEL, 'kernel-name': 'python3' });
    expect(result.ok && result.inputs.studio?.levels).toEqual(['user', 'space']);
  });
});
