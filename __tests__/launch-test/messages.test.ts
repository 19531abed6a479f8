// What the launch test tells the user, pure: the failure (reason, time, where to look), the pass
// line, and each clean-up leftover with the exact command that removes it.
import { describe, expect, it } from '@jest/globals';
import {
  cleanupFailureMessage,
  cleanupSummary,
  cleanupWarning,
  deleteAppCommand,
  deleteSpaceCommand,
  launchFailureMessage,
  launchPassedLine,
  notListedMessage,
  seconds,
  seenAfterTimeout,
  seenAfterTimeoutLine,
  shellWord,
  timedOutLine,
  updateProfileCommand,
} from '../../src/launch-test/messages.js';
import {
  launchTarget,
  plannedTarget,
  planLaunch,
  type LaunchPlan,
} from '../../src/launch-test/plan.js';
import type { StudioAppType } from '../../src/inputs/studio-inputs.js';

const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/3';
const planFor = (
  appType: StudioAppType = 'JupyterLab',
  arn = ARN,
  target = launchTarget(arn),
): LaunchPlan =>
  planLaunch({
    settings: {
      domainId: 'd-ci',
      userProfileName: 'ci-launch',
      instanceType: 'ml.t3.medium',
      timeoutSeconds: 900,
    },
    target,
    appType,
    appImageConfigName: 'my-image',
    runTag: '77-1',
  });
const CONSOLE =
  'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/studio/d-ci';
const RELEASED =
  'The version stays registered; the AppImageConfig users start with and every Studio domain are unchanged, and the steps after this one (`./studio`, `./retire`) do not run.';

