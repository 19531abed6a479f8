// The retention edge with the SDK mocked: every list read to its last page, what a read makes of
// "not found", and that a failure names the operation.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  DescribeDomainCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  ListAliasesCommand,
  ListDomainsCommand,
  ListImageVersionsCommand,
  ListSpacesCommand,
  ListUserProfilesCommand,
  ResourceNotFound,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as retention from '../../src/aws/retention-api.js';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'eu-west-1' });
const notFound = (): Error => new ResourceNotFound({ message: 'Cannot find it', $metadata: {} });

beforeEach(() => {
  sagemaker.reset();
});

describe('the retention edge', () => {
  it('lists every version by number, newest first, over every page', async () => {
    sagemaker
      .on(ListImageVersionsCommand)
      .resolvesOnce({ ImageVersions: [{ Version: 3 } as never], NextToken: 'p2' })
      .resolves({ ImageVersions: [{ Version: 2 } as never, { Version: 1 } as never] });
    const versions = await retention.listAllImageVersions(client, 'img');
    expect(versions?.map((v) => v.Version)).toEqual([3, 2, 1]);
    expect(sagemaker.commandCalls(ListImageVersionsCommand)[0]?.args[0].input).toMatchObject({
      ImageName: 'img',
      SortBy: 'VERSION',
      SortOrder: 'DESCENDING',
    });
  });

  it('lists aliases, domains, user profiles and spaces, skipping entries without a name', async () => {
    sagemaker.on(ListAliasesCommand).resolves({ SageMakerImageVersionAliases: ['a', 'b'] });
    sagemaker.on(ListDomainsCommand).resolves({ Domains: [{ DomainId: 'd-1' }, {}] });
    sagemaker
      .on(ListUserProfilesCommand)
      .resolves({ UserProfiles: [{ UserProfileName: 'alice' }, { UserProfileName: '' }] });
    sagemaker.on(ListSpacesCommand).resolves({ Spaces: [{}, { SpaceName: 'lab' }] });
    await expect(retention.listAliasNames(client, 'img')).resolves.toEqual(['a', 'b']);
    expect(sagemaker.commandCalls(ListAliasesCommand)[0]?.args[0].input).toMatchObject({
      ImageName: 'img',
    });
    await expect(retention.listDomainIds(client)).resolves.toEqual(['d-1']);
    await expect(retention.listUserProfileNames(client, 'd-1')).resolves.toEqual(['alice']);
    expect(sagemaker.commandCalls(ListUserProfilesCommand)[0]?.args[0].input).toMatchObject({
      DomainIdEquals: 'd-1',
    });
    await expect(retention.listSpaceNames(client, 'd-1')).resolves.toEqual(['lab']);
    expect(sagemaker.commandCalls(ListSpacesCommand)[0]?.args[0].input).toMatchObject({
      DomainIdEquals: 'd-1',
    });
  });

  it('lists nothing for a domain gone meanwhile', async () => {
    sagemaker.on(ListUserProfilesCommand).rejects(notFound());
    sagemaker.on(ListSpacesCommand).rejects(notFound());
    await expect(retention.listUserProfileNames(client, 'd-1')).resolves.toEqual([]);
    await expect(retention.listSpaceNames(client, 'd-1')).resolves.toEqual([]);
  });

  it('reads settings, and undefined for what is gone', async () => {
    const settings = { JupyterLabAppSettings: { CustomImages: [] } };
    sagemaker.on(DescribeDomainCommand).resolves({
      DomainName: 'not a setting',
      DefaultUserSettings: settings,
      DefaultSpaceSettings: { X: 1 } as never,
      DomainSettings: { RStudioServerProDomainSettings: { DomainExecutionRoleArn: 'r' } },
    });
    sagemaker.on(DescribeUserProfileCommand).resolves({ UserSettings: settings });
    const spaceSettings = { KernelGatewayAppSettings: { CustomImages: [] } };
    sagemaker.on(DescribeSpaceCommand).resolves({ SpaceSettings: spaceSettings });
    await expect(retention.describeDomainSettings(client, 'd-1')).resolves.toStrictEqual({
      DefaultUserSettings: settings,
      DefaultSpaceSettings: { X: 1 },
      DomainSettings: { RStudioServerProDomainSettings: { DomainExecutionRoleArn: 'r' } },
    });
    await expect(retention.describeUserProfileSettings(client, 'd-1', 'alice')).resolves.toEqual(
      settings,
    );
    expect(sagemaker.commandCalls(DescribeUserProfileCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-1',
      UserProfileName: 'alice',
    });
    await expect(retention.describeSpaceSettings(client, 'd-1', 'lab')).resolves.toEqual(
      spaceSettings,
    );
    expect(sagemaker.commandCalls(DescribeSpaceCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-1',
      SpaceName: 'lab',
    });
    sagemaker.on(DescribeDomainCommand).rejects(notFound());
    sagemaker.on(DescribeUserProfileCommand).rejects(notFound());
    sagemaker.on(DescribeSpaceCommand).rejects(notFound());
    await expect(retention.describeDomainSettings(client, 'd-1')).resolves.toBeUndefined();
    await expect(
      retention.describeUserProfileSettings(client, 'd-1', 'alice'),
    ).resolves.toBeUndefined();
    await expect(retention.describeSpaceSettings(client, 'd-1', 'lab')).resolves.toBeUndefined();
  });
});
