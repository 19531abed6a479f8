// Spaces and apps with the SDK mocked: what each call sends, what a read makes of "not found",
// every page of the lists, and that a failure names the operation and the space or app (or, for
// a space found by listing a domain, the domain).
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateAppCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeSpaceCommand,
  ListAppsCommand,
  ListSpacesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as spaces from '../../src/aws/sagemaker-spaces-and-apps.js';
import { AwsCallError } from '../../src/aws/errors.js';
import { denied, notFound } from '../../__fixtures__/sdk-errors.ts';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'eu-west-1' });
const spaceApp: spaces.AppKey = {
  DomainId: 'd-one',
  SpaceName: 'lt-img-v3-run',
  AppType: 'JupyterLab',
  AppName: 'default',
};
const profileApp: spaces.AppKey = {
  DomainId: 'd-one',
  UserProfileName: 'ci',
  AppType: 'KernelGateway',
  AppName: 'lt-img-v3-run',
};

beforeEach(() => {
  sagemaker.reset();
});

describe('creating and deleting spaces', () => {
  it('creates and deletes a space; a failure names the space', async () => {
    const request = { DomainId: 'd-one', SpaceName: 'lt-img-v3-run' };
    sagemaker.on(CreateSpaceCommand).resolves({ SpaceArn: 'arn:space' });
    sagemaker.on(DeleteSpaceCommand).resolves({});
    await spaces.createSpace(client, request);
    await spaces.deleteSpace(client, 'd-one', 'lt-img-v3-run');
    expect(sagemaker.commandCalls(CreateSpaceCommand)[0]?.args[0].input).toEqual(request);
    expect(sagemaker.commandCalls(DeleteSpaceCommand)[0]?.args[0].input).toEqual(request);
    sagemaker.on(CreateSpaceCommand).rejects(denied());
    sagemaker.on(DeleteSpaceCommand).rejects(denied());
    const subject = { resource: { kind: 'Studio space', name: 'lt-img-v3-run' } };
    await expect(spaces.createSpace(client, request)).rejects.toMatchObject({
      operation: 'CreateSpace',
      ...subject,
    });
    await expect(spaces.deleteSpace(client, 'd-one', 'lt-img-v3-run')).rejects.toMatchObject({
      operation: 'DeleteSpace',
      ...subject,
    });
  });
});

describe('apps', () => {
  it.each([
    ['in a space', spaceApp, 'lt-img-v3-run/JupyterLab/default'],
    ['of a user profile', profileApp, 'ci/KernelGateway/lt-img-v3-run'],
  ])('creates, describes and deletes an app %s; failures name it', async (_, key, name) => {
    sagemaker.on(CreateAppCommand).resolves({ AppArn: 'arn:app' });
    sagemaker.on(DescribeAppCommand).resolves({ Status: 'Pending' });
    sagemaker.on(DeleteAppCommand).resolves({});
    const request = { ...key, ResourceSpec: { InstanceType: 'ml.t3.medium' as const } };
    await spaces.createApp(client, request);
    await expect(spaces.describeApp(client, key)).resolves.toEqual({ Status: 'Pending' });
    await spaces.deleteApp(client, key);
    expect(sagemaker.commandCalls(CreateAppCommand)[0]?.args[0].input).toEqual(request);
    expect(sagemaker.commandCalls(DescribeAppCommand)[0]?.args[0].input).toEqual(key);
    expect(sagemaker.commandCalls(DeleteAppCommand)[0]?.args[0].input).toEqual(key);
    for (const command of [CreateAppCommand, DescribeAppCommand, DeleteAppCommand])
      sagemaker.on(command).rejects(denied());
    const subject = { resource: { kind: 'Studio app', name } };
    await expect(spaces.createApp(client, request)).rejects.toMatchObject({
      operation: 'CreateApp',
      ...subject,
    });
    await expect(spaces.describeApp(client, key)).rejects.toMatchObject({
      operation: 'DescribeApp',
      ...subject,
    });
    await expect(spaces.deleteApp(client, key)).rejects.toMatchObject({
      operation: 'DeleteApp',
      ...subject,
    });
  });

  it('describes an app SageMaker does not know as undefined', async () => {
    sagemaker.on(DescribeAppCommand).rejects(notFound());
    await expect(spaces.describeApp(client, spaceApp)).resolves.toBeUndefined();
  });

  it('lists every app the filter matches, over every page', async () => {
    sagemaker
      .on(ListAppsCommand)
      .resolvesOnce({ Apps: [{ AppName: 'a', Status: 'InService' }], NextToken: 'p2' })
      .resolvesOnce({ Apps: [{ AppName: 'b', Status: 'Deleted' }] });
    const filter = { DomainIdEquals: 'd-one', SpaceNameEquals: 'lab' };
    const apps = await spaces.listApps(client, filter);
    expect(apps.map((a) => [a.AppName, a.Status])).toEqual([
      ['a', 'InService'],
      ['b', 'Deleted'],
    ]);
    const calls = sagemaker.commandCalls(ListAppsCommand).map((c) => c.args[0].input);
    expect(calls).toEqual([
      { ...filter, MaxResults: 100 },
      { ...filter, MaxResults: 100, NextToken: 'p2' },
    ]);
    sagemaker.on(ListAppsCommand).resolves({});
    await expect(spaces.listApps(client, filter)).resolves.toEqual([]);
    sagemaker.on(ListAppsCommand).rejects(denied());
    const error = await spaces.listApps(client, filter).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error).toMatchObject({ operation: 'ListApps' });
  });
});

