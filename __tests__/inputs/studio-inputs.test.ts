// `./studio`'s inputs: the version, its domains, the app-image-config document (its own problems are
// tested in app-image-config.test.ts), levels, pins, profiles and aliases, every problem at once.
import { describe, expect, it } from '@jest/globals';
import { UNPINNED_WARNING, parseStudioInputs } from '../../src/inputs/studio-inputs.js';
import type { WorkspaceFiles } from '../../src/inputs/app-image-config.js';
import { DEFAULTS } from '../../src/inputs/rules.js';

const VERSION_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my.image/3';
const JUPYTER = 'JupyterLabAppImageConfig: {}';
const EDITOR = 'CodeEditorAppImageConfig:\n  ContainerConfig:\n    ContainerArguments: [--debug]\n';
const KERNEL =
  'KernelGatewayImageConfig:\n  KernelSpecs:\n    - Name: python3\n      DisplayName: Python 3\n';
const VALID = {
  'image-version-arn': VERSION_ARN,
  'domain-ids': 'd-abc123',
  'app-image-config': JUPYTER,
  'aws-region': 'us-east-1',
};
/** What the runner fills in from action.yml's defaults. */
const RUNNER_DEFAULTS: Record<string, string> = { ...DEFAULTS };
const WORKSPACE = '/home/runner/work/repo/repo';

/** A workspace holding `files` by their path relative to it. */
function workspace(files: Record<string, string> = {}): WorkspaceFiles {
  return {
    workspace: WORKSPACE,
    read: (path) =>
      path.startsWith(`${WORKSPACE}/`) ? files[path.slice(WORKSPACE.length + 1)] : undefined,
  };
}

function parse(inputs: Record<string, string>, files = workspace()) {
  return parseStudioInputs((name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '', {}, files);
}
function problemsOf(inputs: Record<string, string>): readonly string[] {
  const result = parse(inputs);
  return result.ok ? [] : result.problems;
}

describe('./studio inputs', () => {
  it('default to both levels, pinned, no profiles, the config named after the image', () => {
    const result = parse({ ...VALID, 'domain-ids': 'd-abc123, d-def456\nd-abc123' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.inputs).toMatchObject({
      imageVersionArn: VERSION_ARN,
      imageName: 'my.image',
      aliases: [],
      moveAliases: false,
      allowRollback: false,
    });
    expect(result.inputs.studio).toEqual({
      domainIds: ['d-abc123', 'd-def456'],
      appType: 'JupyterLab',
      pinVersion: true,
      levels: ['user', 'space'],
      userProfiles: 'none',
      appImageConfig: {
        name: 'my-image', // `.` is not allowed in an AppImageConfig name
        document: expect.objectContaining({ appType: 'JupyterLab' }),
      },
    });
    expect(result.warnings).toStrictEqual([]);
  });

  it('read every value, in the API case, the document from a workspace file', () => {
    const result = parse(
      {
        ...VALID,
        'app-image-config': 'studio/editor.yaml',
        'pin-version': 'false',
        'app-image-config-name': 'my-editor',
        'user-profiles': 'ALL',
        aliases: 'stable, latest\nstable',
        'move-aliases': 'true',
        'allow-rollback': 'TRUE',
      },
      workspace({ 'studio/editor.yaml': EDITOR }),
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.inputs).toMatchObject({
      aliases: ['stable', 'latest'],
      moveAliases: true,
      allowRollback: true,
    });
    expect(result.inputs.studio).toMatchObject({
      appType: 'CodeEditor',
      pinVersion: false,
      levels: ['user'],
      userProfiles: 'all',
      appImageConfig: { name: 'my-editor' },
    });
    expect(result.warnings).toStrictEqual([UNPINNED_WARNING]);
  });

  it('read the app type of a KernelGateway document, and the levels asked for', () => {
    const result = parse({ ...VALID, 'app-image-config': KERNEL, 'settings-levels': 'Space' });
    expect(result.ok && result.inputs.studio).toMatchObject({
      appType: 'KernelGateway',
      levels: ['space'],
    });
    const both = parse({ ...VALID, 'app-image-config': KERNEL });
    expect(both.ok && both.inputs.studio.levels).toEqual(['user', 'space']);
  });

  it('require the version, the domains and the document, all named at once', () => {
    expect(problemsOf({ 'aws-region': 'us-east-1' })).toStrictEqual([
      'Input `image-version-arn` is required and was empty.',
      'Input `domain-ids` is required and was empty.',
      'Input `app-image-config` is required and was empty.',
    ]);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'a bad domain id',
      { 'domain-ids': 'd-ok1, D_Bad' },
      'Input `domain-ids` must be each `d-` and then lower-case letters, digits and `-`: "D_Bad".',
    ],
    [
      'a `.` in the config name',
      { 'app-image-config-name': 'my.config' },
      'Input `app-image-config-name` must be letters, digits and `-`, starting and ending with a letter or digit (no `.`): "my.config".',
    ],
    [
      'CodeEditor at the space level',
      { 'app-image-config': EDITOR, 'settings-levels': 'user, space' },
      "Input `settings-levels` cannot include `space` for a CodeEditor image (the `app-image-config` document's member): the domain's space defaults have no Code Editor settings. Use `user`.",
    ],
    [
      'an unknown choice of user profiles',
      { 'user-profiles': 'some' },
      'Input `user-profiles` must be one of none, all (any case): "some".',
    ],
    [
      'a level that does not exist',
      { 'settings-levels': 'domain' },
      'Input `settings-levels` must be one of user, space (any case): "domain".',
    ],
    [
      'a file missing from the workspace',
      { 'app-image-config': 'studio/missing.yaml' },
      'app-image-config',
    ],
  ])('name the input and the rule: %s', (_name, inputs, problem) => {
    expect(problemsOf({ ...VALID, ...inputs }).join('\n')).toContain(problem);
  });
});
