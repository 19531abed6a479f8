// The launch test's plan, pure: the space's name, the requests, the test profile's entry, and what
// an app's status means.
import { describe, expect, it } from '@jest/globals';
import type { CustomImage, UserSettings } from '@aws-sdk/client-sagemaker';
import {
  MAX_NAME_LENGTH,
  judgeDeletable,
  judgeDeleted,
  judgeStart,
  launchName,
  launchTarget,
  listsEntry,
  planEntry,
  planEntryRemoval,
  planLaunch,
  plannedRequests,
  plannedTarget,
  runsInSpace,
  type LaunchPlan,
} from '../../src/launch-test/plan.js';
import type { StudioAppType } from '../../src/inputs/studio-inputs.js';

const SPACE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/my.image/3';
const IMAGE_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:image/my.image';
const settings = {
  domainId: 'd-ci',
  userProfileName: 'ci-launch',
  instanceType: 'ml.t3.medium',
  timeoutSeconds: 900,
};
const planFor = (appType: StudioAppType = 'JupyterLab', arn = ARN): LaunchPlan =>
  planLaunch({
    settings,
    target: launchTarget(arn),
    appType,
    appImageConfigName: 'my-image',
    runTag: '1234567890-2',
  });
const entry: CustomImage = {
  ImageName: 'my.image',
  AppImageConfigName: 'my-image',
  ImageVersionNumber: 3,
};
const other: CustomImage = { ImageName: 'team', AppImageConfigName: 'team' };

describe('launchName', () => {
  it.each([
    ['my-image', 3, '1234567890-2', 'lt-my-image-v3-1234567890-2'],
    ['my.image', 3, '1234567890-2', 'lt-my-image-v3-1234567890-2'],
    ['My.Image.V2', 12, '42-1', 'lt-my-image-v2-v12-42-1'],
    ['a', 1, '', 'lt-a-v1-run'],
    ['a', 1, 'run #12 / attempt 3', 'lt-a-v1-run-12-attempt-3'],
    ['a', undefined, '9-1', 'lt-a-vnew-9-1'],
    ['a', 1, 'x'.repeat(19) + '-yyy', `lt-a-v1-${'x'.repeat(19)}`],
    ['a', 1, '12345678901234567890123', 'lt-a-v1-12345678901234567890'],
    ['_my_image_', 3, '#12/1', 'lt-my-image-v3-12-1'],
    ['--', 1, '1', 'lt-image-v1-1'],
    // 55 characters fill the 63 exactly: not cut.
    ['a'.repeat(55), 1, '1', `lt-${'a'.repeat(55)}-v1-1`],
  ])('names %p version %p in run %p: %p', (image, version, tag, expected) => {
    expect(launchName(image, version, tag)).toBe(expected);
  });

  it('cuts a long image name and keeps it apart from another with the same start', () => {
    const long = `${'a.b'.repeat(20)}.c1`;
    const twin = `${'a.b'.repeat(20)}.c2`;
    const name = launchName(long, 123, '1234567890-1');
    expect(name.length).toBeGreaterThan(MAX_NAME_LENGTH - 3);
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(name).toMatch(SPACE_NAME);
    expect(name).toMatch(/^lt-a-ba-b.*-[0-9a-f]{6}-v123-1234567890-1$/);
    expect(launchName(twin, 123, '1234567890-1')).not.toBe(name);
    expect(launchName(long, 123, '1234567890-1')).toBe(name);
  });

  it('keeps every name within SpaceName pattern and length', () => {
    const images = ['x', 'a.b', 'A-B.C', `${'z'.repeat(62)}9`, `${'q.'.repeat(31)}q`, 'a-.b'];
    for (const image of images) {
      for (const version of [1, 99999, undefined]) {
        for (const tag of ['', '1', '9'.repeat(40), '--', 'Ü-1']) {
          const name = launchName(image, version, tag);
          expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
          expect(name).toMatch(SPACE_NAME);
        }
      }
    }
  });
});

