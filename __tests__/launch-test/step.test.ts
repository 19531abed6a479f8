// The launch test's flow with fake calls and a clock that never waits: every path ends cleaned up
// (or says exactly what is left and how to remove it), and a version that does not come up fails
// the step with SageMaker's reason, the time taken and where to look.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  SageMakerServiceException,
  type CreateAppRequest,
  type CreateSpaceRequest,
  type CustomImage,
  type DescribeAppResponse,
  type DescribeUserProfileResponse,
  type UpdateUserProfileRequest,
  type UserSettings,
} from '@aws-sdk/client-sagemaker';
import { AwsCallError, errorFacts } from '../../src/aws/errors.js';
import { isTransient } from '../../src/aws/transient.js';
import type { AppKey } from '../../src/aws/sagemaker-spaces-and-apps.js';
import { ActionError } from '../../src/common/action-error.js';
import {
  LaunchTestFailure,
  MAX_PROFILE_WRITES,
  judgeProfile,
  planLaunchTest,
  runLaunchTest,
  startLaunchTest,
  anythingMade,
  cleanUpAfter,
  LaunchCancelled,
  type LaunchApi,
  type LaunchState,
  type LaunchTestParams,
} from '../../src/launch-test/step.js';
import { plannedTarget } from '../../src/launch-test/plan.js';
import type { StudioAppType } from '../../src/inputs/studio-inputs.js';
import { fakeClock, type FakeClock } from '../../__fixtures__/clock.js';

const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my-image/3';
const SPACE = 'lt-my-image-v3-77-1';
const entry: CustomImage = {
  ImageName: 'my-image',
  AppImageConfigName: 'my-image',
  ImageVersionNumber: 3,
};
const other: CustomImage = { ImageName: 'team', AppImageConfigName: 'team' };

const sdkError = (name: string, message = name, status = 400): Error =>
  new SageMakerServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    message,
    $metadata: { httpStatusCode: status },
  });

type Operation = keyof LaunchApi;

/** Starts an app: how long it stays Pending, and how it ends. */
interface AppScript {
  startMs: number;
  ends: 'InService' | 'Failed';
  reason?: string;
  deleteMs: number;
}

interface App {
  createdAt: number;
  deletedAt?: number;
}

/** A Studio for one test profile, driven by the fake clock. */
class FakeStudio {
  readonly calls: { operation: Operation; input?: unknown }[] = [];
  readonly faults = new Map<Operation, { error: Error; times: number; applies?: boolean }>();
  /** Runs after each profile write is applied (another writer, say). */
  afterWrite: ((settings: UserSettings) => UserSettings) | undefined;
  profile: DescribeUserProfileResponse = {
    UserProfileName: 'ci-launch',
    Status: 'InService',
    UserSettings: { JupyterLabAppSettings: { CustomImages: [other] } },
  };
  /** Statuses the profile shows before settling, one per read. */
  profileStatuses: DescribeUserProfileResponse['Status'][] = [];
  script: AppScript = { startMs: 90_000, ends: 'InService', deleteMs: 20_000 };
  spaces = new Set<string>();
  configs = new Set<string>();
  /** Who owns the spaces (another profile plays a space of the same name not this run's). */
  spaceOwner = 'ci-launch';
  app: App | undefined;
  /** The app SageMaker describes: set to undefined to play one deleted by someone else. */
  appGoneAt = Number.POSITIVE_INFINITY;

  constructor(readonly clock: FakeClock) {}

  private enter(operation: Operation, input?: unknown): { applies: boolean } {
    this.calls.push({ operation, ...(input === undefined ? {} : { input }) });
    const fault = this.faults.get(operation);
    if (fault === undefined || fault.times <= 0) return { applies: true };
    fault.times--;
    if (fault.applies === true) return { applies: false };
    throw new AwsCallError(operation, fault.error);
  }

  /** After the call is carried out, a fault with `applies` loses the answer. */
  private answer(operation: Operation, applies: boolean): void {
    if (!applies) throw new AwsCallError(operation, this.faults.get(operation)?.error);
  }

  operations(): Operation[] {
    return this.calls.map((c) => c.operation);
  }

  appStatus(): DescribeAppResponse | undefined {
    const { app, clock, script } = this;
    if (app === undefined || clock.now() >= this.appGoneAt) return undefined;
    if (app.deletedAt !== undefined)
      return { Status: clock.now() < app.deletedAt + script.deleteMs ? 'Deleting' : 'Deleted' };
    if (clock.now() < app.createdAt + script.startMs) return { Status: 'Pending' };
    return script.ends === 'Failed'
      ? { Status: 'Failed', FailureReason: script.reason ?? 'InternalFailure' }
      : { Status: 'InService' };
  }

  readonly api: LaunchApi = {
    describeUserProfile: (_client, domainId, name) => {
      this.enter('describeUserProfile', { domainId, name });
      const status = this.profileStatuses.shift() ?? this.profile.Status;
      return Promise.resolve(structuredClone({ ...this.profile, Status: status }));
    },
    updateUserProfile: (_client, request: UpdateUserProfileRequest) => {
      const { applies } = this.enter('updateUserProfile', request);
      const settings = { ...this.profile.UserSettings, ...structuredClone(request.UserSettings) };
      this.profile.UserSettings = this.afterWrite?.(settings) ?? settings;
      this.answer('updateUserProfile', applies);
      return Promise.resolve();
    },
    createSpace: (_client, request: CreateSpaceRequest) => {
      const { applies } = this.enter('createSpace', request);
      this.spaces.add(request.SpaceName ?? '');
      this.answer('createSpace', applies);
      return Promise.resolve();
    },
    createAppImageConfig: (_client, request) => {
      const { applies } = this.enter('createAppImageConfig', request);
      this.configs.add(request.AppImageConfigName ?? '');
      this.answer('createAppImageConfig', applies);
      return Promise.resolve('arn:config');
    },
    describeAppImageConfig: (_client, name) => {
      this.enter('describeAppImageConfig', name);
      return Promise.resolve(this.configs.has(name) ? { AppImageConfigName: name } : undefined);
    },
    deleteAppImageConfig: (_client, name) => {
      this.enter('deleteAppImageConfig', name);
      if (!this.configs.delete(name))
        return Promise.reject(
          new AwsCallError('DeleteAppImageConfig', sdkError('ResourceNotFound')),
        );
      return Promise.resolve();
    },
    describeSpace: (_client, domainId, name) => {
      this.enter('describeSpace', name);
      return Promise.resolve(
        this.spaces.has(name)
          ? {
              DomainId: domainId,
              SpaceName: name,
              OwnershipSettings: { OwnerUserProfileName: this.spaceOwner },
            }
          : undefined,
      );
    },
    deleteSpace: (_client, _domainId, name) => {
      this.enter('deleteSpace', name);
      if (!this.spaces.has(name))
        return Promise.reject(new AwsCallError('DeleteSpace', sdkError('ResourceNotFound')));
      const status = this.appStatus()?.Status;
      if (status !== undefined && status !== 'Deleted')
        return Promise.reject(new AwsCallError('DeleteSpace', sdkError('ResourceInUse')));
      this.spaces.delete(name);
      return Promise.resolve();
    },
    createApp: (_client, request: CreateAppRequest) => {
      const { applies } = this.enter('createApp', request);
      this.app = { createdAt: this.clock.now() };
      this.answer('createApp', applies);
      return Promise.resolve();
    },
    describeApp: (_client, key: AppKey) => {
      this.enter('describeApp', key);
      return Promise.resolve(this.appStatus());
    },
    deleteApp: (_client, key: AppKey) => {
      this.enter('deleteApp', key);
      const status = this.appStatus()?.Status;
      if (status === undefined || status === 'Deleted')
        return Promise.reject(new AwsCallError('DeleteApp', sdkError('ResourceNotFound')));
      if (status === 'Pending' || status === 'Deleting')
        return Promise.reject(new AwsCallError('DeleteApp', sdkError('ResourceInUse')));
      (this.app as App).deletedAt = this.clock.now();
      return Promise.resolve();
    },
  };
}

