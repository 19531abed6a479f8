// The local endpoint's spaces, apps and user-profile writes, through the real SDK: what the launch
// test and its end-to-end tests rely on (lifecycle, refusals, where a custom image must be listed).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateAppCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  SageMakerClient,
  UpdateUserProfileCommand,
  paginateListApps,
  type CreateAppRequest,
  type CustomImage,
} from '@aws-sdk/client-sagemaker';
import { describeUserProfile, updateUserProfile } from '../../src/aws/sagemaker-user-profiles.js';
import { updateDomain } from '../../src/aws/sagemaker-domains.js';
import {
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';

let server: SageMakerServer;
let client: SageMakerClient;
const BASE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/lab';
const DOMAIN = 'd-lab';
let goodArn = '';
let crashArn = '';
let hangArn = '';

const entry = { ImageName: 'img', AppImageConfigName: 'cfg' };
const labApp = (spaceName: string, arn = goodArn): CreateAppRequest => ({
  DomainId: DOMAIN,
  SpaceName: spaceName,
  AppType: 'JupyterLab',
  AppName: 'default',
  ResourceSpec: { SageMakerImageVersionArn: arn, InstanceType: 'ml.t3.medium' },
});
const privateSpace = (name: string, owner = 'ci'): CreateSpaceCommand =>
  new CreateSpaceCommand({
    DomainId: DOMAIN,
    SpaceName: name,
    OwnershipSettings: { OwnerUserProfileName: owner },
    SpaceSharingSettings: { SharingType: 'Private' },
    SpaceSettings: { AppType: 'JupyterLab' },
  });
const appKey = (spaceName: string) =>
  ({ DomainId: DOMAIN, SpaceName: spaceName, AppType: 'JupyterLab', AppName: 'default' }) as const;
const statusOf = async (spaceName: string): Promise<string | undefined> =>
  (await client.send(new DescribeAppCommand(appKey(spaceName)))).Status;

// The Studio model's clock: statuses that change after a while (an app starting, a profile
// updating, a deletion) change when a test moves it, however loaded the machine is.
let clockMs = Date.UTC(2026, 0, 1);
const advance = (ms: number): void => {
  clockMs += ms;
};

beforeAll(async () => {
  server = await startSageMakerServer({
    images: ['img', 'other'],
    domains: [{ id: DOMAIN }],
    studio: {
      now: () => clockMs,
      appFailsWhenBaseImageContains: 'crash',
      appFailureReason: 'InternalFailure: exec format error',
      appHangsWhenBaseImageContains: 'hang',
    },
  });
  server.studio.addAppImageConfig('cfg', { JupyterLabAppImageConfig: {} });
  const arnOf = (tag: string): string => {
    const version = server.addVersion('img', { baseImage: `${BASE}:${tag}` });
    return server.versionsOf('img').find((v) => v.version === version)?.arn ?? '';
  };
  goodArn = arnOf('good');
  crashArn = arnOf('crash');
  hangArn = arnOf('hang');
  client = new SageMakerClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});
beforeEach(() => {
  server.studio.addUserProfile(DOMAIN, 'ci', { JupyterLabAppSettings: { CustomImages: [entry] } });
  Object.assign(server.studio.options, {
    appStartMs: 0,
    appDeletionMs: 0,
    deletedAppListedMs: 60_000,
    customImagesFrom: 'profile-or-domain',
    profileUpdateMs: 0,
  });
});

describe('CreateSpace', () => {
  it.each([
    ['a name with a dot', { SpaceName: 'lt.img' }, /spaceName.*regular expression/],
    ['a name of 64 characters', { SpaceName: 'a'.repeat(64) }, /spaceName/],
    ['an unknown app type', { SpaceSettings: { AppType: 'Jupyter' } }, /appType.*enum/],
    ['sharing without an owner', { OwnershipSettings: undefined }, /OwnershipSettings is required/],
    [
      'an unknown sharing type',
      { SpaceSharingSettings: { SharingType: 'Team' } },
      /sharingType.*Private, Shared/,
    ],
  ] as const)('refuses %s', async (_, change, message) => {
    const request = { ...privateSpace('refused').input, ...change } as never;
    await expect(client.send(new CreateSpaceCommand(request))).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(message) as unknown,
    });
  });

  it('needs an owner that exists, and a name not taken', async () => {
    await expect(client.send(privateSpace('s-owner', 'nobody'))).rejects.toMatchObject({
      name: 'ResourceNotFound',
    });
    await client.send(privateSpace('s-twice'));
    await expect(client.send(privateSpace('s-twice'))).rejects.toMatchObject({
      name: 'ResourceInUse',
      message: expect.stringContaining('space/d-lab/s-twice already exists') as unknown,
    });
    const described = await client.send(
      new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: 's-twice' }),
    );
    expect(described).toMatchObject({
      OwnershipSettings: { OwnerUserProfileName: 'ci' },
      SpaceSharingSettings: { SharingType: 'Private' },
      SpaceSettings: { AppType: 'JupyterLab' },
    });
  });
});