describe('the target', () => {
  it('reads the version ARN, and fails on one it cannot read', () => {
    expect(launchTarget(ARN)).toEqual({
      imageName: 'my.image',
      imageArn: IMAGE_ARN,
      versionArn: ARN,
      version: 3,
      partition: 'aws',
      region: 'eu-west-1',
    });
    expect(() => launchTarget('arn:nope')).toThrow(/cannot read/);
  });

  it('keeps the name as the user spelled it, which the ARN holds in lower case', () => {
    expect(launchTarget(ARN, 'My.Image')).toMatchObject({ imageName: 'My.Image', version: 3 });
    expect(plannedTarget(IMAGE_ARN, undefined, 'My.Image').imageName).toBe('My.Image');
  });

  it('plans a version not created yet from the image ARN', () => {
    expect(plannedTarget(IMAGE_ARN, undefined)).toEqual({
      imageName: 'my.image',
      imageArn: IMAGE_ARN,
      versionArn: `${IMAGE_ARN.replace(':image/', ':image-version/')}/<new version>`,
      version: undefined,
      partition: 'aws',
      region: 'eu-west-1',
    });
    expect(plannedTarget('arn:aws-cn:sagemaker:cn-north-1:1:image/x', 4)).toMatchObject({
      versionArn: 'arn:aws-cn:sagemaker:cn-north-1:1:image-version/x/4',
      partition: 'aws-cn',
      region: 'cn-north-1',
      version: 4,
    });
    expect(plannedTarget('', undefined)).toMatchObject({
      imageName: '',
      partition: 'aws',
      region: '',
    });
  });
});

describe('planLaunch', () => {
  it('plans a private JupyterLab space owned by the test profile, and its app', () => {
    const plan = planFor();
    const name = 'lt-my-image-v3-1234567890-2';
    expect(plan.name).toBe(name);
    expect(plan.createSpace).toStrictEqual({
      DomainId: 'd-ci',
      SpaceName: name,
      SpaceDisplayName: 'Launch test my.image 3',
      OwnershipSettings: { OwnerUserProfileName: 'ci-launch' },
      SpaceSharingSettings: { SharingType: 'Private' },
      SpaceSettings: { AppType: 'JupyterLab' },
    });
    expect(plan.createApp).toStrictEqual({
      DomainId: 'd-ci',
      SpaceName: name,
      AppType: 'JupyterLab',
      AppName: 'default',
      ResourceSpec: {
        SageMakerImageArn: IMAGE_ARN,
        SageMakerImageVersionArn: ARN,
        InstanceType: 'ml.t3.medium',
      },
    });
    expect(plan.app).toStrictEqual({
      DomainId: 'd-ci',
      SpaceName: name,
      AppType: 'JupyterLab',
      AppName: 'default',
    });
    expect(plan.entry).toStrictEqual(entry);
    expect(plan.logStreamPrefix).toBe(`d-ci/${name}/`);
    expect(plan.consoleUrl).toBe(
      'https://eu-west-1.console.aws.amazon.com/sagemaker/home?region=eu-west-1#/studio/d-ci',
    );
  });

  it('plans a Code Editor space for Code Editor', () => {
    expect(planFor('CodeEditor').createSpace?.SpaceSettings).toEqual({ AppType: 'CodeEditor' });
    expect(planFor('CodeEditor').createApp.AppName).toBe('default');
  });

  it('plans a KernelGateway app of the profile itself, without a space', () => {
    const plan = planFor('KernelGateway');
    expect(plan.createSpace).toBeUndefined();
    expect(plan.app).toStrictEqual({
      DomainId: 'd-ci',
      UserProfileName: 'ci-launch',
      AppType: 'KernelGateway',
      AppName: plan.name,
    });
    expect(plan.createApp.ResourceSpec?.SageMakerImageVersionArn).toBe(ARN);
    expect(plan.logStreamPrefix).toBe(`d-ci/ci-launch/KernelGateway/${plan.name}`);
  });

  it('keeps the display name within 64 characters, and has no console link without one', () => {
    const long = `arn:aws-iso:sagemaker:us-iso-east-1:123456789012:image-version/${'x'.repeat(63)}/7`;
    const plan = planFor('JupyterLab', long);
    expect(plan.createSpace?.SpaceDisplayName).toHaveLength(64);
    expect(plan.consoleUrl).toBeUndefined();
  });

  it('shows a version not created yet as a placeholder', () => {
    const plan = planLaunch({
      settings,
      target: plannedTarget(IMAGE_ARN, undefined),
      appType: 'JupyterLab',
      appImageConfigName: 'my-image',
      runTag: '1',
    });
    expect(plan.entry.ImageVersionNumber).toBe('<new version>');
    expect(plan.createSpace?.SpaceDisplayName).toBe('Launch test my.image <new version>');
    expect(plan.name).toBe('lt-my-image-vnew-1');
  });

  it.each([
    ['JupyterLab', true],
    ['CodeEditor', true],
    ['KernelGateway', false],
  ] as const)('runs %s in a space: %p', (appType, inSpace) => {
    expect(runsInSpace(appType)).toBe(inSpace);
  });
});