describe('the failure', () => {
  it('gives SageMaker reason, the time, the logs and the console for a Failed app', () => {
    expect(
      launchFailureMessage(planFor(), {
        kind: 'failed',
        reason: 'InternalFailure:\nexec format error',
        seconds: 312.44,
      }),
    ).toBe(
      'Launch test failed: SageMaker image version my-image:3 did not start as a JupyterLab app on ml.t3.medium (private space lt-my-image-v3-77-1 of user profile ci-launch, Studio domain d-ci): InternalFailure: exec format error (Failed after 312.4 s). ' +
        `${RELEASED} Look at the CloudWatch log group /aws/sagemaker/studio, log streams starting d-ci/lt-my-image-v3-77-1/, and at the Studio domain in the SageMaker console: ${CONSOLE} ` +
        'JupyterLab must serve on port 8888 at base URL /jupyterlab/default and answer its health check at /jupyterlab/default/api/status; fix the image and release a new version.',
    );
  });

  it.each([
    ['CodeEditor', 'Code Editor must serve on 0.0.0.0 port 8888 at base URL CodeEditor/default'],
    ['KernelGateway', 'Studio runs the image as a kernel gateway'],
  ] as const)('hints at what a %s image must do', (appType, hint) => {
    const message = launchFailureMessage(planFor(appType), {
      kind: 'failed',
      reason: '',
      seconds: 1,
    });
    expect(message).toContain(hint);
    expect(message).toContain(': SageMaker gave no reason (Failed after 1.0 s)');
  });

  it('says SageMaker gave no reason when its reason is blank', () => {
    expect(
      launchFailureMessage(planFor(), { kind: 'failed', reason: ' \n ', seconds: 1 }),
    ).toContain('did not start as a JupyterLab app');
    expect(
      launchFailureMessage(planFor(), { kind: 'failed', reason: ' \n ', seconds: 1 }),
    ).toContain('): SageMaker gave no reason (Failed after 1.0 s)');
  });

  it('names a version not registered yet as the new version', () => {
    const target = plannedTarget(
      'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image',
      undefined,
    );
    expect(
      launchFailureMessage(planFor('JupyterLab', ARN, target), {
        kind: 'failed',
        reason: 'x',
        seconds: 1,
      }),
    ).toMatch(/^Launch test failed: SageMaker image version my-image:<new version> did not start /);
  });

  it('names the app of a KernelGateway test and its log streams', () => {
    const plan = planFor('KernelGateway');
    expect(launchFailureMessage(plan, { kind: 'failed', reason: 'x', seconds: 2 })).toContain(
      `as a KernelGateway app on ml.t3.medium (app ${plan.name} of user profile ci-launch, Studio domain d-ci): x`,
    );
    expect(launchFailureMessage(plan, { kind: 'failed', reason: 'x', seconds: 2 })).toContain(
      `log streams starting d-ci/ci-launch/KernelGateway/${plan.name}, and`,
    );
  });

  it('says a timeout, the last status, the input to raise, and where to look', () => {
    expect(
      launchFailureMessage(planFor(), { kind: 'timed-out', lastStatus: 'Pending', seconds: 900 }),
    ).toBe(
      'Launch test timed out: SageMaker image version my-image:3 was still Pending as a JupyterLab app on ml.t3.medium (private space lt-my-image-v3-77-1 of user profile ci-launch, Studio domain d-ci) after 900.0 s (`timeout-seconds`: 900). ' +
        `${RELEASED} Look at the CloudWatch log group /aws/sagemaker/studio, log streams starting d-ci/lt-my-image-v3-77-1/, and at the Studio domain in the SageMaker console: ${CONSOLE} ` +
        'A large image can take long to start the first time: if the logs show it still starting, raise `timeout-seconds`.',
    );
    expect(
      launchFailureMessage(planFor(), { kind: 'timed-out', lastStatus: undefined, seconds: 3 }),
    ).toContain(
      'Launch test timed out: SageMaker image version my-image:3 was never seen InService (no DescribeApp answered) as a JupyterLab app',
    );
  });

  it('says when the app came InService after the timeout, counted from CreateApp, and the input to set', () => {
    const message = launchFailureMessage(planFor(), {
      kind: 'timed-out',
      lastStatus: 'Pending',
      seconds: 900,
      seen: {
        kind: 'came',
        status: 'InService',
        seconds: 920.5,
        pendingSeconds: 918,
      },
    });
    expect(message).toBe(
      'Launch test timed out: SageMaker image version my-image:3 was still Pending as a JupyterLab app on ml.t3.medium (private space lt-my-image-v3-77-1 of user profile ci-launch, Studio domain d-ci) after 900.0 s (`timeout-seconds`: 900). ' +
        'The test app came InService 920.5 s after CreateApp (still Pending at 918.0 s), 20.5 s after the 900 s timeout: set `timeout-seconds` above that. ' +
        `${RELEASED} Look at the CloudWatch log group /aws/sagemaker/studio, log streams starting d-ci/lt-my-image-v3-77-1/, and at the Studio domain in the SageMaker console: ${CONSOLE}`,
    );
  });

  it('says when the app went Failed after the timeout: a longer timeout would not pass it', () => {
    const seen = {
      kind: 'came',
      status: 'Failed',
      reason: 'Container exited.',
      seconds: 905,
      pendingSeconds: undefined,
    } as const;
    expect(seenAfterTimeout(planFor(), seen)).toBe(
      'the test app went Failed 905.0 s after CreateApp, 5.0 s after the 900 s timeout: Container exited. ' +
        'A longer timeout would not have passed it: JupyterLab must serve on port 8888 at base URL /jupyterlab/default and answer its health check at /jupyterlab/default/api/status; fix the image and release a new version.',
    );
    expect(seenAfterTimeout(planFor(), { ...seen, reason: ' ' })).toContain(
      'timeout: SageMaker gave no reason. A longer',
    );
    const message = launchFailureMessage(planFor(), {
      kind: 'timed-out',
      lastStatus: 'Pending',
      seconds: 900,
      seen,
    });
    expect(message).toContain('(`timeout-seconds`: 900). The test app went Failed 905.0 s');
    expect(message).not.toContain('raise `timeout-seconds`');
  });

  it('says the app never came InService while the clean-up watched it, and keeps the advice', () => {
    const still = { kind: 'never', lastStatus: 'Pending', seconds: 1800 } as const;
    expect(seenAfterTimeoutLine(planFor(), still)).toBe(
      'Launch test clean-up: the test app never came InService while the clean-up watched it: it was still Pending 1800.0 s after CreateApp.',
    );
    expect(seenAfterTimeout(planFor(), { ...still, lastStatus: 'Deleting', seconds: 930 })).toBe(
      'the test app never came InService while the clean-up watched it: it was Deleting 930.0 s after CreateApp.',
    );
    const message = launchFailureMessage(planFor(), {
      kind: 'timed-out',
      lastStatus: 'Pending',
      seconds: 900,
      seen: still,
    });
    expect(message).toContain(
      '(`timeout-seconds`: 900). The test app never came InService while the clean-up watched it: it was still Pending 1800.0 s after CreateApp. The version stays',
    );
    expect(message).toMatch(/if the logs show it still starting, raise `timeout-seconds`\.$/);
  });

  it('logs the end of the wait for InService, so that the clean-up that follows is not read as it', () => {
    expect(timedOutLine(planFor(), 'Pending', 900.25)).toBe(
      'Launch test: stopped waiting for InService at the 900 s timeout (`timeout-seconds`): the test app was still Pending 900.3 s after CreateApp. ' +
        'The clean-up waits for it to leave Pending (SageMaker deletes no Pending app), then deletes it, and says when it came up.',
    );
    expect(timedOutLine(planFor(), undefined, 1)).toContain(
      'the test app was never seen InService (no DescribeApp answered) 1.0 s after CreateApp.',
    );
  });

  it('ends the pointer at the logs when the partition has no console', () => {
    const iso = 'arn:aws-iso:sagemaker:us-iso-east-1:123456789012:image-version/my-image/3';
    expect(
      launchFailureMessage(planFor('JupyterLab', iso), { kind: 'failed', reason: 'x', seconds: 1 }),
    ).toContain('log streams starting d-ci/lt-my-image-v3-77-1/. JupyterLab must');
  });

  it('explains a Failed app whose reason is an image no list names', () => {
    const reason =
      'Unable to launch App [a] with Image [my-image] because it is not present in list of custom images in AppSettings.';
    expect(launchFailureMessage(planFor(), { kind: 'failed', reason, seconds: 3 })).toBe(
      notListedMessage(planFor(), reason),
    );
  });

  it('explains an image SageMaker wants in the domain list', () => {
    expect(notListedMessage(planFor(), 'Unable to launch App [a]\nwith Image [my-image]')).toBe(
      'Launch test: SageMaker refused to start image "my-image" for user profile "ci-launch" although its UserSettings.JupyterLabAppSettings.CustomImages lists the image for this run, so SageMaker wants it in the domain\'s list. ' +
        'Attach the image once (without a version) to the DefaultUserSettings.JupyterLabAppSettings.CustomImages of Studio domain "d-ci" (best a domain kept for CI, as `domain-id`), then re-run. ' +
        `${RELEASED} (Unable to launch App [a] with Image [my-image])`,
    );
  });
});