let clock: FakeClock;
let studio: FakeStudio;
let lines: string[];

const params = (change: Partial<LaunchTestParams> = {}): LaunchTestParams => ({
  settings: {
    domainId: 'd-ci',
    userProfileName: 'ci-launch',
    instanceType: 'ml.t3.medium',
    timeoutSeconds: 900,
  },
  imageVersionArn: ARN,
  appImageConfigName: 'my-image',
  appType: 'JupyterLab',
  runTag: '77-1',
  clock,
  calls: { api: studio.api, client: {} as LaunchTestParams['calls']['client'] },
  log: (line) => lines.push(line),
  waits: {
    canRetry: isTransient,
    explain: (error) => `explained ${errorFacts(error).name}`,
    clock,
    maxDelayMs: 5000,
    log: (line) => lines.push(line),
  },
  ...change,
});

/** The run with a temporary AppImageConfig made from `app-image-config`. */
const withConfig = (change: Partial<LaunchTestParams> = {}): LaunchTestParams => {
  const { appImageConfigName: _, ...rest } = params(change);
  return { ...rest, configRequest: { JupyterLabAppImageConfig: {} } };
};

/** The profile's JupyterLab list now. */
const listed = (): CustomImage[] =>
  studio.profile.UserSettings?.JupyterLabAppSettings?.CustomImages ?? [];

/** What a run that passed but whose clean-up left something throws: it fails the step. */
const leftSomething = async (run: Promise<unknown>): Promise<LaunchTestFailure> => {
  const error = await failure(run);
  expect(error.passed).toBe(true);
  expect(error.message).toMatch(/^Launch test clean-up failed: /);
  expect(error.message).toContain('Launch test passed: ');
  return error;
};

/** What a run that fails throws. */
const failure = async (run: Promise<unknown>): Promise<LaunchTestFailure> => {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LaunchTestFailure);
  return error as LaunchTestFailure;
};

beforeEach(() => {
  clock = fakeClock();
  studio = new FakeStudio(clock);
  lines = [];
});

describe('a version that comes up', () => {
  it('lists the image by the name as given, though its ARN holds it in lower case', async () => {
    const outcome = await runLaunchTest(params({ imageName: 'My-Image' }));
    expect(outcome.passed).toBe(true);
    expect(studio.calls[1]?.input).toStrictEqual({
      DomainId: 'd-ci',
      UserProfileName: 'ci-launch',
      UserSettings: {
        JupyterLabAppSettings: { CustomImages: [other, { ...entry, ImageName: 'My-Image' }] },
      },
    });
    expect(studio.calls[3]?.input).toMatchObject({ SpaceName: SPACE });
    expect(listed()).toStrictEqual([other]);
  });

  it('adds the entry, starts the app, times it, and removes everything in order', async () => {
    const outcome = await runLaunchTest(params());
    expect(outcome.passed).toBe(true);
    expect(outcome.seconds).toBeGreaterThanOrEqual(90);
    expect(outcome.seconds).toBeLessThan(96);
    expect(outcome.cleanupProblems).toEqual([]);
    expect(outcome.summary).toMatch(
      /^Launch test passed: SageMaker image version my-image:3 was InService as a JupyterLab app on ml\.t3\.medium .* after 9\d\.\d s\.$/,
    );
    const ops = studio.operations();
    expect(ops.slice(0, 5)).toEqual([
      'describeUserProfile',
      'updateUserProfile',
      'describeUserProfile',
      'createSpace',
      'createApp',
    ]);
    const afterStart = ops.slice(5).filter((op) => op !== 'describeApp');
    expect(afterStart).toEqual([
      'deleteApp',
      'deleteSpace',
      'describeUserProfile',
      'updateUserProfile',
      'describeUserProfile',
    ]);
    expect(studio.calls[1]?.input).toStrictEqual({
      DomainId: 'd-ci',
      UserProfileName: 'ci-launch',
      UserSettings: { JupyterLabAppSettings: { CustomImages: [other, entry] } },
    });
    expect(studio.calls[3]?.input).toMatchObject({
      SpaceName: SPACE,
      SpaceSharingSettings: { SharingType: 'Private' },
      OwnershipSettings: { OwnerUserProfileName: 'ci-launch' },
    });
    expect(studio.calls[4]?.input).toMatchObject({
      SpaceName: SPACE,
      ResourceSpec: { SageMakerImageVersionArn: ARN, InstanceType: 'ml.t3.medium' },
    });
    expect(listed()).toStrictEqual([other]);
    expect(studio.spaces.size).toBe(0);
    expect(studio.appStatus()?.Status).toBe('Deleted');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Launch test: added my-image to user profile ci-launch for this run.',
        `Launch test: created private space ${SPACE} of user profile ci-launch.`,
        'Launch test: started my-image:3 as a JupyterLab app on ml.t3.medium; waiting for InService (up to 900 s).',
        `Launch test: deleted the test app (JupyterLab, ${SPACE}).`,
        `Launch test: deleted private space ${SPACE}.`,
        'Launch test: removed the temporary entry from user profile ci-launch.',
        outcome.summary,
      ]),
    );
  });

  it('writes nothing to a profile that lists the image already', async () => {
    studio.profile.UserSettings = {
      JupyterLabAppSettings: { CustomImages: [{ ...entry, ImageVersionNumber: 1 }] },
    };
    await runLaunchTest(params());
    expect(studio.operations()).not.toContain('updateUserProfile');
    expect(lines).toContain(
      'Launch test: user profile ci-launch already lists image my-image; no temporary entry.',
    );
  });

  it('runs a KernelGateway image as an app of the profile, without a space', async () => {
    studio.profile.UserSettings = {};
    await runLaunchTest(params({ appType: 'KernelGateway' }));
    const ops = studio.operations();
    expect(ops).not.toContain('createSpace');
    expect(ops).not.toContain('deleteSpace');
    const create = studio.calls.find((c) => c.operation === 'createApp')?.input;
    expect(create).toMatchObject({ UserProfileName: 'ci-launch', AppType: 'KernelGateway' });
    expect(studio.calls[1]?.input).toMatchObject({
      UserSettings: { KernelGatewayAppSettings: { CustomImages: [entry] } },
    });
    // No list of its own before, none after.
    expect(studio.profile.UserSettings).toStrictEqual({ KernelGatewayAppSettings: {} });
  });

  it('sends the list empty when SageMaker keeps a list the removal left out', async () => {
    studio.profile.UserSettings = { JupyterLabAppSettings: { LifecycleConfigArns: ['arn:lcc'] } };
    // This SageMaker merges the member: a CustomImages left out stays as it was.
    let kept: CustomImage[] | undefined;
    studio.afterWrite = (settings) => {
      const lab = settings.JupyterLabAppSettings ?? {};
      if (lab.CustomImages !== undefined) kept = lab.CustomImages;
      return {
        ...settings,
        JupyterLabAppSettings: { ...lab, CustomImages: lab.CustomImages ?? kept },
      };
    };
    const outcome = await runLaunchTest(params());
    expect(outcome.cleanupProblems).toStrictEqual([]);
    const writes = studio.calls
      .filter((c) => c.operation === 'updateUserProfile')
      .map((c) => (c.input as UpdateUserProfileRequest).UserSettings?.JupyterLabAppSettings);
    expect(writes).toStrictEqual([
      { LifecycleConfigArns: ['arn:lcc'], CustomImages: [entry] },
      { LifecycleConfigArns: ['arn:lcc'] },
      { LifecycleConfigArns: ['arn:lcc'], CustomImages: [] },
    ]);
    expect(studio.profile.UserSettings?.JupyterLabAppSettings?.CustomImages).toStrictEqual([]);
  });

  it('waits out a profile that is Updating before writing it', async () => {
    studio.profileStatuses = ['Updating', 'Updating', 'InService'];
    await runLaunchTest(params());
    expect(studio.operations().slice(0, 4)).toEqual([
      'describeUserProfile',
      'describeUserProfile',
      'describeUserProfile',
      'updateUserProfile',
    ]);
  });
});