describe('the test profile entry', () => {
  const withLab = (images: CustomImage[], rest: object = {}): UserSettings => ({
    JupyterLabAppSettings: { ...rest, CustomImages: images },
    CodeEditorAppSettings: { CustomImages: [other] },
  });

  it('adds the entry to an empty profile', () => {
    const planned = planEntry(planFor(), undefined);
    expect(planned.imagesBefore).toEqual([]);
    expect(planned.request).toStrictEqual({
      DomainId: 'd-ci',
      UserProfileName: 'ci-launch',
      UserSettings: { JupyterLabAppSettings: { CustomImages: [entry] } },
    });
  });

  it('sends the member back whole, as read, with the entry appended; no other member', () => {
    const rest = {
      DefaultResourceSpec: { InstanceType: 'ml.t3.large' },
      LifecycleConfigArns: ['arn:lcc'],
    };
    const planned = planEntry(planFor(), withLab([other], rest));
    expect(planned.imagesBefore).toEqual([other]);
    expect(planned.request?.UserSettings).toStrictEqual({
      JupyterLabAppSettings: { ...rest, CustomImages: [other, entry] },
    });
  });

  it('writes the member of the app type: KernelGateway', () => {
    const planned = planEntry(planFor('KernelGateway'), withLab([]));
    expect(planned.request?.UserSettings).toStrictEqual({
      KernelGatewayAppSettings: { CustomImages: [entry] },
    });
  });

  it('writes nothing when the profile lists the image with this config (any case, any version)', () => {
    const listed = { ImageName: 'MY.IMAGE', AppImageConfigName: 'my-image', ImageVersionNumber: 1 };
    expect(planEntry(planFor(), withLab([other, listed]))).toStrictEqual({
      imagesBefore: [other, listed],
      ownList: true,
    });
  });

  it("stands in for the profile's own entry of this image, in its place, and puts it back after", () => {
    const own = { ImageName: 'my.image', AppImageConfigName: 'old' };
    const plan = planFor();
    const planned = planEntry(plan, withLab([other, own], { X: 1 }));
    expect(planned.replaced).toStrictEqual(own);
    expect(planned.request?.UserSettings).toStrictEqual({
      JupyterLabAppSettings: { X: 1, CustomImages: [other, plan.entry] },
    });
    // A full list is no obstacle: the entry takes a place, it adds none.
    const five = [
      own,
      ...Array.from({ length: 4 }, (_, i) => ({ ImageName: `i${i}`, AppImageConfigName: 'c' })),
    ];
    expect(planEntry(plan, withLab(five)).request).toBeDefined();
    expect(
      planEntryRemoval(plan, withLab([other, plan.entry], { X: 1 }), { replaced: own })
        ?.UserSettings,
    ).toStrictEqual({ JupyterLabAppSettings: { X: 1, CustomImages: [other, own] } });
  });

  it('stands in for a newer version of the image too (a rollback is the point of a test)', () => {
    const newer = { ImageName: 'my.image', AppImageConfigName: 'old', ImageVersionNumber: 7 };
    const plan = planFor();
    const planned = planEntry(plan, withLab([newer, other]));
    expect(planned.replaced).toStrictEqual(newer);
    expect(planned.request?.UserSettings?.JupyterLabAppSettings?.CustomImages).toStrictEqual([
      plan.entry,
      other,
    ]);
    expect(planEntry(plan, withLab([other]))).not.toHaveProperty('replaced');
  });

  it('names the temporary AppImageConfig in the entry whenever the test makes one', () => {
    const plan = planLaunch({
      settings,
      target: launchTarget(ARN),
      appType: 'JupyterLab',
      appImageConfigName: 'my-image',
      configRequest: { JupyterLabAppImageConfig: {} },
      runTag: '1234567890-2',
    });
    expect(plan.entry.AppImageConfigName).toBe(plan.name);
    expect(plan.createConfig?.AppImageConfigName).toBe(plan.name);
  });

  it('refuses a full list (5 images), accepts 4', () => {
    const images = (n: number): CustomImage[] =>
      Array.from({ length: n }, (_, i) => ({ ImageName: `i${i}`, AppImageConfigName: 'c' }));
    expect(() => planEntry(planFor(), withLab(images(5)))).toThrow(
      'Launch test: user profile "ci-launch" already lists 5 images in UserSettings.JupyterLabAppSettings.CustomImages, the most SageMaker allows at a user profile is 5, so the test cannot add "my.image" for its run. Remove images from the test profile (it is kept for CI), then re-run; nothing was created.',
    );
    expect(
      planEntry(planFor(), withLab(images(4))).request?.UserSettings?.JupyterLabAppSettings
        ?.CustomImages,
    ).toHaveLength(5);
  });

  it('removes exactly the entry added, keeping the rest of the member', () => {
    const older = { ...entry, ImageVersionNumber: 2 };
    const removal = planEntryRemoval(planFor(), withLab([other, entry, older], { X: 1 }));
    expect(removal).toStrictEqual({
      DomainId: 'd-ci',
      UserProfileName: 'ci-launch',
      UserSettings: { JupyterLabAppSettings: { X: 1, CustomImages: [other, older] } },
    });
    expect(planEntryRemoval(planFor(), withLab([other, older]))).toBeUndefined();
    expect(planEntryRemoval(planFor(), undefined)).toBeUndefined();
    expect(planEntryRemoval(planFor(), withLab([{ ...entry, AppImageConfigName: 'x' }]))).toBe(
      undefined,
    );
  });

  it('knows whether the profile had a list of its own, an empty one included', () => {
    expect(planEntry(planFor(), undefined).ownList).toBe(false);
    expect(planEntry(planFor(), { JupyterLabAppSettings: { X: 1 } } as UserSettings).ownList).toBe(
      false,
    );
    expect(planEntry(planFor(), withLab([])).ownList).toBe(true);
    expect(planEntry(planFor('KernelGateway'), withLab([])).ownList).toBe(false);
  });

  it('gives a profile that had no list none back, not an empty one (dropEmptyList)', () => {
    expect(
      planEntryRemoval(planFor(), withLab([entry], { X: 1 }), { dropEmptyList: true }),
    ).toStrictEqual({
      DomainId: 'd-ci',
      UserProfileName: 'ci-launch',
      UserSettings: { JupyterLabAppSettings: { X: 1 } },
    });
    // Images another writer added meanwhile stay.
    expect(
      planEntryRemoval(planFor(), withLab([other, entry]), { dropEmptyList: true })?.UserSettings,
    ).toStrictEqual({
      JupyterLabAppSettings: { CustomImages: [other] },
    });
    expect(planEntryRemoval(planFor(), withLab([entry]))?.UserSettings).toStrictEqual({
      JupyterLabAppSettings: { CustomImages: [] },
    });
  });

  it('sees whether the exact entry is listed', () => {
    expect(listsEntry(planFor(), withLab([other, { ...entry, ImageName: 'My.Image' }]))).toBe(true);
    expect(listsEntry(planFor(), withLab([{ ...entry, ImageVersionNumber: 2 }]))).toBe(false);
    expect(listsEntry(planFor(), undefined)).toBe(false);
  });
});

