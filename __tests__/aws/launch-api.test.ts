// The AWS edge of the launch test with the SDK mocked: what each call sends, what a read makes of
// "not found", every page of ListApps, and that a failure names the operation and the profile,
// space or app.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateAppCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  ListAppsCommand,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  UpdateUserProfileCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as launch from '../../src/aws/launch-api.js';
import { AwsCallError, explainAwsError } from '../../src/aws/errors.js';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'eu-west-1' });
const notFound = (): Error => new ResourceNotFound({ message: 'Cannot find it', $metadata: {} });
const denied = (): Error =>
  new SageMakerServiceException({
    name: 'AccessDeniedException',
    $fault: 'client',
    message: 'not authorized',
    $metadata: { httpStatusCode: 400 },
  });
const spaceApp: launch.AppKey = {
  DomainId: 'd-one',
  SpaceName: 'lt-img-v3-run',
  AppType: 'JupyterLab',
  AppName: 'default',
};
const profileApp: launch.AppKey = {
  DomainId: 'd-one',
  UserProfileName: 'ci',
  AppType: 'KernelGateway',
  AppName: 'lt-img-v3-run',
};

beforeEach(() => {
  sagemaker.reset();
});

describe('user profiles', () => {
  it('reads a profile by domain and name; a failure names the profile', async () => {
    sagemaker
      .on(DescribeUserProfileCommand)
      .resolves({ UserProfileName: 'ci', Status: 'InService' });
    await expect(launch.describeUserProfile(client, 'd-one', 'ci')).resolves.toMatchObject({
      Status: 'InService',
    });
    expect(sagemaker.commandCalls(DescribeUserProfileCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      UserProfileName: 'ci',
    });
    sagemaker.on(DescribeUserProfileCommand).rejects(notFound());
    const error = await launch.describeUserProfile(client, 'd-one', 'ci').catch((e: unknown) => e);
    expect(error).toMatchObject({
      operation: 'DescribeUserProfile',
      resource: { kind: 'user profile', name: 'ci' },
    });
    expect(
      explainAwsError(error, {
        operation: '',
        imageName: 'img',
        region: 'eu-west-1',
        advice: { profile: '`user-profile` and `domain-id`' },
      }),
    ).toContain(
      'DescribeUserProfile for user profile "ci" in eu-west-1 failed: the user profile "ci" does not exist in that Studio domain, or these credentials cannot see it (deleted meanwhile?). Check `user-profile` and `domain-id`',
    );
  });

  it('writes a profile as asked; a failure names the profile', async () => {
    const request = {
      DomainId: 'd-one',
      UserProfileName: 'ci',
      UserSettings: { JupyterLabAppSettings: { CustomImages: [] } },
    };
    sagemaker.on(UpdateUserProfileCommand).resolves({});
    await launch.updateUserProfile(client, request);
    expect(sagemaker.commandCalls(UpdateUserProfileCommand)[0]?.args[0].input).toEqual(request);
    sagemaker.on(UpdateUserProfileCommand).rejects(denied());
    await expect(launch.updateUserProfile(client, request)).rejects.toMatchObject({
      operation: 'UpdateUserProfile',
      resource: { kind: 'user profile', name: 'ci' },
    });
  });
});

describe('spaces', () => {
  it('creates and deletes a space; a failure names the space', async () => {
    const request = { DomainId: 'd-one', SpaceName: 'lt-img-v3-run' };
    sagemaker.on(CreateSpaceCommand).resolves({ SpaceArn: 'arn:space' });
    sagemaker.on(DeleteSpaceCommand).resolves({});
    await launch.createSpace(client, request);
    await launch.deleteSpace(client, 'd-one', 'lt-img-v3-run');
    expect(sagemaker.commandCalls(CreateSpaceCommand)[0]?.args[0].input).toEqual(request);
    expect(sagemaker.commandCalls(DeleteSpaceCommand)[0]?.args[0].input).toEqual(request);
    sagemaker.on(CreateSpaceCommand).rejects(denied());
    sagemaker.on(DeleteSpaceCommand).rejects(denied());
    const subject = { resource: { kind: 'Studio space', name: 'lt-img-v3-run' } };
    await expect(launch.createSpace(client, request)).rejects.toMatchObject({
      operation: 'CreateSpace',
      ...subject,
    });
    await expect(launch.deleteSpace(client, 'd-one', 'lt-img-v3-run')).rejects.toMatchObject({
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
    await launch.createApp(client, request);
    await expect(launch.describeApp(client, key)).resolves.toEqual({ Status: 'Pending' });
    await launch.deleteApp(client, key);
    expect(sagemaker.commandCalls(CreateAppCommand)[0]?.args[0].input).toEqual(request);
    expect(sagemaker.commandCalls(DescribeAppCommand)[0]?.args[0].input).toEqual(key);
    expect(sagemaker.commandCalls(DeleteAppCommand)[0]?.args[0].input).toEqual(key);
    for (const command of [CreateAppCommand, DescribeAppCommand, DeleteAppCommand])
      sagemaker.on(command).rejects(denied());
    const subject = { resource: { kind: 'Studio app', name } };
    await expect(launch.createApp(client, request)).rejects.toMatchObject({
      operation: 'CreateApp',
      ...subject,
    });
    await expect(launch.describeApp(client, key)).rejects.toMatchObject({
      operation: 'DescribeApp',
      ...subject,
    });
    await expect(launch.deleteApp(client, key)).rejects.toMatchObject({
      operation: 'DeleteApp',
      ...subject,
    });
  });

  it('describes an app SageMaker does not know as undefined', async () => {
    sagemaker.on(DescribeAppCommand).rejects(notFound());
    await expect(launch.describeApp(client, spaceApp)).resolves.toBeUndefined();
  });

  it('lists every app the filter matches, over every page', async () => {
    sagemaker
      .on(ListAppsCommand)
      .resolvesOnce({ Apps: [{ AppName: 'a', Status: 'InService' }], NextToken: 'p2' })
      .resolvesOnce({ Apps: [{ AppName: 'b', Status: 'Deleted' }] });
    const filter = { DomainIdEquals: 'd-one', SpaceNameEquals: 'lab' };
    const apps = await launch.listApps(client, filter);
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
    await expect(launch.listApps(client, filter)).resolves.toEqual([]);
    sagemaker.on(ListAppsCommand).rejects(denied());
    const error = await launch.listApps(client, filter).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect(error).toMatchObject({ operation: 'ListApps' });
  });
});

describe('spaces', () => {
  it('describes a space (its owner), and reads one that does not exist as undefined', async () => {
    sagemaker
      .on(DescribeSpaceCommand)
      .resolvesOnce({
        SpaceName: 'lt-img-v3-run',
        OwnershipSettings: { OwnerUserProfileName: 'ci' },
      })
      .rejects(notFound());
    await expect(launch.describeSpace(client, 'd-one', 'lt-img-v3-run')).resolves.toMatchObject({
      OwnershipSettings: { OwnerUserProfileName: 'ci' },
    });
    expect(sagemaker.commandCalls(DescribeSpaceCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      SpaceName: 'lt-img-v3-run',
    });
    await expect(launch.describeSpace(client, 'd-one', 'lt-img-v3-run')).resolves.toBeUndefined();
  });

  it('names the space when DescribeSpace fails', async () => {
    sagemaker.on(DescribeSpaceCommand).rejects(denied());
    const error = await launch.describeSpace(client, 'd-one', 's').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsCallError);
    expect((error as AwsCallError).operation).toBe('DescribeSpace');
  });
});