describe('a version that does not come up', () => {
  it('fails with SageMaker reason and the time, after deleting the Failed app, the space and the entry', async () => {
    studio.script = { startMs: 40_000, ends: 'Failed', reason: 'InternalFailure', deleteMs: 5000 };
    const error = await failure(runLaunchTest(params()));
    expect(error.message).toMatch(
      /^Launch test failed: SageMaker image version my-image:3 did not start as a JupyterLab app on ml\.t3\.medium \(private space lt-my-image-v3-77-1 of user profile ci-launch, Studio domain d-ci\): InternalFailure \(Failed after 4\d\.\d s\)\. .*log streams starting d-ci\/lt-my-image-v3-77-1\//,
    );
    expect(error.seconds).toBeGreaterThanOrEqual(40);
    expect(error.cleanupProblems).toEqual([]);
    expect(studio.operations()).toContain('deleteApp');
    expect(studio.spaces.size).toBe(0);
    expect(listed()).toStrictEqual([other]);
  });

  it('times out, waits for the app to leave Pending, then cleans up', async () => {
    studio.script = { startMs: 1_000_000, ends: 'InService', deleteMs: 5000 };
    const error = await failure(
      runLaunchTest(
        params({
          settings: { ...params().settings, timeoutSeconds: 600 },
          settleTimeoutMs: 900_000,
        }),
      ),
    );
    expect(error.message).toMatch(
      /^Launch test timed out: SageMaker image version my-image:3 was still Pending as a JupyterLab app .* after 600\.\d s \(`timeout-seconds`: 600\)\./,
    );
    expect(error.seconds).toBeGreaterThanOrEqual(600);
    expect(error.cleanupProblems).toEqual([]);
    expect(clock.now()).toBeGreaterThanOrEqual(1_000_000);
    expect(studio.appStatus()?.Status).toBe('Deleted');
    expect(studio.spaces.size).toBe(0);
    expect(listed()).toStrictEqual([other]);
  });

  it('times out and says what is left when the app stays Pending past the clean-up wait', async () => {
    studio.script = { startMs: Number.POSITIVE_INFINITY, ends: 'InService', deleteMs: 0 };
    const error = await failure(
      runLaunchTest(params({ settings: { ...params().settings, timeoutSeconds: 60 } })),
    );
    expect(error.message).toContain('Launch test timed out');
    expect(error.cleanupProblems).toStrictEqual([
      {
        what: `the JupyterLab app default (${SPACE})`,
        reason: 'it was still Pending when the clean-up stopped waiting',
        command: `aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default`,
      },
      {
        what: `the private space ${SPACE}`,
        reason: 'SageMaker deletes a space only once its app is deleted',
        command: `aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
      },
    ]);
    expect(studio.operations()).not.toContain('deleteSpace');
    expect(listed()).toStrictEqual([other]);
    expect(lines).toContain(
      `Launch test clean-up left the private space ${SPACE}: SageMaker deletes a space only once its app is deleted. Remove it with: aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
    );
  });

  /** A launch test with a 15 s timeout whose app settles 20.5 s after CreateApp. */
  const lateApp = async (ends: 'InService' | 'Failed'): Promise<LaunchTestFailure> => {
    studio.script = { startMs: 20_500, ends, reason: 'Container exited.', deleteMs: 5000 };
    return failure(
      runLaunchTest(params({ settings: { ...params().settings, timeoutSeconds: 15 } })),
    );
  };
  /** The log lines that tell the app's status: each says whose wait it is, and counts from what. */
  const statusLines = (): string[] =>
    lines.filter((line) => /: (Pending|InService|Failed|Deleting|Deleted) /.test(line));

  it('labels the test wait and each clean-up wait, counted from CreateApp and DeleteApp', async () => {
    await lateApp('InService');
    const app = `the test app (JupyterLab, ${SPACE})`;
    expect(statusLines()).toStrictEqual([
      `Launch test, waiting for InService: ${app}: Pending 1.0 s after CreateApp`,
      `Launch test clean-up, waiting for it to leave Pending: ${app}: Pending 16.0 s after CreateApp`,
      `Launch test clean-up, waiting for it to leave Pending: ${app}: InService 21.0 s after CreateApp`,
      `Launch test clean-up, waiting for Deleted: ${app}: Deleting 1.0 s after DeleteApp`,
      `Launch test clean-up, waiting for Deleted: ${app}: Deleted 6.0 s after DeleteApp`,
    ]);
    // No line reads "InService after …" without saying whose wait and since when.
    expect(lines.filter((line) => / after [\d.]+ s$/.test(line))).toStrictEqual([]);
  });

  it('on a timeout, says when the clean-up saw the app come InService, and what to set', async () => {
    const error = await lateApp('InService');
    const timedOut = lines.findIndex((line) => line.startsWith('Launch test: stopped waiting'));
    expect(lines[timedOut]).toBe(
      'Launch test: stopped waiting for InService at the 15 s timeout (`timeout-seconds`): the test app was still Pending 15.0 s after CreateApp. ' +
        'The clean-up waits for it to leave Pending (SageMaker deletes no Pending app), then deletes it, and says when it came up.',
    );
    const came =
      'the test app came InService 21.0 s after CreateApp (still Pending at 18.5 s), 6.0 s after the 15 s timeout: set `timeout-seconds` above that.';
    const told = lines.indexOf(`Launch test clean-up: ${came}`);
    expect(told).toBeGreaterThan(timedOut);
    // Told as the clean-up sees it, before it deletes the app.
    expect(told).toBeLessThan(lines.findIndex((line) => line.includes('waiting for Deleted')));
    expect(error.message).toContain(
      '(`timeout-seconds`: 15). The test app came InService 21.0 s after CreateApp (still Pending at 18.5 s), 6.0 s after the 15 s timeout',
    );
    expect(error.message).not.toContain('raise `timeout-seconds`');
    expect(studio.appStatus()?.Status).toBe('Deleted');
  });

  it('on a timeout, says when the clean-up saw the app go Failed, with the reason', async () => {
    const error = await lateApp('Failed');
    expect(lines).toContain(
      'Launch test clean-up: the test app went Failed 21.0 s after CreateApp (still Pending at 18.5 s), 6.0 s after the 15 s timeout: Container exited. ' +
        'A longer timeout would not have passed it: JupyterLab must serve on port 8888 at base URL /jupyterlab/default and answer its health check at /jupyterlab/default/api/status; fix the image and release a new version.',
    );
    expect(error.message).toContain('The test app went Failed 21.0 s after CreateApp');
    expect(error.cleanupProblems).toStrictEqual([]);
  });

  it('on a timeout, says the app never came InService while the clean-up watched it', async () => {
    studio.script = { startMs: Number.POSITIVE_INFINITY, ends: 'InService', deleteMs: 0 };
    const error = await failure(
      runLaunchTest(params({ settings: { ...params().settings, timeoutSeconds: 15 } })),
    );
    const never =
      'the test app never came InService while the clean-up watched it: it was still Pending 30.0 s after CreateApp.';
    const told = lines.indexOf(`Launch test clean-up: ${never}`);
    expect(told).toBeGreaterThan(0);
    // Said once, when the clean-up stops waiting for the app, before it goes on with the rest.
    expect(lines.filter((line) => line.includes('never came InService'))).toHaveLength(1);
    expect(told).toBeLessThan(lines.findIndex((line) => line.startsWith('Launch test: removed')));
    expect(error.message).toContain(`(\`timeout-seconds\`: 15). The ${never.slice(4)}`);
    expect(error.message).toContain('raise `timeout-seconds`');
  });

  it('says nothing of the kind when the test saw the app come up, or after a Failed start', async () => {
    await runLaunchTest(params());
    studio = new FakeStudio(clock);
    studio.script = { startMs: 40_000, ends: 'Failed', deleteMs: 5000 };
    await failure(runLaunchTest(params()));
    expect(
      lines.filter((line) => /stopped waiting|came InService|went Failed/.test(line)),
    ).toStrictEqual([]);
  });

  it('fails when someone deletes the app while it starts, and still cleans up', async () => {
    studio.appGoneAt = 30_000;
    const error = await runLaunchTest(params()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error).not.toBeInstanceOf(LaunchTestFailure);
    expect((error as Error).message).toContain('the test app went missing while it started');
    expect(studio.spaces.size).toBe(0);
    expect(listed()).toStrictEqual([other]);
  });
});

describe('SageMaker refusing a step', () => {
  it('explains an image SageMaker wants in the domain list, and removes the space and entry', async () => {
    studio.faults.set('createApp', {
      error: sdkError(
        'ResourceNotFound',
        'Unable to launch App [arn] with Image [my-image] because it is not present in list of custom images in AppSettings.',
      ),
      times: 1,
    });
    const error = await runLaunchTest(params()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toMatch(
      /^Launch test: SageMaker refused to start image "my-image" for user profile "ci-launch" although .* DefaultUserSettings\.JupyterLabAppSettings\.CustomImages of Studio domain "d-ci"/,
    );
    const ops = studio.operations();
    // A refused create may still have been carried out (an answer lost before a resend): the
    // clean-up looks, finds no app, and deletes none.
    expect(ops).not.toContain('deleteApp');
    expect(ops).toContain('deleteSpace');
    expect(studio.spaces.size).toBe(0);
    expect(listed()).toStrictEqual([other]);
  });

  it('passes on a CreateSpace error after removing the entry; a space of that name is not deleted', async () => {
    studio.faults.set('createSpace', { error: sdkError('ResourceInUse'), times: 1 });
    const error = await runLaunchTest(params()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(studio.operations()).not.toContain('deleteSpace');
    expect(listed()).toStrictEqual([other]);
  });

  it("counts a space met again (ResourceInUse) as its own when the run's profile owns it", async () => {
    studio.faults.set('createSpace', {
      error: sdkError('ResourceInUse'),
      times: 1,
      applies: true,
    });
    const outcome = await runLaunchTest(params());
    expect(outcome.passed).toBe(true);
    expect(lines.join('\n')).toContain(`private space ${SPACE} already existed: this run's own`);
    expect(studio.operations()).toContain('deleteSpace');
    expect(studio.spaces.size).toBe(0);
  });

  it('leaves a space of the same name another profile owns, and says whose it is', async () => {
    studio.spaceOwner = 'someone';
    studio.faults.set('createSpace', {
      error: sdkError('ResourceInUse'),
      times: 1,
      applies: true,
    });
    await expect(runLaunchTest(params())).rejects.toThrow(
      `Launch test: a space named ${SPACE} already exists in Studio domain d-ci, owned by user profile someone, not by ci-launch: not this run's.`,
    );
    expect(studio.operations()).not.toContain('deleteSpace');
    expect(listed()).toStrictEqual([other]);
  });

  it('tries to delete a space whose CreateSpace answer was lost', async () => {
    studio.faults.set('createSpace', {
      error: sdkError('InternalFailure', 'x', 500),
      times: 1,
      applies: true,
    });
    await expect(runLaunchTest(params())).rejects.toMatchObject({ operation: 'createSpace' });
    expect(studio.operations()).toContain('deleteSpace');
    expect(studio.spaces.size).toBe(0);
  });

  it('deletes an app whose CreateApp answer was lost', async () => {
    studio.faults.set('createApp', {
      error: sdkError('ThrottlingException', 'x'),
      times: 1,
      applies: true,
    });
    await expect(runLaunchTest(params())).rejects.toBeInstanceOf(AwsCallError);
    expect(studio.operations()).toContain('deleteApp');
    expect(studio.appStatus()?.Status).toBe('Deleted');
    expect(studio.spaces.size).toBe(0);
  });

  it('fails on a read waiting cannot fix, and says what the clean-up could not do', async () => {
    studio.faults.set('describeApp', { error: sdkError('AccessDeniedException'), times: 99 });
    const error = await failure(runLaunchTest(params()));
    expect(error.passed).toBe(false);
    expect(error.message).toBe(
      [
        `Launch test clean-up failed: the JupyterLab app default (${SPACE}), the private space ${SPACE} are left in your account (a running app is billed). Remove them with:`,
        `  aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default`,
        `  aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
        'explained AccessDeniedException',
      ].join('\n'),
    );
    expect(lines).toContain(
      `Launch test clean-up left the JupyterLab app default (${SPACE}): explained AccessDeniedException. Remove it with: aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default`,
    );
    expect(listed()).toStrictEqual([other]);
  });

  it('reports a space it could not delete', async () => {
    studio.faults.set('deleteSpace', { error: sdkError('AccessDeniedException'), times: 1 });
    const outcome = await leftSomething(runLaunchTest(params()));
    expect(outcome.cleanupProblems).toStrictEqual([
      {
        what: `the private space ${SPACE}`,
        reason: 'explained AccessDeniedException',
        command: `aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
      },
    ]);
  });

  it('reports an app it could not delete, and the space behind it', async () => {
    studio.faults.set('deleteApp', { error: sdkError('AccessDeniedException'), times: 1 });
    const outcome = await leftSomething(runLaunchTest(params()));
    expect(outcome.cleanupProblems.map((p) => p.what)).toEqual([
      `the JupyterLab app default (${SPACE})`,
      `the private space ${SPACE}`,
    ]);
    expect(listed()).toStrictEqual([other]);
  });
});

describe('the test profile', () => {
  it('refuses a full list before anything is made', async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({
      ImageName: `i${i}`,
      AppImageConfigName: 'c',
    }));
    studio.profile.UserSettings = { JupyterLabAppSettings: { CustomImages: five } };
    await expect(runLaunchTest(params())).rejects.toThrow(/already lists 5 images/);
    expect(studio.operations()).toEqual(['describeUserProfile']);
  });

  it('refuses a profile that is not usable', async () => {
    studio.profile.Status = 'Update_Failed';
    studio.profile.FailureReason = 'role gone';
    await expect(runLaunchTest(params())).rejects.toThrow(
      'Launch test: user profile "ci-launch" is Update_Failed: role gone. Fix it, or set `user-profile` to another profile kept for CI, then re-run.',
    );
    expect(judgeProfile({ Status: 'Deleting' })).toStrictEqual({
      kind: 'failed',
      message:
        'Launch test: user profile "" is Deleting. Fix it, or set `user-profile` to another profile kept for CI, then re-run.',
    });
    expect(judgeProfile({}).kind).toBe('done');
    expect(judgeProfile({ Status: 'Pending' }).kind).toBe('pending');
  });

  it('reads again after a lost write answer, and does not write twice', async () => {
    studio.faults.set('updateUserProfile', {
      error: sdkError('ThrottlingException'),
      times: 1,
      applies: true,
    });
    await runLaunchTest(params());
    const writes = studio.calls.filter((c) => c.operation === 'updateUserProfile');
    expect(writes).toHaveLength(2); // one add, one removal
    // The read-modify-write ./studio uses: a pause, then a read, never the old body resent.
    expect(lines).toContain(
      'Launch test: user profile ci-launch: UpdateUserProfile got no clear answer (ThrottlingException); reading the profile again in 1.3 s to see what it holds.',
    );
    expect(listed()).toStrictEqual([other]);
  });

  it('waits when a write is refused while the profile is Updating, as ./studio does', async () => {
    studio.faults.set('updateUserProfile', { error: sdkError('ValidationException'), times: 1 });
    studio.profileStatuses = ['InService', 'Updating', 'InService'];
    await runLaunchTest(params());
    expect(lines).toContain(
      'Launch test: user profile ci-launch is Updating (another update is under way), so UpdateUserProfile was refused; waiting for it.',
    );
    expect(listed()).toStrictEqual([other]);
  });

  it('writes again when another writer dropped the entry, and gives up after a few rounds', async () => {
    let drops = 1;
    studio.afterWrite = (settings) => {
      if (drops-- <= 0) return settings;
      return { ...settings, JupyterLabAppSettings: { CustomImages: [other] } };
    };
    await runLaunchTest(params());
    expect(studio.calls.filter((c) => c.operation === 'updateUserProfile')).toHaveLength(3);

    studio = new FakeStudio(clock);
    studio.afterWrite = () => ({ JupyterLabAppSettings: { CustomImages: [other] } });
    await expect(runLaunchTest(params())).rejects.toThrow(
      `Launch test: user profile "ci-launch": other writers overwrote this run's entry ${MAX_PROFILE_WRITES} times in a row.`,
    );
    expect(studio.operations()).not.toContain('createSpace');
  });

  it("leaves another run's entry for the image alone when it keeps overwriting this run's", async () => {
    const theirs = { ...entry, AppImageConfigName: 'lt-my-image-v2-76-1', ImageVersionNumber: 2 };
    studio.afterWrite = () => ({ JupyterLabAppSettings: { CustomImages: [theirs] } });
    await expect(runLaunchTest(params())).rejects.toThrow(/other writers overwrote/);
    expect(studio.calls.filter((c) => c.operation === 'updateUserProfile')).toHaveLength(
      MAX_PROFILE_WRITES,
    );
    expect(listed()).toStrictEqual([theirs]);
    expect(studio.operations()).not.toContain('createSpace');
  });

  it('reports an entry it could not remove, with the write that removes it', async () => {
    let write = 0;
    studio.afterWrite = (settings) => {
      if (++write === 1)
        studio.faults.set('updateUserProfile', {
          error: sdkError('AccessDeniedException'),
          times: 1,
        });
      return settings;
    };
    const outcome = await leftSomething(runLaunchTest(params()));
    expect(outcome.cleanupProblems).toStrictEqual([
      {
        what: 'the entry for my-image in user profile ci-launch',
        reason: 'explained AccessDeniedException',
        command:
          'aws sagemaker update-user-profile --region eu-west-1 --domain-id d-ci --user-profile-name ci-launch --user-settings ' +
          `'{"JupyterLabAppSettings":{"CustomImages":[{"ImageName":"team","AppImageConfigName":"team"}]}}'`,
      },
    ]);
  });

  it('gives up removing an entry other writers keep putting back', async () => {
    let writes = 0;
    studio.afterWrite = (settings) =>
      ++writes === 1 ? settings : { JupyterLabAppSettings: { CustomImages: [other, entry] } };
    const outcome = await leftSomething(runLaunchTest(params()));
    expect(outcome.cleanupProblems).toHaveLength(1);
    expect(outcome.cleanupProblems[0]?.reason).toBe('other writers kept putting it back');
    expect(lines).toContain(
      "Launch test: user profile ci-launch: this run's entry is still listed after the update (another writer saved the settings from an older read); writing it again.",
    );
    expect(writes).toBe(1 + MAX_PROFILE_WRITES);
  });

  it('reports the planned removal when the profile cannot be read at clean-up', async () => {
    const original = studio.api.deleteSpace;
    studio.api.deleteSpace = async (...args) => {
      await original(...args);
      studio.faults.set('describeUserProfile', {
        error: sdkError('AccessDeniedException'),
        times: 9,
      });
    };
    const outcome = await leftSomething(runLaunchTest(params()));
    expect(outcome.cleanupProblems[0]?.command).toContain(
      `--user-settings '{"JupyterLabAppSettings":{"CustomImages":[{"ImageName":"team","AppImageConfigName":"team"}]}}'`,
    );
  });
});

describe('planLaunchTest', () => {
  it('reads the profile and lists the writes, sending none', async () => {
    const target = plannedTarget(
      'arn:aws:sagemaker:eu-west-1:123456789012:image/my-image',
      undefined,
    );
    const requests = await planLaunchTest({ ...params(), target });
    expect(requests.map((r) => r.operation)).toEqual([
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
    ]);
    expect(studio.operations()).toEqual(['describeUserProfile']);
  });

  it('fails on a full profile, as the real run would', async () => {
    studio.profile.UserSettings = {
      JupyterLabAppSettings: {
        CustomImages: Array.from({ length: 5 }, (_, i) => ({
          ImageName: `i${i}`,
          AppImageConfigName: 'c',
        })),
      },
    };
    const target = plannedTarget('arn:aws:sagemaker:eu-west-1:123456789012:image/my-image', 3);
    await expect(planLaunchTest({ ...params(), target })).rejects.toThrow(/already lists 5 images/);
  });
});

it.each<[StudioAppType, string]>([
  ['JupyterLab', 'JupyterLabAppSettings'],
  ['CodeEditor', 'CodeEditorAppSettings'],
])('%s writes the %s member', async (appType, member) => {
  studio.profile.UserSettings = {};
  await runLaunchTest(params({ appType }));
  expect(
    Object.keys((studio.calls[1]?.input as UpdateUserProfileRequest).UserSettings ?? {}),
  ).toEqual([member]);
});

describe('a temporary AppImageConfig, the saved state, a cancel', () => {
  const production = { ImageName: 'my-image', AppImageConfigName: 'my-image' };

  it("stands in for the profile's own entry with the temporary config, and gives the profile back as read", async () => {
    studio.profile.UserSettings = {
      JupyterLabAppSettings: {
        CustomImages: [production, other],
        LifecycleConfigArns: ['arn:lcc'],
      },
    };
    const before = structuredClone(studio.profile.UserSettings);
    await runLaunchTest(withConfig());
    const writes = studio.calls
      .filter((c) => c.operation === 'updateUserProfile')
      .map((c) => (c.input as UpdateUserProfileRequest).UserSettings?.JupyterLabAppSettings);
    expect(writes[0]?.CustomImages).toStrictEqual([
      { ImageName: 'my-image', AppImageConfigName: SPACE, ImageVersionNumber: 3 },
      other,
    ]);
    expect(studio.profile.UserSettings).toStrictEqual(before);
    expect(studio.operations()[1]).toBe('createAppImageConfig');
    expect(studio.operations().at(-1)).toBe('deleteAppImageConfig');
    expect(studio.configs.size).toBe(0);
  });

  it('saves what it made before each create is sent, and ends with nothing made', async () => {
    const saved: LaunchState[] = [];
    const original = studio.api.createApp;
    let savedAtCreateApp: LaunchState | undefined;
    studio.api.createApp = (...args) => {
      savedAtCreateApp = saved.at(-1);
      return original(...args);
    };
    await runLaunchTest(withConfig({ save: (state) => saved.push(structuredClone(state)) }));
    expect(savedAtCreateApp?.made).toMatchObject({ config: 'maybe', space: 'maybe', app: 'maybe' });
    expect(savedAtCreateApp?.made.entry).toBeDefined();
    expect(saved.at(-1)?.made).toStrictEqual({
      config: 'no',
      entry: undefined,
      restore: { dropEmptyList: false },
      space: 'no',
      app: 'no',
    });
  });

  it('on cancel, creates nothing more and removes what it made, once', async () => {
    const original = studio.api.createSpace;
    const running: { test?: ReturnType<typeof startLaunchTest> } = {};
    let commands: string[] = [];
    studio.api.createSpace = async (...args) => {
      await original(...args);
      commands = running.test?.commands() ?? [];
      void running.test?.cancel();
    };
    const test = startLaunchTest(withConfig());
    running.test = test;
    await expect(test.result).rejects.toBeInstanceOf(LaunchCancelled);
    expect(commands).toStrictEqual([
      `aws sagemaker delete-space --region eu-west-1 --domain-id d-ci --space-name ${SPACE}`,
      expect.stringMatching(/^aws sagemaker update-user-profile /),
      `aws sagemaker delete-app-image-config --region eu-west-1 --app-image-config-name ${SPACE}`,
    ]);
    expect(studio.operations()).not.toContain('createApp');
    expect(studio.operations().filter((op) => op === 'deleteSpace')).toHaveLength(1);
    expect(studio.spaces.size).toBe(0);
    expect(studio.configs.size).toBe(0);
    expect(listed()).toStrictEqual([other]);
  });

  it('counts an AppImageConfig met again (ResourceInUse) as its own, and removes it', async () => {
    studio.faults.set('createAppImageConfig', {
      error: sdkError('ResourceInUse'),
      times: 1,
      applies: true,
    });
    const outcome = await runLaunchTest(withConfig());
    expect(outcome.passed).toBe(true);
    expect(lines).toContain(
      `Launch test: AppImageConfig ${SPACE} already existed: this run's own (its name carries the run's id; the SDK resent a create whose answer was lost). Going on with it; the clean-up removes it.`,
    );
    expect(studio.configs.size).toBe(0);
  });

  it('stops at an AppImageConfig of its name that is not there to read, and deletes none', async () => {
    studio.faults.set('createAppImageConfig', { error: sdkError('ResourceInUse'), times: 1 });
    await expect(runLaunchTest(withConfig())).rejects.toMatchObject({
      operation: 'createAppImageConfig',
    });
    expect(studio.operations()).not.toContain('deleteAppImageConfig');
    expect(lines.join('\n')).not.toContain('already existed');
    expect(listed()).toStrictEqual([other]);
  });

  it('counts an app met again (ResourceInUse) as its own, and removes it', async () => {
    studio.faults.set('createApp', { error: sdkError('ResourceInUse'), times: 1, applies: true });
    const outcome = await runLaunchTest(params());
    expect(outcome.passed).toBe(true);
    expect(lines).toContain(
      `Launch test: the test app (JupyterLab, ${SPACE}) already existed: this run's own (its name carries the run's id; the SDK resent a create whose answer was lost). Going on with it; the clean-up removes it.`,
    );
    expect(studio.operations()).toContain('deleteApp');
  });

  it('fails naming a temporary AppImageConfig it could not delete, with the command', async () => {
    studio.faults.set('deleteAppImageConfig', {
      error: sdkError('AccessDeniedException', 'denied'),
      times: 1,
    });
    const error = await leftSomething(runLaunchTest(withConfig()));
    expect(error.cleanupProblems).toStrictEqual([
      {
        what: `the temporary AppImageConfig ${SPACE}`,
        reason: 'explained AccessDeniedException',
        command: `aws sagemaker delete-app-image-config --region eu-west-1 --app-image-config-name ${SPACE}`,
      },
    ]);
  });

  it.each([
    [
      'the temporary AppImageConfig alone',
      'createAppImageConfig',
      true,
      ['delete-app-image-config'],
    ],
    ['the entry, without a config', 'updateUserProfile', false, ['update-user-profile']],
    [
      'the space and the entry, without a config',
      'createSpace',
      false,
      ['delete-space', 'update-user-profile'],
    ],
  ] as const)(
    'on cancel with %s made, names only what it made',
    async (_, at, config, expected) => {
      const api = studio.api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const original = api[at] as (...args: unknown[]) => Promise<unknown>;
      const running: { test?: ReturnType<typeof startLaunchTest> } = {};
      let commands: string[] | undefined;
      api[at] = async (...args: unknown[]) => {
        const answer = await original(...args);
        if (commands === undefined) {
          commands = running.test?.commands() ?? [];
          void running.test?.cancel();
        }
        return answer;
      };
      const test = startLaunchTest(config ? withConfig() : params());
      running.test = test;
      await test.result.catch(() => undefined);
      expect(commands?.map((command) => command.split(' ')[2])).toStrictEqual(expected);
    },
  );

  it.each([
    [{ config: 'no', entry: undefined, space: 'no', app: 'no' }, false],
    [{ config: 'maybe', entry: undefined, space: 'no', app: 'no' }, true],
    [{ config: 'no', entry: {}, space: 'no', app: 'no' }, true],
    [{ config: 'no', entry: undefined, space: 'maybe', app: 'no' }, true],
    [{ config: 'no', entry: undefined, space: 'no', app: 'maybe' }, true],
  ] as const)('sees something left in %p: %p', (made, expected) => {
    expect(anythingMade(made as unknown as LaunchState['made'])).toBe(expected);
  });

  it('the post step removes what a killed run saved, from the state alone', async () => {
    const saved: LaunchState[] = [];
    // The run is "killed" once the app was sent: its promise is left behind.
    studio.api.createApp = () => new Promise(() => undefined);
    void startLaunchTest(withConfig({ save: (state) => saved.push(structuredClone(state)) }))
      .result;
    await new Promise((resolve) => setImmediate(resolve));
    const state = JSON.parse(JSON.stringify(saved.at(-1))) as LaunchState;
    expect(state.made.app).toBe('maybe');

    const { settings: _s, imageVersionArn: _i, appType: _a, runTag: _r, ...session } = params();
    const problems = await cleanUpAfter(session, state);
    expect(problems).toStrictEqual([]);
    expect(studio.spaces.size).toBe(0);
    expect(studio.configs.size).toBe(0);
    expect(listed()).toStrictEqual([other]);
  });
});

describe('what the log, the saved state and the failure say', () => {
  /** Starts a test and cancels it once `operation` has answered for the `nth` time. */
  const cancelAfter = async (
    operation: Operation,
    run: LaunchTestParams,
    nth = 1,
  ): Promise<unknown> => {
    const api = studio.api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const original = api[operation] as (...args: unknown[]) => Promise<unknown>;
    const running: { test?: ReturnType<typeof startLaunchTest> } = {};
    let calls = 0;
    api[operation] = async (...args: unknown[]) => {
      const answer = await original(...args);
      if (++calls === nth) void running.test?.cancel();
      return answer;
    };
    const test = startLaunchTest(run);
    running.test = test;
    return test.result.catch((error: unknown) => error);
  };
  const cancelled = (error: unknown): void => {
    expect(error).toBeInstanceOf(LaunchCancelled);
    expect((error as Error).message).toBe('Launch test cancelled.');
  };

  it('a cancel while the app starts stops the wait, and the clean-up deletes the app', async () => {
    const error = await cancelAfter('describeApp', params(), 2);
    cancelled(error);
    expect(studio.operations()).toContain('deleteApp');
    expect(studio.appStatus()?.Status).toBe('Deleted');
    expect(studio.spaces.size).toBe(0);
    expect(lines.filter((line) => line.startsWith('Launch test passed'))).toStrictEqual([]);
  });

  it('a cancel that lands on the last read before the timeout ends as a cancel, not a timeout', async () => {
    studio.script = { startMs: Number.POSITIVE_INFINITY, ends: 'InService', deleteMs: 0 };
    const original = studio.api.describeApp;
    const running: { test?: ReturnType<typeof startLaunchTest> } = {};
    studio.api.describeApp = async (...args) => {
      const app = await original(...args);
      if (clock.now() >= 15_000) void running.test?.cancel();
      return app;
    };
    const test = startLaunchTest(
      params({ settings: { ...params().settings, timeoutSeconds: 15 } }),
    );
    running.test = test;
    cancelled(await test.result.catch((error: unknown) => error));
    expect(lines.join('\n')).not.toContain('stopped waiting for InService');
  });

  it('a cancel once the temporary AppImageConfig is made writes nothing to the profile', async () => {
    const error = await cancelAfter('createAppImageConfig', withConfig());
    cancelled(error);
    expect(studio.operations()).not.toContain('updateUserProfile');
    expect(studio.configs.size).toBe(0);
  });

  it('a cancel once the entry is written creates no space', async () => {
    const error = await cancelAfter('updateUserProfile', params());
    cancelled(error);
    expect(studio.operations()).not.toContain('createSpace');
    expect(listed()).toStrictEqual([other]);
  });

  it('saves a refused create as not made before the clean-up starts', async () => {
    studio.spaceOwner = 'someone';
    studio.faults.set('createSpace', { error: sdkError('ResourceInUse'), times: 1, applies: true });
    const saves: string[] = [];
    const save = (state: LaunchState): void => {
      const { app, space, entry: written } = state.made;
      saves.push(
        `${studio.operations().at(-1)}: app ${app}, space ${space}, entry ${written ? 'yes' : 'no'}`,
      );
    };
    const error = await runLaunchTest(params({ save })).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `Launch test: a space named ${SPACE} already exists in Studio domain d-ci, owned by user profile someone, not by ci-launch: not this run's. ` +
        'Keep the `lt-` names for the launch test, then re-run.',
    );
    expect(saves).toStrictEqual([
      'describeUserProfile: app no, space no, entry yes',
      'describeUserProfile: app no, space maybe, entry yes',
      'describeSpace: app no, space no, entry yes',
      'describeUserProfile: app no, space no, entry no',
    ]);
    expect(lines.join('\n')).not.toContain('already existed');
  });

  it('a space of its name without an owner is not its own: CreateSpace fails as SageMaker said', async () => {
    studio.api.describeSpace = (_client, domainId, name) =>
      Promise.resolve({ DomainId: domainId, SpaceName: name });
    studio.faults.set('createSpace', { error: sdkError('ResourceInUse'), times: 1 });
    const error = await runLaunchTest(params()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(errorFacts(error).name).toBe('ResourceInUse');
    expect(studio.operations()).not.toContain('deleteSpace');
  });

  it.each([
    ['no app of its name', undefined],
    ['an app of its name being deleted', 0],
    ['an app of its name deleted', -60_000],
  ])(
    'a CreateApp refused (ResourceInUse) with %s is not its own: nothing to delete',
    async (_, deletedAt) => {
      if (deletedAt !== undefined) studio.app = { createdAt: -200_000, deletedAt };
      // SageMaker would refuse DeleteSpace while that app is Deleting: not what this test is about.
      studio.api.deleteSpace = (_client, _domainId, name) => {
        studio.spaces.delete(name);
        return Promise.resolve();
      };
      studio.faults.set('createApp', { error: sdkError('ResourceInUse'), times: 1 });
      const made: string[] = [];
      const error = await runLaunchTest(
        params({ save: (state) => made.push(state.made.app) }),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AwsCallError);
      expect(errorFacts(error).name).toBe('ResourceInUse');
      expect(studio.operations().filter((op) => op.endsWith('App'))).toStrictEqual([
        'createApp',
        'describeApp',
      ]);
      expect(made.slice(-4)).toStrictEqual(['maybe', 'no', 'no', 'no']);
      expect(lines.join('\n')).not.toMatch(/already existed|deleted the test app/);
      expect(studio.spaces.size).toBe(0);
    },
  );

  it('leads with what the clean-up left when the version failed too', async () => {
    studio.script = { startMs: 40_000, ends: 'Failed', reason: 'InternalFailure', deleteMs: 5000 };
    studio.faults.set('deleteSpace', { error: sdkError('AccessDeniedException'), times: 1 });
    const error = await failure(runLaunchTest(params()));
    expect(error.passed).toBe(false);
    const [first, ...rest] = error.message.split('\n');
    expect(first).toBe(
      `Launch test clean-up failed: the private space ${SPACE} is left in your account (a running app is billed). Remove it with:`,
    );
    expect(rest.at(-1)).toMatch(
      /^Launch test failed: SageMaker image version my-image:3 did not start /,
    );
  });

  it('counts from when CreateApp was sent, on a clock that does not start at zero', async () => {
    clock.advance(1_750_000_000_000);
    const original = studio.api.createApp;
    // CreateApp takes 3 s to answer.
    studio.api.createApp = async (...args) => {
      await original(...args);
      clock.advance(3000);
    };
    const outcome = await runLaunchTest(params());
    expect(outcome.seconds).toBeGreaterThanOrEqual(90);
    expect(outcome.seconds).toBeLessThan(96);
    expect(lines).toContain(
      `Launch test, waiting for InService: the test app (JupyterLab, ${SPACE}): Pending 4.0 s after CreateApp`,
    );
  });

  it('on a timeout, says the app went missing while the clean-up watched it', async () => {
    clock.advance(1_750_000_000_000);
    studio.script = { startMs: Number.POSITIVE_INFINITY, ends: 'InService', deleteMs: 0 };
    studio.appGoneAt = clock.now() + 20_000;
    const error = await failure(
      runLaunchTest(params({ settings: { ...params().settings, timeoutSeconds: 15 } })),
    );
    const gone =
      'the test app never came InService while the clean-up watched it: it was missing 21.0 s after CreateApp.';
    expect(lines).toContain(`Launch test clean-up: ${gone}`);
    expect(error.message).toContain(`The ${gone.slice(4)}`);
    expect(error.cleanupProblems).toStrictEqual([]);
  });

  it('when the app cannot be read at all, times out and says what it could not delete', async () => {
    studio.faults.set('describeApp', { error: sdkError('ThrottlingException'), times: 1e9 });
    const error = await failure(
      runLaunchTest(params({ settings: { ...params().settings, timeoutSeconds: 15 } })),
    );
    expect(error.message).toMatch(/^Launch test clean-up failed: the JupyterLab app default /);
    expect(error.message).toContain('Launch test timed out: ');
    expect(error.cleanupProblems.map((problem) => problem.reason)).toStrictEqual([
      'explained ThrottlingException',
      'SageMaker deletes a space only once its app is deleted',
    ]);
    expect(lines.join('\n')).not.toContain('Launch test clean-up: the test app');
  });

  it('after a timeout, says once when the app came up, though deleting it then fails', async () => {
    studio.script = { startMs: 20_500, ends: 'InService', deleteMs: 5000 };
    studio.faults.set('deleteApp', { error: sdkError('AccessDeniedException'), times: 1 });
    await failure(
      runLaunchTest(params({ settings: { ...params().settings, timeoutSeconds: 15 } })),
    );
    expect(
      lines.filter((line) => line.includes('came InService 21.0 s after CreateApp')),
    ).toHaveLength(1);
  });

  it('says when the clean-up lost sight of the app it waited for', async () => {
    studio.script = { startMs: Number.POSITIVE_INFINITY, ends: 'InService', deleteMs: 0 };
    const original = studio.api.describeApp;
    // Readable until the test times out at 15 s, and once more, then throttled for good.
    let readsAfterTimeout = 0;
    studio.api.describeApp = (...args) => {
      if (clock.now() >= 15_000 && ++readsAfterTimeout > 2)
        return Promise.reject(new AwsCallError('DescribeApp', sdkError('ThrottlingException')));
      return original(...args);
    };
    const error = await failure(
      runLaunchTest(params({ settings: { ...params().settings, timeoutSeconds: 15 } })),
    );
    expect(error.cleanupProblems[0]).toStrictEqual({
      what: `the JupyterLab app default (${SPACE})`,
      reason: 'it was still unknown when the clean-up stopped waiting',
      command: `aws sagemaker delete-app --region eu-west-1 --domain-id d-ci --space-name ${SPACE} --app-type JupyterLab --app-name default`,
    });
  });

  it('reads a profile that is not usable once', async () => {
    studio.profile.Status = 'Update_Failed';
    await expect(runLaunchTest(params())).rejects.toThrow(/is Update_Failed/);
    expect(studio.operations()).toStrictEqual(['describeUserProfile']);
  });

  it("labels the profile's waits as the test's or the clean-up's", async () => {
    studio.profileStatuses = ['Updating', 'Updating', 'InService'];
    const original = studio.api.deleteSpace;
    studio.api.deleteSpace = async (...args) => {
      await original(...args);
      studio.profileStatuses = ['Updating', 'InService'];
    };
    await runLaunchTest(params());
    expect(lines.filter((line) => line.includes('waiting for the profile'))).toStrictEqual([
      'Launch test, waiting for the profile to settle: user profile ci-launch: Updating after 1.0 s',
      'Launch test, waiting for the profile to settle: user profile ci-launch: InService after 3.5 s',
      'Launch test clean-up, waiting for the profile to settle: user profile ci-launch: InService after 1.0 s',
    ]);
    // The first read of each wait is not logged (it is the read before waiting).
  });

  it('says in full why it gave up adding the entry', async () => {
    studio.afterWrite = () => ({ JupyterLabAppSettings: { CustomImages: [other] } });
    await expect(runLaunchTest(params())).rejects.toThrow(
      new ActionError(
        `Launch test: user profile "ci-launch": other writers overwrote this run's entry ${MAX_PROFILE_WRITES} times in a row. ` +
          'Keep the profile for one pipeline at a time (a `concurrency:` group), then re-run.',
      ),
    );
  });

  it('gives a profile its own empty list back', async () => {
    studio.profile.UserSettings = { JupyterLabAppSettings: { CustomImages: [] } };
    await runLaunchTest(params());
    expect(studio.profile.UserSettings).toStrictEqual({
      JupyterLabAppSettings: { CustomImages: [] },
    });
  });

  it('logs the temporary AppImageConfig made and deleted, and the entry standing in', async () => {
    studio.profile.UserSettings = { JupyterLabAppSettings: { CustomImages: [entry, other] } };
    await runLaunchTest(withConfig());
    expect(lines).toEqual(
      expect.arrayContaining([
        `Launch test: created the temporary AppImageConfig ${SPACE} from \`app-image-config\`.`,
        "Launch test: added my-image to user profile ci-launch for this run, in place of the profile's own entry for it (put back after).",
        `Launch test: deleted the temporary AppImageConfig ${SPACE}.`,
      ]),
    );
  });

  /** The state a run killed while CreateApp was on its way saved (the app was created). */
  const killedAtCreateApp = async (): Promise<LaunchState> => {
    const saved: LaunchState[] = [];
    const original = studio.api.createApp;
    studio.api.createApp = async (...args) => {
      await original(...args);
      return new Promise(() => undefined);
    };
    void startLaunchTest(withConfig({ save: (state) => saved.push(structuredClone(state)) }))
      .result;
    await new Promise((resolve) => setImmediate(resolve));
    lines = [];
    return JSON.parse(JSON.stringify(saved.at(-1))) as LaunchState;
  };
  const postStep = (state: LaunchState, save?: LaunchTestParams['save']) => {
    const { settings: _s, imageVersionArn: _i, appType: _a, runTag: _r, ...session } = params();
    return cleanUpAfter({ ...session, ...(save === undefined ? {} : { save }) }, state);
  };

  it('the post step saves as each thing goes, waiting out a Pending app from its own start', async () => {
    const state = await killedAtCreateApp();
    const saves: LaunchState[] = [];
    expect(await postStep(state, (saved) => saves.push(structuredClone(saved)))).toStrictEqual([]);
    expect(
      saves.map(({ made }) => [made.app, made.space, made.entry === undefined, made.config]),
    ).toStrictEqual([
      ['no', 'maybe', false, 'maybe'],
      ['no', 'no', false, 'maybe'],
      ['no', 'no', true, 'maybe'],
      ['no', 'no', true, 'no'],
    ]);
    expect(saves.every((saved) => JSON.stringify(saved.plan) === JSON.stringify(state.plan))).toBe(
      true,
    );
    const app = `the test app (JupyterLab, ${SPACE})`;
    expect(lines.filter((line) => line.includes(app))).toStrictEqual([
      `Launch test clean-up, waiting for it to leave Pending: ${app}: Pending after 1.0 s`,
      `Launch test clean-up, waiting for it to leave Pending: ${app}: still Pending after 31.2 s (15 checks)`,
      `Launch test clean-up, waiting for it to leave Pending: ${app}: still Pending after 62.2 s (25 checks)`,
      `Launch test clean-up, waiting for it to leave Pending: ${app}: InService after 91.4 s`,
      `Launch test clean-up, waiting for Deleted: ${app}: Deleting 1.0 s after DeleteApp`,
      `Launch test clean-up, waiting for Deleted: ${app}: Deleted 20.7 s after DeleteApp`,
      `Launch test: deleted ${app}.`,
    ]);
    expect(lines).toContain(`Launch test: deleted the temporary AppImageConfig ${SPACE}.`);
  });

  it('the post step sends no DeleteApp for an app already Deleted', async () => {
    const state = await killedAtCreateApp();
    studio.app = { createdAt: -200_000, deletedAt: -60_000 };
    const before = studio.calls.length;
    expect(await postStep(state)).toStrictEqual([]);
    expect(studio.calls.slice(before).map((call) => call.operation)).not.toContain('deleteApp');
    expect(lines).toContain(`Launch test: deleted the test app (JupyterLab, ${SPACE}).`);
  });

  it('the post step waits for an app being deleted, and sends no DeleteApp', async () => {
    const state = await killedAtCreateApp();
    (studio.app as { deletedAt?: number }).deletedAt = clock.now();
    studio.script = { ...studio.script, startMs: 0 };
    const before = studio.calls.length;
    expect(await postStep(state)).toStrictEqual([]);
    expect(studio.calls.slice(before).map((call) => call.operation)).not.toContain('deleteApp');
    expect(lines.filter((line) => line.includes('waiting for Deleted'))).toStrictEqual([
      `Launch test clean-up, waiting for Deleted: the test app (JupyterLab, ${SPACE}): Deleting after 1.0 s`,
      `Launch test clean-up, waiting for Deleted: the test app (JupyterLab, ${SPACE}): Deleted after 20.7 s`,
    ]);
  });
});
