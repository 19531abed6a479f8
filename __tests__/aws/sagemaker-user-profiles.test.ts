// User profiles with the SDK mocked: what each call sends, every page of the list, what a read
// makes of "not found", and that a failure names the operation and the profile (or, for a profile
// found by listing a domain, the domain).
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  DescribeUserProfileCommand,
  ListUserProfilesCommand,
  SageMakerClient,
  UpdateUserProfileCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as profiles from '../../src/aws/sagemaker-user-profiles.js';
import type { AwsCallError } from '../../src/aws/errors.js';
import { explainAwsError } from '../../src/aws/errors.js';
import { denied, notFound } from '../../__fixtures__/sdk-errors.ts';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'eu-west-1' });

beforeEach(() => {
  sagemaker.reset();
});

describe('user profiles', () => {
  it('reads a profile by domain and name; a failure names the profile', async () => {
    sagemaker
      .on(DescribeUserProfileCommand)
      .resolves({ UserProfileName: 'ci', Status: 'InService' });
    await expect(profiles.describeUserProfile(client, 'd-one', 'ci')).resolves.toMatchObject({
      Status: 'InService',
    });
    expect(sagemaker.commandCalls(DescribeUserProfileCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
      UserProfileName: 'ci',
    });
    sagemaker.on(DescribeUserProfileCommand).rejects(notFound());
    const error = await profiles
      .describeUserProfile(client, 'd-one', 'ci')
      .catch((e: unknown) => e);
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
    await profiles.updateUserProfile(client, request);
    expect(sagemaker.commandCalls(UpdateUserProfileCommand)[0]?.args[0].input).toEqual(request);
    sagemaker.on(UpdateUserProfileCommand).rejects(denied());
    await expect(profiles.updateUserProfile(client, request)).rejects.toMatchObject({
      operation: 'UpdateUserProfile',
      resource: { kind: 'user profile', name: 'ci' },
    });
  });

  it("names a listed (a person's) profile by its domain only", async () => {
    sagemaker.on(DescribeUserProfileCommand).rejects(denied());
    sagemaker.on(UpdateUserProfileCommand).rejects(denied());
    const byDomain = { kind: 'user profile', domainId: 'd-one' };
    const read = await profiles
      .describeUserProfile(client, 'd-one', 'alice', 'unnamed')
      .catch((e: unknown) => e);
    expect((read as AwsCallError).resource).toStrictEqual(byDomain);
    const write = await profiles
      .updateUserProfile(client, { DomainId: 'd-one', UserProfileName: 'alice' }, 'unnamed')
      .catch((e: unknown) => e);
    expect((write as AwsCallError).resource).toStrictEqual(byDomain);
  });

  it('lists the profiles of a domain, over every page; none for a domain gone meanwhile', async () => {
    sagemaker
      .on(ListUserProfilesCommand)
      .resolvesOnce({
        UserProfiles: [{ UserProfileName: 'alice' }, { UserProfileName: '' }],
        NextToken: 'p2',
      })
      .resolves({ UserProfiles: [{ UserProfileName: 'bo' }] });
    await expect(profiles.listUserProfileNames(client, 'd-1')).resolves.toEqual(['alice', 'bo']);
    expect(sagemaker.commandCalls(ListUserProfilesCommand)[0]?.args[0].input).toMatchObject({
      DomainIdEquals: 'd-1',
      MaxResults: 100,
    });
    sagemaker.on(ListUserProfilesCommand).rejects(notFound());
    await expect(profiles.listUserProfileNames(client, 'd-1')).resolves.toEqual([]);
    sagemaker.on(ListUserProfilesCommand).rejects(denied());
    await expect(profiles.listUserProfileNames(client, 'd-1')).rejects.toMatchObject({
      operation: 'ListUserProfiles',
      resource: { kind: 'user profile', domainId: 'd-1', every: true },
    });
  });

  it("reads a listed profile's settings: undefined when gone, a failure names the domain", async () => {
    const settings = { JupyterLabAppSettings: { CustomImages: [] } };
    sagemaker.on(DescribeUserProfileCommand).resolves({ UserSettings: settings });
    await expect(
      profiles.describeUserProfileSettings(client, 'd-1', 'alice'),
    ).resolves.toStrictEqual(settings);
    expect(sagemaker.commandCalls(DescribeUserProfileCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-1',
      UserProfileName: 'alice',
    });
    sagemaker.on(DescribeUserProfileCommand).rejects(notFound());
    await expect(
      profiles.describeUserProfileSettings(client, 'd-1', 'alice'),
    ).resolves.toBeUndefined();
    sagemaker.on(DescribeUserProfileCommand).rejects(denied());
    const error = await profiles
      .describeUserProfileSettings(client, 'd-1', 'alice')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'DescribeUserProfile' });
    expect((error as AwsCallError).resource).toStrictEqual({
      kind: 'user profile',
      domainId: 'd-1',
    });
  });
});
