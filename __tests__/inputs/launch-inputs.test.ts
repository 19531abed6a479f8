// `./launch-test`'s inputs: the version, the document it runs with, the CI profile and domain, each
// value checked against its rule, every problem named at once.
import { describe, expect, it } from '@jest/globals';
import { parseLaunchTestInputs } from '../../src/inputs/launch-inputs.js';
import type { WorkspaceFiles } from '../../src/inputs/app-image-config.js';
import { DEFAULTS, RULES } from '../../src/inputs/rules.js';

const VERSION_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/3';
const DOCUMENT =
  'JupyterLabAppImageConfig:\n  ContainerConfig:\n    ContainerArguments: [--debug]\n';
const VALID = {
  'image-version-arn': VERSION_ARN,
  'app-image-config': DOCUMENT,
  'domain-id': 'd-ci',
  'user-profile': 'ci-launch',
  'aws-region': 'us-east-1',
};
/** What the runner fills in from action.yml's defaults. */
const RUNNER_DEFAULTS: Record<string, string> = { ...DEFAULTS };
const NO_FILES: WorkspaceFiles = { workspace: '/ws', read: () => undefined };

function parse(inputs: Record<string, string>) {
  return parseLaunchTestInputs(
    (name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '',
    {},
    NO_FILES,
  );
}
function problemsOf(inputs: Record<string, string>): readonly string[] {
  const result = parse(inputs);
  return result.ok ? [] : result.problems;
}

describe('./launch-test inputs', () => {
  it('read the version, its image, the document, and the default instance type and timeout', () => {
    const result = parse(VALID);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.inputs).toMatchObject({
      imageVersionArn: VERSION_ARN,
      imageName: 'my-image',
      region: 'us-east-1',
      launchTest: {
        domainId: 'd-ci',
        userProfileName: 'ci-launch',
        instanceType: 'ml.t3.medium',
        timeoutSeconds: 900,
      },
    });
    expect(result.inputs.document.appType).toBe('JupyterLab');
    expect(result.warnings).toStrictEqual([]);
  });

  it('read every value', () => {
    const result = parse({
      ...VALID,
      'instance-type': 'ml.p6e-gb200.36xlarge',
      'timeout-seconds': '1800',
    });
    expect(result.ok && result.inputs.launchTest).toStrictEqual({
      domainId: 'd-ci',
      userProfileName: 'ci-launch',
      instanceType: 'ml.p6e-gb200.36xlarge',
      timeoutSeconds: 1800,
    });
  });

  it('require the version, the document, the domain and the profile, all named at once', () => {
    expect(problemsOf({ 'aws-region': 'us-east-1' })).toStrictEqual([
      'Input `image-version-arn` is required and was empty.',
      'Input `app-image-config` is required and was empty.',
      'Input `domain-id` is required and was empty.',
      'Input `user-profile` is required and was empty.',
    ]);
  });

  it('name each input and its rule, all at once, before any request', () => {
    expect(
      problemsOf({
        ...VALID,
        'image-version-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image/my-image',
        'user-profile': 'ci_launch',
        'domain-id': 'D-CI',
        'instance-type': 'ml.t3',
        'timeout-seconds': '0',
      }),
    ).toStrictEqual([
      'Input `image-version-arn` must be an image version ARN `arn:aws:sagemaker:<region>:<account>:image-version/<name>/<n>`, as `./` outputs it: "arn:aws:sagemaker:us-east-1:123456789012:image/my-image".',
      'Input `domain-id` must be `d-` and then lower-case letters, digits and `-`: "D-CI".',
      'Input `user-profile` must be letters, digits and `-`, starting and ending with a letter or digit: "ci_launch".',
      'Input `instance-type` must be an instance type `ml.<family>.<size>` such as `ml.t3.medium`: "ml.t3".',
      'Input `timeout-seconds` must be a whole number from 1 to 3600: "0".',
    ]);
  });

  it("name the document's problems by their path in it", () => {
    const problems = problemsOf({
      ...VALID,
      'app-image-config': 'JupyterLabAppImageConfig:\n  ContainerConfig:\n    Entrypoint: [x]\n',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('JupyterLabAppImageConfig.ContainerConfig');
  });
});

describe('launch test rules', () => {
  it.each([
    ['user-profile', 'a', true],
    ['user-profile', 'ci--launch-1', true],
    ['user-profile', 'a'.repeat(63), true],
    ['user-profile', 'a'.repeat(64), false],
    ['user-profile', '-ci', false],
    ['user-profile', 'ci-', false],
    ['user-profile', 'ci.launch', false],
    ['domain-id', 'd-abc123example', true],
    ['domain-id', 'd-', false],
    ['domain-id', 'x-abc', false],
    ['domain-id', ' d-abc', false],
    ['instance-type', 'ml.geospatial.interactive', true],
    ['instance-type', 'ml.g4dn.xlarge', true],
    ['instance-type', 'system', false],
    ['instance-type', 'ml.t3.medium ', false],
    ['instance-type', 'ml.-t3.medium', false],
    ['instance-type', 'ML.T3.MEDIUM', false],
    ['timeout-seconds', '1', true],
    ['timeout-seconds', '3600', true],
    ['timeout-seconds', '3601', false],
    ['timeout-seconds', '15m', false],
  ] as const)('%s %j: valid %s', (name, value, valid) => {
    expect(RULES[name].check(value) === undefined).toBe(valid);
  });
});
