// The launch test's inputs: off without a user profile, its domain taken from studio-domain-ids by
// default, each value checked against its rule, and the rules between inputs, every problem named.
import { describe, expect, it } from '@jest/globals';
import { parseInputs } from '../../src/inputs/inputs.js';
import { DEFAULTS, RULES } from '../../src/inputs/rules.js';

const VALID = {
  'image-name': 'my.image',
  'base-image': '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/my-image:v1',
  'aws-region': 'us-east-1',
};
/** What the runner fills in from action.yml's defaults. */
const RUNNER_DEFAULTS: Record<string, string> = { ...DEFAULTS };
const LAUNCH = { ...VALID, 'launch-test-user-profile': 'ci-launch' };

function parse(inputs: Record<string, string>) {
  return parseInputs((name) => ({ ...RUNNER_DEFAULTS, ...inputs })[name] ?? '', {});
}
function problemsOf(inputs: Record<string, string>): readonly string[] {
  const result = parse(inputs);
  return result.ok ? [] : result.problems;
}

describe('launch test inputs', () => {
  it('are off without launch-test-user-profile, with the defaults still checked', () => {
    const result = parse(VALID);
    expect(result.ok && result.inputs.launchTest).toBeUndefined();
    expect(result.ok && result.inputs.studio).toBeUndefined();
    expect(result.ok && result.warnings).toStrictEqual([]);
    expect(problemsOf({ ...VALID, 'launch-test-instance-type': 't3.medium' })).toStrictEqual([
      'Input `launch-test-instance-type` must be an instance type `ml.<family>.<size>` such as `ml.t3.medium`: "t3.medium".',
    ]);
  });

  it('take the first Studio domain, the default instance type and timeout', () => {
    const result = parse({ ...LAUNCH, 'studio-domain-ids': 'd-prod1, d-prod2' });
    expect(result.ok && result.inputs.launchTest).toStrictEqual({
      domainId: 'd-prod1',
      userProfileName: 'ci-launch',
      instanceType: 'ml.t3.medium',
      timeoutSeconds: 900,
    });
  });

  it('read every value', () => {
    const result = parse({
      ...LAUNCH,
      'studio-domain-ids': 'd-prod1',
      'launch-test-domain-id': 'd-ci',
      'launch-test-instance-type': 'ml.p6e-gb200.36xlarge',
      'launch-test-timeout-seconds': '1800',
    });
    expect(result.ok && result.inputs.launchTest).toStrictEqual({
      domainId: 'd-ci',
      userProfileName: 'ci-launch',
      instanceType: 'ml.p6e-gb200.36xlarge',
      timeoutSeconds: 1800,
    });
  });

  it('keep the Studio inputs without studio-domain-ids: the AppImageConfig, and no domain', () => {
    const result = parse({
      ...LAUNCH,
      'launch-test-domain-id': 'd-ci',
      'studio-app-type': 'CodeEditor',
      'container-arguments': '--debug',
    });
    expect(result.ok && result.inputs.studio).toMatchObject({
      domainIds: [],
      appType: 'CodeEditor',
      appImageConfig: { name: 'my-image', arguments: ['--debug'] },
    });
    expect(result.ok && result.inputs.launchTest?.domainId).toBe('d-ci');
  });

  it('need a domain: launch-test-domain-id, or studio-domain-ids', () => {
    expect(problemsOf(LAUNCH)).toStrictEqual([
      'Input `launch-test-domain-id` is required when `launch-test-user-profile` is set and `studio-domain-ids` is empty: it names the Studio domain of the test user profile.',
    ]);
  });

  it('need wait-for-created, said once for the launch test and not as a Studio problem', () => {
    expect(
      problemsOf({ ...LAUNCH, 'launch-test-domain-id': 'd-ci', 'wait-for-created': 'false' }),
    ).toStrictEqual([
      'Input `launch-test-user-profile` needs `wait-for-created: true`: the launch test starts the version only once it is CREATED.',
    ]);
  });

  it('name each input and its rule, all at once, before any request', () => {
    expect(
      problemsOf({
        ...VALID,
        'studio-domain-ids': 'd-prod1',
        'launch-test-user-profile': 'ci_launch',
        'launch-test-domain-id': 'D-CI',
        'launch-test-instance-type': 'ml.t3',
        'launch-test-timeout-seconds': '0',
      }),
    ).toStrictEqual([
      'Input `launch-test-user-profile` must be letters, digits and `-`, starting and ending with a letter or digit: "ci_launch".',
      'Input `launch-test-domain-id` must be `d-` and then lower-case letters, digits and `-`: "D-CI".',
      'Input `launch-test-instance-type` must be an instance type `ml.<family>.<size>` such as `ml.t3.medium`: "ml.t3".',
      'Input `launch-test-timeout-seconds` must be a whole number from 1 to 3600: "0".',
    ]);
  });

  it('report no missing domain when the one given is invalid', () => {
    expect(
      problemsOf({ ...LAUNCH, 'launch-test-domain-id': 'domain', 'studio-domain-ids': '' }),
    ).toStrictEqual([
      'Input `launch-test-domain-id` must be `d-` and then lower-case letters, digits and `-`: "domain".',
    ]);
  });

  it('warn that a domain without a user profile runs no test', () => {
    const result = parse({ ...VALID, 'launch-test-domain-id': 'd-ci' });
    expect(result.ok && result.warnings).toStrictEqual([
      '`launch-test-domain-id` is used only with `launch-test-user-profile`, which is empty: no launch test runs.',
    ]);
    expect(result.ok && result.inputs.launchTest).toBeUndefined();
  });
});

describe('launch test rules', () => {
  it.each([
    ['launch-test-user-profile', 'a', true],
    ['launch-test-user-profile', 'ci--launch-1', true],
    ['launch-test-user-profile', 'a'.repeat(63), true],
    ['launch-test-user-profile', 'a'.repeat(64), false],
    ['launch-test-user-profile', '-ci', false],
    ['launch-test-user-profile', 'ci-', false],
    ['launch-test-user-profile', 'ci.launch', false],
    ['launch-test-domain-id', 'd-abc123example', true],
    ['launch-test-domain-id', 'd-', false],
    ['launch-test-domain-id', 'x-abc', false],
    ['launch-test-domain-id', ' d-abc', false],
    ['launch-test-instance-type', 'ml.geospatial.interactive', true],
    ['launch-test-instance-type', 'ml.g4dn.xlarge', true],
    ['launch-test-instance-type', 'system', false],
    ['launch-test-instance-type', 'ml.t3.medium ', false],
    ['launch-test-instance-type', 'ml.-t3.medium', false],
    ['launch-test-instance-type', 'ML.T3.MEDIUM', false],
    ['launch-test-timeout-seconds', '1', true],
    ['launch-test-timeout-seconds', '3600', true],
    ['launch-test-timeout-seconds', '3601', false],
    ['launch-test-timeout-seconds', '15m', false],
  ] as const)('%s %j: valid %s', (name, value, valid) => {
    expect(RULES[name].check(value) === undefined).toBe(valid);
  });
});