describe('settings that name a version', () => {
  it('keeps DefaultResourceSpec and CustomImages of seeded spaces and profiles', async () => {
    const spec = { SageMakerImageVersionArn: goodArn, InstanceType: 'ml.t3.medium' };
    server.studio.addSpace(
      DOMAIN,
      's-seeded',
      { AppType: 'JupyterLab', JupyterLabAppSettings: { DefaultResourceSpec: spec } },
      { owner: 'ci', sharingType: 'Private' },
    );
    server.studio.addUserProfile(DOMAIN, 'u-seeded', {
      CodeEditorAppSettings: { DefaultResourceSpec: spec, CustomImages: [entry] },
    });
    const space = await client.send(
      new DescribeSpaceCommand({ DomainId: DOMAIN, SpaceName: 's-seeded' }),
    );
    expect(space).toMatchObject({
      SpaceSettings: { JupyterLabAppSettings: { DefaultResourceSpec: spec } },
      OwnershipSettings: { OwnerUserProfileName: 'ci' },
      SpaceSharingSettings: { SharingType: 'Private' },
    });
    const profile = await client.send(
      new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: 'u-seeded' }),
    );
    expect(profile.UserSettings?.CodeEditorAppSettings).toEqual({
      DefaultResourceSpec: spec,
      CustomImages: [entry],
    });
  });
});

describe('UpdateUserProfile', () => {
  it('replaces the members sent, keeps the others, and settles after profileUpdateMs', async () => {
    server.studio.addUserProfile(DOMAIN, 'u1', {
      JupyterLabAppSettings: { CustomImages: [], DefaultResourceSpec: { InstanceType: 'x' } },
      KernelGatewayAppSettings: { CustomImages: [] },
    });
    server.studio.options.profileUpdateMs = 150;
    await client.send(
      new UpdateUserProfileCommand({
        DomainId: DOMAIN,
        UserProfileName: 'u1',
        UserSettings: { JupyterLabAppSettings: { CustomImages: [entry] } },
      }),
    );
    const read = () =>
      client.send(new DescribeUserProfileCommand({ DomainId: DOMAIN, UserProfileName: 'u1' }));
    const updating = await read();
    expect(updating.Status).toBe('Updating');
    expect(updating.UserSettings).toEqual({
      JupyterLabAppSettings: { CustomImages: [entry] },
      KernelGatewayAppSettings: { CustomImages: [] },
    });
    await expect(
      client.send(new UpdateUserProfileCommand({ DomainId: DOMAIN, UserProfileName: 'u1' })),
    ).rejects.toThrow(/Updating state/);
    advance(200);
    expect((await read()).Status).toBe('InService');
  });

  it('holds at most 5 images per app, of images and configs that exist', async () => {
    const send = (images: CustomImage[]) =>
      client.send(
        new UpdateUserProfileCommand({
          DomainId: DOMAIN,
          UserProfileName: 'ci',
          UserSettings: { JupyterLabAppSettings: { CustomImages: images } },
        }),
      );
    await expect(send(Array.from({ length: 6 }, () => entry))).rejects.toThrow(
      /less than or equal to 5/,
    );
    await expect(send([{ ...entry, ImageName: 'missing' }])).rejects.toThrow(/does not exist/);
    await expect(send([{ ...entry, AppImageConfigName: 'nope' }])).rejects.toThrow(
      /AppImageConfig nope/,
    );
    await expect(send(Array.from({ length: 5 }, () => entry))).resolves.toBeDefined();
  });
});