describe('reading spaces', () => {
  it('describes a space (its owner), and reads one that does not exist as undefined', async () => {
    sagemaker
      .on(DescribeSpaceCommand)
      .resolvesOnce({
        SpaceName: 'lt-img-v3-run',
        OwnershipSettings: { OwnerUserProfileName: 'ci' },
      })
      .rejects(notFound());
    await expect(spaces.describeSpace(client, 'd-one', 'lt-img-v3-run')).resolves.toMatchObject({
      OwnershipSettings: { OwnerUserProfileName: 'ci' },
    });
    expect(sagemaker.commandCalls(DescribeSpaceCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      SpaceName: 'lt-img-v3-run',
    });
    await expect(spaces.describeSpace(client, 'd-one', 'lt-img-v3-run')).resolves.toBeUndefined();
  });

  it('names the space when DescribeSpace fails', async () => {
    sagemaker.on(DescribeSpaceCommand).rejects(denied());
    const error = await spaces.describeSpace(client, 'd-one', 's').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).operation).toBe('DescribeSpace');
    expect((error as AwsCallError).resource).toStrictEqual({ kind: 'Studio space', name: 's' });
  });

  it('lists the spaces of a domain, over every page; none for a domain gone meanwhile', async () => {
    sagemaker
      .on(ListSpacesCommand)
      .resolvesOnce({ Spaces: [{}, { SpaceName: 'lab' }], NextToken: 'p2' })
      .resolves({ Spaces: [{ SpaceName: 'studio' }] });
    await expect(spaces.listSpaceNames(client, 'd-1')).resolves.toEqual(['lab', 'studio']);
    expect(sagemaker.commandCalls(ListSpacesCommand)[0]?.args[0].input).toMatchObject({
      DomainIdEquals: 'd-1',
      MaxResults: 100,
    });
    sagemaker.on(ListSpacesCommand).rejects(notFound());
    await expect(spaces.listSpaceNames(client, 'd-1')).resolves.toEqual([]);
    sagemaker.on(ListSpacesCommand).rejects(denied());
    await expect(spaces.listSpaceNames(client, 'd-1')).rejects.toMatchObject({
      operation: 'ListSpaces',
      resource: { kind: 'Studio space', domainId: 'd-1', every: true },
    });
  });

  it("reads a listed space's settings: undefined when gone, a failure names the domain, not the space", async () => {
    const spaceSettings = { KernelGatewayAppSettings: { CustomImages: [] } };
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceName: 'lab', SpaceSettings: spaceSettings });
    await expect(spaces.describeSpaceSettings(client, 'd-1', 'lab')).resolves.toStrictEqual(
      spaceSettings,
    );
    expect(sagemaker.commandCalls(DescribeSpaceCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-1',
      SpaceName: 'lab',
    });
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceName: 'lab' });
    await expect(spaces.describeSpaceSettings(client, 'd-1', 'lab')).resolves.toStrictEqual({});
    sagemaker.on(DescribeSpaceCommand).rejects(notFound());
    await expect(spaces.describeSpaceSettings(client, 'd-1', 'lab')).resolves.toBeUndefined();
    sagemaker.on(DescribeSpaceCommand).rejects(denied());
    const error = await spaces.describeSpaceSettings(client, 'd-1', 'lab').catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'DescribeSpace' });
    expect((error as AwsCallError).resource).toStrictEqual({
      kind: 'Studio space',
      domainId: 'd-1',
    });
  });
});
