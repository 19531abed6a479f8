// `./launch-test`'s inputs (parseLaunchTestInputs): the version, the app-image-config document, the
// CI profile and its domain, the instance type and time limit, each value checked against its rule
// in rules.ts and every problem named at once, before any request.
import { describe, expect, it } from '@jest/globals';
import { parseLaunchTestInputs } from '../../src/inputs/launch-inputs.js';
import { DEFAULTS, RULES } from '../../src/inputs/rules.js';
import type { WorkspaceFiles } from '../../src/inputs/app-image-config.js';

const VALID = {
  'image-version-arn': 'arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/3',
  'app-image-config': 'JupyterLabAppImageConfig: {}',
  'domain-id': 'd-ci',
  'user-profile': 'ci-launch',
  'aws-region': 'us-east-1',
};
/** What the runner fills in from action.yml's defaults. */
const RUNNER_DEFAULTS: Record<string, string> = { ...DEFAULTS };
const noFiles: WorkspaceFiles = { workspace: '/work', read: () => undefined };

function parse(inputs: Record<string, string>) {
  return parseLaunchTestInputs(
    (name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '',
    {},
    noFiles,
  );
}

describe('./launch-test inputs', () => {
  it('read every value, the app type from the document, and the defaults', () => {
    const result = parse(VALID);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { inputs } = result;
    expect(inputs.imageVersionArn).toBe(VALID['image-version-arn']);
    expect(inputs.imageName).toBe('my-image');
    expect(inputs.document.appType).toBe('JupyterLab');
    expect(inputs.launchTest).toStrictEqual({
      domainId: 'd-ci',
      userProfileName: 'ci-launch',
      instanceType: 'ml.t3.medium',
      timeoutSeconds: 900,
    });
    expect(inputs.dryRun).toBe(false);
  });

  it('name each missing or invalid input and its rule, all at once', () => {
    const result = parse({
      'image-version-arn': '',
      'app-image-config': '',
      'domain-id': 'x-ci',
      'user-profile': '',
      'timeout-seconds': '15m',
      'aws-region': 'us-east-1',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.join('\n');
    for (const name of [
      'image-version-arn',
      'app-image-config',
      'domain-id',
      'user-profile',
      'timeout-seconds',
    ])
      expect(problems).toContain(`\`${name}\``);
  });
});

describe('./launch-test rules', () => {
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