describe('the launch edge against the endpoint', () => {
  it('sends UpdateUserProfile once, without the SDK retries other calls get', async () => {
    const retrying = new SageMakerClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 3,
    });
    try {
      const before = server.requests.length;
      server.faults.push({ kind: 'throttle', operation: 'DescribeUserProfile' });
      await expect(describeUserProfile(retrying, DOMAIN, 'ci')).resolves.toMatchObject({
        UserProfileName: 'ci',
      });
      server.faults.push({ kind: 'throttle', operation: 'UpdateUserProfile' });
      await expect(
        updateUserProfile(retrying, { DomainId: DOMAIN, UserProfileName: 'ci' }),
      ).rejects.toMatchObject({ operation: 'UpdateUserProfile' });
      expect(server.operations().slice(before)).toEqual([
        'DescribeUserProfile',
        'DescribeUserProfile',
        'UpdateUserProfile',
      ]);
    } finally {
      retrying.destroy();
    }
  });

  it('sends UpdateDomain once too, even when its answer is lost after it was carried out', async () => {
    const retrying = new SageMakerClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 3,
    });
    try {
      const before = server.requests.length;
      server.faults.push({ kind: 'drop-after', operation: 'UpdateDomain' });
      await expect(
        updateDomain(retrying, {
          DomainId: DOMAIN,
          DefaultUserSettings: { JupyterLabAppSettings: { CustomImages: [] } },
        }),
      ).rejects.toMatchObject({ operation: 'UpdateDomain' });
      expect(server.operations().slice(before)).toEqual(['UpdateDomain']);
    } finally {
      retrying.destroy();
    }
  });
});

