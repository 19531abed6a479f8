// The local endpoint's Studio and retention model, through the real SDK: what the end-to-end tests
// of attaching and retiring rely on.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeImageCommand,
  DescribeDomainCommand,
  DescribeImageVersionCommand,
  ListImageVersionsCommand,
  SageMakerClient,
  UpdateDomainCommand,
  UpdateImageVersionCommand,
  paginateListDomains,
  paginateListSpaces,
  paginateListUserProfiles,
} from '@aws-sdk/client-sagemaker';
import {
  TEST_CREDENTIALS,
  startSageMakerServer,
  type SageMakerServer,
} from '../../__fixtures__/sagemaker-server.js';

let server: SageMakerServer;
let client: SageMakerClient;
const BASE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/kernel';

beforeAll(async () => {
  server = await startSageMakerServer({
    images: ['img'],
    domains: [
      {
        id: 'd-one',
        defaultUserSettings: {
          JupyterLabAppSettings: {
            CustomImages: [{ ImageName: 'img', AppImageConfigName: 'other' }],
            LifecycleConfigArns: [
              'arn:aws:sagemaker:us-east-1:123456789012:studio-lifecycle-config/x',
            ],
          },
        },
      },
      { id: 'd-two', status: 'Failed', failureReason: 'VPC gone' },
    ],
  });
  server.studio.addAppImageConfig('other', { JupyterLabAppImageConfig: {} });
  for (let i = 0; i < 12; i++) server.studio.addUserProfile('d-one', `user-${i}`);
  server.studio.addSpace('d-one', 'shared', {
    KernelGatewayAppSettings: {
      CustomImages: [{ ImageName: 'img', AppImageConfigName: 'other', ImageVersionNumber: 1 }],
    },
  });
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

describe('domains', () => {
  it('describes a domain with its settings and status', async () => {
    const domain = await client.send(new DescribeDomainCommand({ DomainId: 'd-one' }));
    expect(domain.Status).toBe('InService');
    expect(domain.DefaultUserSettings?.JupyterLabAppSettings?.CustomImages).toEqual([
      { ImageName: 'img', AppImageConfigName: 'other' },
    ]);
    const failed = await client.send(new DescribeDomainCommand({ DomainId: 'd-two' }));
    expect([failed.Status, failed.FailureReason]).toEqual(['Failed', 'VPC gone']);
  });

  it('replaces only the app settings members sent', async () => {
    await client.send(
      new UpdateDomainCommand({
        DomainId: 'd-one',
        DefaultUserSettings: { CodeEditorAppSettings: { CustomImages: [] } },
      }),
    );
    const settings = server.studio.domainSettings('d-one').defaultUserSettings;
    expect(Object.keys(settings).sort()).toEqual([
      'CodeEditorAppSettings',
      'JupyterLabAppSettings',
    ]);
  });

  it('rejects an entry whose AppImageConfig does not exist', async () => {
    await expect(
      client.send(
        new UpdateDomainCommand({
          DomainId: 'd-one',
          DefaultUserSettings: {
            JupyterLabAppSettings: {
              CustomImages: [{ ImageName: 'img', AppImageConfigName: 'nope' }],
            },
          },
        }),
      ),
    ).rejects.toThrow(/AppImageConfig nope does not exist/);
  });

  it('pages domains, user profiles and spaces', async () => {
    const ids: string[] = [];
    for await (const page of paginateListDomains({ client }, {}))
      ids.push(...(page.Domains ?? []).map((d) => d.DomainId ?? ''));
    expect(ids).toEqual(['d-one', 'd-two']);
    const profiles: string[] = [];
    for await (const page of paginateListUserProfiles({ client }, { DomainIdEquals: 'd-one' }))
      profiles.push(...(page.UserProfiles ?? []).map((p) => p.UserProfileName ?? ''));
    expect(profiles).toHaveLength(12);
    const spaces: string[] = [];
    for await (const page of paginateListSpaces({ client }, { DomainIdEquals: 'd-one' }))
      spaces.push(...(page.Spaces ?? []).map((s) => s.SpaceName ?? ''));
    expect(spaces).toEqual(['shared']);
  });

  it('answers CreateAppImageConfig twice with ResourceInUse', async () => {
    await client.send(
      new CreateAppImageConfigCommand({
        AppImageConfigName: 'twice',
        JupyterLabAppImageConfig: {},
      }),
    );
    await expect(
      client.send(
        new CreateAppImageConfigCommand({
          AppImageConfigName: 'twice',
          JupyterLabAppImageConfig: {},
        }),
      ),
    ).rejects.toMatchObject({ name: 'ResourceInUse' });
  });
});

describe('versions', () => {
  it('seeds versions, deletes one, archives one, and denies what it is told to', async () => {
    server.addVersion('img', { baseImage: `${BASE}:a`, aliases: ['stable'] });
    server.addVersion('img', { baseImage: `${BASE}:b`, status: 'CREATE_FAILED' });
    server.addVersion('img', { baseImage: `${BASE}:c` });
    await client.send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 2 }));
    await client.send(
      new UpdateImageVersionCommand({
        ImageName: 'img',
        Version: 3,
        VendorGuidance: 'TO_BE_ARCHIVED',
      }),
    );
    const listed = await client.send(new ListImageVersionsCommand({ ImageName: 'img' }));
    expect(listed.ImageVersions?.map((v) => [v.Version, v.ImageVersionStatus])).toEqual([
      [3, 'CREATED'],
      [1, 'CREATED'],
    ]);
    const third = await client.send(
      new DescribeImageVersionCommand({ ImageName: 'img', Version: 3 }),
    );
    expect(third.VendorGuidance).toBe('TO_BE_ARCHIVED');
    server.options.deniedOperations = ['ListSpaces'];
    await expect(
      client.send(new ListImageVersionsCommand({ ImageName: 'img' })),
    ).resolves.toBeDefined();
    await expect(
      paginateListSpaces({ client }, { DomainIdEquals: 'd-one' }).next(),
    ).rejects.toThrow(/not authorized to perform: sagemaker:ListSpaces/);
    server.options.deniedOperations = [];
  });
});

describe('an image another run is still creating (imageCreatingReads)', () => {
  it('stays CREATING for that many DescribeImage answers, however long they take to come', async () => {
    const creating = await startSageMakerServer({
      creatingImages: ['busy'],
      imageCreatingReads: 2,
    });
    const sdk = new SageMakerClient({
      region: 'us-east-1',
      endpoint: creating.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
    try {
      const create = () =>
        sdk.send(new CreateImageVersionCommand({ ImageName: 'busy', BaseImage: `${BASE}:1` }));
      await expect(create()).rejects.toThrow('is in an invalid state: CREATING');
      const status = async () =>
        (await sdk.send(new DescribeImageCommand({ ImageName: 'busy' }))).ImageStatus;
      expect(await status()).toBe('CREATING');
      // Time alone changes nothing: only the next answer is counted.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await status()).toBe('CREATING');
      expect(await status()).toBe('CREATED');
      await expect(create()).resolves.toMatchObject({ ImageVersionArn: expect.any(String) });
    } finally {
      sdk.destroy();
      await creating.close();
    }
  });
});