describe('what an app status means', () => {
  it.each([
    [{ Status: 'InService' }, { kind: 'done', value: { status: 'InService' } }],
    [
      { Status: 'Failed', FailureReason: 'InternalFailure' },
      { kind: 'done', value: { status: 'Failed', reason: 'InternalFailure' } },
    ],
    [{ Status: 'Failed' }, { kind: 'done', value: { status: 'Failed', reason: '' } }],
    [{ Status: 'Pending' }, { kind: 'pending' }],
  ] as const)('while starting, %p is %p', (app, verdict) => {
    expect(judgeStart(app)).toStrictEqual(verdict);
  });

  it.each([
    [{ Status: 'Deleting' }, 'Deleting'],
    [{ Status: 'Deleted' }, 'Deleted'],
    [undefined, 'missing'],
  ] as const)('while starting, %p fails the test as deleted', (app, shown) => {
    expect(judgeStart(app)).toStrictEqual({
      kind: 'failed',
      message: `Launch test: the test app went ${shown} while it started: someone or something else deleted it. Keep the test profile for CI only, then re-run.`,
    });
  });

  it.each([
    [{ Status: 'Pending' }, 'pending'],
    [{ Status: 'InService' }, 'done'],
    [{ Status: 'Failed' }, 'done'],
    [{ Status: 'Deleting' }, 'done'],
    [undefined, 'done'],
  ] as const)('before deleting, %p is %p', (app, kind) => {
    const verdict = judgeDeletable(app);
    expect(verdict.kind).toBe(kind);
    if (verdict.kind === 'done') expect(verdict.value).toBe(app);
  });

  it.each([
    [{ Status: 'Deleted' }, 'done'],
    [undefined, 'done'],
    [{ Status: 'Deleting' }, 'pending'],
    [{ Status: 'InService' }, 'pending'],
    [{ Status: 'Failed' }, 'pending'],
  ] as const)('after deleting, %p is %p', (app, kind) => {
    expect(judgeDeleted(app).kind).toBe(kind);
  });
});