describe('CreateApp', () => {
  it('starts an app Pending, InService after appStartMs, with the ResourceSpec sent', async () => {
    server.studio.options.appStartMs = 150;
    await client.send(privateSpace('s-good'));
    const created = await client.send(new CreateAppCommand(labApp('s-good')));
    expect(created.AppArn).toMatch(/:app\/d-lab\/s-good\/jupyterlab\/default$/);
    expect(await statusOf('s-good')).toBe('Pending');
    advance(200);
    const described = await client.send(new DescribeAppCommand(appKey('s-good')));
    expect(described).toMatchObject({
      Status: 'InService',
      SpaceName: 's-good',
      ResourceSpec: { SageMakerImageVersionArn: goodArn, InstanceType: 'ml.t3.medium' },
    });
    expect(described.FailureReason).toBeUndefined();
    await expect(client.send(new CreateAppCommand(labApp('s-good')))).rejects.toMatchObject({
      name: 'ResourceInUse',
    });
  });

  it('fails a crashing image with its reason, and keeps a hanging one Pending', async () => {
    await client.send(privateSpace('s-crash'));
    await client.send(privateSpace('s-hang'));
    await client.send(new CreateAppCommand(labApp('s-crash', crashArn)));
    await client.send(new CreateAppCommand(labApp('s-hang', hangArn)));
    const crashed = await client.send(new DescribeAppCommand(appKey('s-crash')));
    expect([crashed.Status, crashed.FailureReason]).toEqual([
      'Failed',
      'InternalFailure: exec format error',
    ]);
    expect(await statusOf('s-hang')).toBe('Pending');
  });

  it('ends a hang after appHangMs, when set', async () => {
    server.studio.options.appHangMs = 150;
    await client.send(privateSpace('s-hang-ends'));
    await client.send(new CreateAppCommand(labApp('s-hang-ends', hangArn)));
    expect(await statusOf('s-hang-ends')).toBe('Pending');
    advance(200);
    expect(await statusOf('s-hang-ends')).toBe('InService');
    delete server.studio.options.appHangMs;
  });

  it('refuses an image no list holds, with the error users report', async () => {
    server.studio.addUserProfile(DOMAIN, 'bare');
    await client.send(privateSpace('s-bare', 'bare'));
    await expect(client.send(new CreateAppCommand(labApp('s-bare')))).rejects.toMatchObject({
      name: 'ResourceNotFound',
      message: expect.stringMatching(
        /^Unable to launch App \[arn:aws:sagemaker:us-east-1:123456789012:app\/d-lab\/s-bare\/jupyterlab\/default\] with Image \[img\] because it is not present in list of custom images in AppSettings/,
      ) as unknown,
    });
    server.studio.setDomainSettings(DOMAIN, {
      defaultUserSettings: { JupyterLabAppSettings: { CustomImages: [entry] } },
    });
    server.studio.options.customImagesFrom = 'profile';
    await expect(client.send(new CreateAppCommand(labApp('s-bare')))).rejects.toMatchObject({
      name: 'ResourceNotFound',
    });
    server.studio.options.customImagesFrom = 'profile-or-domain';
    await expect(client.send(new CreateAppCommand(labApp('s-bare')))).resolves.toBeDefined();
    server.studio.setDomainSettings(DOMAIN, { defaultUserSettings: {} });
  });

  it('takes only the domain list when customImagesFrom is domain', async () => {
    server.studio.options.customImagesFrom = 'domain';
    await client.send(privateSpace('s-domain'));
    await expect(client.send(new CreateAppCommand(labApp('s-domain')))).rejects.toThrow(
      /not present in list of custom images/,
    );
  });

  it.each([
    ['no space or profile', { SpaceName: undefined }, /Exactly one of SpaceName/],
    ['both space and profile', { UserProfileName: 'ci' }, /Exactly one of SpaceName/],
    ['another app name', { AppName: 'lab' }, /named default/],
    ['an unknown app type', { AppType: 'Notebook' }, /appType.*enum/],
    ['an app type the space is not for', { AppType: 'CodeEditor' }, /not CodeEditor/],
    ['an odd instance type', { ResourceSpec: { InstanceType: 'big' } }, /instanceType/],
  ] as const)('refuses %s', async (_, change, message) => {
    if (!server.studio.spaceNames(DOMAIN).includes('s-refuse'))
      await client.send(privateSpace('s-refuse'));
    const request = { ...labApp('s-refuse'), ...change } as never;
    await expect(client.send(new CreateAppCommand(request))).rejects.toThrow(message);
  });

  it('refuses an image version that does not exist, and a space that does not', async () => {
    await client.send(privateSpace('s-missing'));
    await expect(
      client.send(new CreateAppCommand(labApp('s-missing', `${goodArn.slice(0, -1)}99`))),
    ).rejects.toMatchObject({ name: 'ResourceNotFound' });
    await expect(client.send(new CreateAppCommand(labApp('s-none')))).rejects.toMatchObject({
      name: 'ResourceNotFound',
    });
  });

  it('runs a KernelGateway app of a user profile, by any name', async () => {
    server.studio.addUserProfile(DOMAIN, 'kg', {
      KernelGatewayAppSettings: { CustomImages: [entry] },
    });
    const key = { DomainId: DOMAIN, UserProfileName: 'kg', AppType: 'KernelGateway' as const };
    await client.send(
      new CreateAppCommand({
        ...key,
        AppName: 'lt-img-1',
        ResourceSpec: { SageMakerImageVersionArn: goodArn, InstanceType: 'ml.t3.medium' },
      }),
    );
    const described = await client.send(new DescribeAppCommand({ ...key, AppName: 'lt-img-1' }));
    expect([described.Status, described.UserProfileName]).toEqual(['InService', 'kg']);
  });
});