describe('the pass', () => {
  it('says how long the version took to be InService', () => {
    expect(launchPassedLine(planFor(), 95.25)).toBe(
      'Launch test passed: SageMaker image version my-image:3 was InService as a JupyterLab app on ml.t3.medium (private space lt-my-image-v3-77-1 of user profile ci-launch, Studio domain d-ci) after 95.3 s.',
    );
    expect(seconds(0)).toBe('0.0 s');
  });
});

describe('clean-up leftovers', () => {
  it('names what is left, why, and the command that removes it', () => {
    expect(cleanupWarning({ what: 'the space s', reason: 'denied\nagain', command: 'aws x' })).toBe(
      'Launch test clean-up left the space s: denied again. Remove it with: aws x',
    );
  });

  it('fails naming one leftover (is) or several (are), the commands, then what the test said', () => {
    const config = {
      what: 'the temporary AppImageConfig lt-1',
      reason: 'denied',
      command:
        'aws sagemaker delete-app-image-config --region eu-west-1 --app-image-config-name lt-1',
    };
    const space = {
      what: 'the private space lt-1',
      reason: 'busy',
      command: 'aws sagemaker delete-space',
    };
    expect(cleanupFailureMessage([config], 'Launch test passed.')).toBe(
      'Launch test clean-up failed: the temporary AppImageConfig lt-1 is left in your account (a running app is billed). Remove it with:\n' +
        '  aws sagemaker delete-app-image-config --region eu-west-1 --app-image-config-name lt-1\n' +
        'Launch test passed.',
    );
    expect(cleanupFailureMessage([config, space], 'x')).toMatch(
      /^Launch test clean-up failed: the temporary AppImageConfig lt-1, the private space lt-1 are left in your account /,
    );
  });

  it('leads the summary with what is left, why, and the commands as a block to copy', () => {
    expect(cleanupSummary([])).toStrictEqual([]);
    expect(
      cleanupSummary([
        {
          what: 'the private space a|b',
          reason: 'denied\nby policy',
          command: 'aws sagemaker delete-space x',
        },
        { what: 'the app default', reason: 'busy', command: 'aws sagemaker delete-app y' },
      ]).join('\n'),
    ).toBe(
      [
        '### Launch test clean-up failed: resources are left in your account',
        '',
        '- the private space a&#124;b: denied by policy',
        '- the app default: busy',
        '',
        'Remove them with:',
        '',
        '```sh',
        'aws sagemaker delete-space x',
        'aws sagemaker delete-app y',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('deletes the app of a space, or of a profile', () => {
    expect(deleteAppCommand(planFor())).toBe(
      'aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name lt-my-image-v3-77-1 --app-type JupyterLab --app-name default',
    );
    const kg = planFor('KernelGateway');
    expect(deleteAppCommand(kg)).toBe(
      `aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --user-profile-name ci-launch --app-type KernelGateway --app-name ${kg.name}`,
    );
  });

  it('deletes the space', () => {
    expect(deleteSpaceCommand(planFor())).toBe(
      'aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name lt-my-image-v3-77-1',
    );
  });

  it('writes the profile member back without the entry, quoted for the shell', () => {
    expect(
      updateProfileCommand(planFor(), {
        DomainId: 'd-ci',
        UserProfileName: 'ci-launch',
        UserSettings: {
          JupyterLabAppSettings: {
            CustomImages: [],
            CodeRepositories: [{ RepositoryUrl: "https://x/it's" }],
          },
        },
      }),
    ).toBe(
      'aws sagemaker update-user-profile --region eu-west-1 --domain-id d-ci --user-profile-name ci-launch --user-settings ' +
        `'{"JupyterLabAppSettings":{"CustomImages":[],"CodeRepositories":[{"RepositoryUrl":"https://x/it'\\''s"}]}}'`,
    );
    expect(updateProfileCommand(planFor(), { DomainId: 'd', UserProfileName: 'u' })).toMatch(
      /--user-settings '\{\}'$/,
    );
  });

  it.each([
    ['d-ci', 'd-ci'],
    ['a b', "'a b'"],
    ['', "''"],
    ["it's", "'it'\\''s'"],
    ['$(rm)', "'$(rm)'"],
  ])('quotes %p as %p', (text, word) => {
    expect(shellWord(text)).toBe(word);
  });
});