describe('plannedRequests', () => {
  it('lists every write of a JupyterLab test that adds an entry, in order', () => {
    const plan = planFor();
    const requests = plannedRequests(plan, undefined);
    expect(requests.map((r) => r.operation)).toEqual([
      'UpdateUserProfile',
      'CreateSpace',
      'CreateApp',
      'DeleteApp',
      'DeleteSpace',
      'UpdateUserProfile',
    ]);
    expect(requests[0]?.input).toEqual(planEntry(plan, undefined).request);
    expect(requests[1]?.input).toBe(plan.createSpace);
    expect(requests[2]?.input).toBe(plan.createApp);
    expect(requests[3]?.input).toBe(plan.app);
    expect(requests[4]?.input).toStrictEqual({ DomainId: 'd-ci', SpaceName: plan.name });
    // The profile had no list of its own: it gets none back.
    expect(requests[5]?.input).toStrictEqual({
      DomainId: 'd-ci',
      UserProfileName: 'ci-launch',
      UserSettings: { JupyterLabAppSettings: {} },
    });
    const own = plannedRequests(plan, { JupyterLabAppSettings: { CustomImages: [] } });
    expect(own[5]?.input).toMatchObject({
      UserSettings: { JupyterLabAppSettings: { CustomImages: [] } },
    });
  });

  it('lists only the app of a KernelGateway test whose profile lists the image', () => {
    const plan = planFor('KernelGateway');
    const listed: UserSettings = { KernelGatewayAppSettings: { CustomImages: [entry] } };
    expect(plannedRequests(plan, listed)).toStrictEqual([
      { operation: 'CreateApp', input: plan.createApp },
      { operation: 'DeleteApp', input: plan.app },
    ]);
  });
});