describe('DeleteApp and DeleteSpace', () => {
  it('refuses to delete a Pending app, or a space whose app is not Deleted', async () => {
    await client.send(privateSpace('s-pending'));
    await client.send(new CreateAppCommand(labApp('s-pending', hangArn)));
    await expect(client.send(new DeleteAppCommand(appKey('s-pending')))).rejects.toMatchObject({
      name: 'ResourceInUse',
      message: expect.stringContaining('Pending state') as unknown,
    });
    await expect(
      client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: 's-pending' })),
    ).rejects.toMatchObject({
      name: 'ResourceInUse',
      message: expect.stringContaining('because App(s) are associated with it') as unknown,
    });
  });

  it('deletes an app Deleting, then Deleted; a deleted app stays listed a while', async () => {
    server.studio.options.appDeletionMs = 150;
    server.studio.options.deletedAppListedMs = 150;
    await client.send(privateSpace('s-del'));
    await client.send(new CreateAppCommand(labApp('s-del', crashArn)));
    await client.send(new DeleteAppCommand(appKey('s-del')));
    expect(await statusOf('s-del')).toBe('Deleting');
    await expect(client.send(new DeleteAppCommand(appKey('s-del')))).rejects.toMatchObject({
      name: 'ResourceInUse',
    });
    await expect(
      client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: 's-del' })),
    ).rejects.toMatchObject({ name: 'ResourceInUse' });
    advance(170);
    expect(await statusOf('s-del')).toBe('Deleted');
    await expect(client.send(new DeleteAppCommand(appKey('s-del')))).rejects.toMatchObject({
      name: 'ResourceNotFound',
    });
    await client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: 's-del' }));
    expect(server.studio.spaceNames(DOMAIN)).not.toContain('s-del');
    advance(170);
    await expect(client.send(new DescribeAppCommand(appKey('s-del')))).rejects.toMatchObject({
      name: 'ResourceNotFound',
    });
    await expect(
      client.send(new DeleteSpaceCommand({ DomainId: DOMAIN, SpaceName: 's-del' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFound' });
  });
});

describe('ListApps', () => {
  it('filters by domain, space and user profile, over pages', async () => {
    for (let i = 0; i < 12; i++) {
      await client.send(privateSpace(`s-list-${i}`));
      await client.send(new CreateAppCommand(labApp(`s-list-${i}`)));
    }
    const list = async (filter: object): Promise<string[]> => {
      const names: string[] = [];
      for await (const page of paginateListApps({ client, pageSize: 5 }, filter))
        names.push(
          ...(page.Apps ?? []).map((a) => `${a.SpaceName ?? a.UserProfileName}:${a.Status}`),
        );
      return names;
    };
    const all = await list({ DomainIdEquals: DOMAIN });
    expect(all.filter((name) => name.startsWith('s-list-'))).toHaveLength(12);
    expect(await list({ DomainIdEquals: DOMAIN, SpaceNameEquals: 's-list-3' })).toEqual([
      's-list-3:InService',
    ]);
    expect(await list({ DomainIdEquals: DOMAIN, UserProfileNameEquals: 'kg' })).toEqual([
      'kg:InService',
    ]);
    expect(await list({ DomainIdEquals: 'd-other' })).toEqual([]);
    const view = server.studio.apps().find((app) => app.spaceName === 's-list-3');
    expect(view).toMatchObject({ appType: 'JupyterLab', appName: 'default', status: 'InService' });
  });
});
