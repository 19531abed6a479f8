// Studio domains with the SDK mocked: what each call sends, every page of the list, what a read
// makes of "not found", and that a failure names the operation and the domain.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  DescribeDomainCommand,
  ListDomainsCommand,
  SageMakerClient,
  UpdateDomainCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as domains from '../../src/aws/sagemaker-domains.js';
import { denied, notFound } from '../../__fixtures__/sdk-errors.ts';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'eu-west-1' });

beforeEach(() => {
  sagemaker.reset();
});

describe('Studio domains', () => {
  it('reads a domain by its id, and a failure names the domain', async () => {
    sagemaker.on(DescribeDomainCommand).resolves({ DomainId: 'd-one' });
    await domains.describeDomain(client, 'd-one');
    expect(sagemaker.commandCalls(DescribeDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
    });
    sagemaker.on(DescribeDomainCommand).rejects(denied());
    await expect(domains.describeDomain(client, 'd-two')).rejects.toMatchObject({
      operation: 'DescribeDomain',
      resource: { kind: 'Studio domain', name: 'd-two' },
    });
  });

  it('writes a domain as asked, once: a failure names the domain', async () => {
    const request = { DomainId: 'd-one', DefaultUserSettings: { ExecutionRole: 'arn:r' } };
    sagemaker.on(UpdateDomainCommand).resolves({});
    await domains.updateDomain(client, request);
    expect(sagemaker.commandCalls(UpdateDomainCommand).map((c) => c.args[0].input)).toEqual([
      request,
    ]);
    sagemaker.on(UpdateDomainCommand).rejects(denied());
    await expect(domains.updateDomain(client, request)).rejects.toMatchObject({
      operation: 'UpdateDomain',
      resource: { kind: 'Studio domain', name: 'd-one' },
    });
  });

  it('lists the ids of every domain, over every page, skipping entries without one', async () => {
    sagemaker
      .on(ListDomainsCommand)
      .resolvesOnce({ Domains: [{ DomainId: 'd-1' }, {}], NextToken: 'p2' })
      .resolves({ Domains: [{ DomainId: 'd-2' }] });
    await expect(domains.listDomainIds(client)).resolves.toEqual(['d-1', 'd-2']);
    expect(sagemaker.commandCalls(ListDomainsCommand)[0]?.args[0].input).toMatchObject({
      MaxResults: 100,
    });
    sagemaker.on(ListDomainsCommand).rejects(denied());
    await expect(domains.listDomainIds(client)).rejects.toMatchObject({
      operation: 'ListDomains',
      resource: { kind: 'Studio domain', every: true },
    });
  });

  it("reads the settings that can name a version, and undefined for a domain that's gone", async () => {
    const settings = { JupyterLabAppSettings: { CustomImages: [] } };
    sagemaker.on(DescribeDomainCommand).resolves({
      DomainName: 'not a setting',
      DefaultUserSettings: settings,
      DefaultSpaceSettings: { X: 1 } as never,
      DomainSettings: { RStudioServerProDomainSettings: { DomainExecutionRoleArn: 'r' } },
    });
    await expect(domains.describeDomainSettings(client, 'd-1')).resolves.toStrictEqual({
      DefaultUserSettings: settings,
      DefaultSpaceSettings: { X: 1 },
      DomainSettings: { RStudioServerProDomainSettings: { DomainExecutionRoleArn: 'r' } },
    });
    sagemaker.on(DescribeDomainCommand).rejects(notFound());
    await expect(domains.describeDomainSettings(client, 'd-1')).resolves.toBeUndefined();
  });
});
