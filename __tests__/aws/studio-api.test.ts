// The Studio edge with the SDK mocked: what each call sends, what a read makes of "not found",
// and that a failure names the operation and the domain or AppImageConfig.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
  UpdateAppImageConfigCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as studio from '../../src/aws/studio-api.js';

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

beforeEach(() => {
  sagemaker.reset();
});

describe('the Studio edge', () => {
  it('reads a domain by its id, and a failure names the domain', async () => {
    sagemaker.on(DescribeDomainCommand).resolves({ DomainId: 'd-one' });
    await studio.describeDomain(client, 'd-one');
    expect(sagemaker.commandCalls(DescribeDomainCommand)[0]?.args[0].input).toEqual({
      DomainId: 'd-one',
    });
    sagemaker.on(DescribeDomainCommand).rejects(denied());
    await expect(studio.describeDomain(client, 'd-two')).rejects.toMatchObject({
      operation: 'DescribeDomain',
      resource: { kind: 'Studio domain', name: 'd-two' },
    });
  });

  it('reads an AppImageConfig by name: undefined when missing, a named failure otherwise', async () => {
    sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
    await expect(studio.describeAppImageConfig(client, 'cfg')).resolves.toBeUndefined();
    expect(sagemaker.commandCalls(DescribeAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'cfg',
    });
    sagemaker.on(DescribeAppImageConfigCommand).rejects(denied());
    await expect(studio.describeAppImageConfig(client, 'cfg')).rejects.toMatchObject({
      operation: 'DescribeAppImageConfig',
      resource: { kind: 'AppImageConfig', name: 'cfg' },
    });
  });

  it.each([
    ['createAppImageConfig', CreateAppImageConfigCommand, 'CreateAppImageConfig'],
    ['updateAppImageConfig', UpdateAppImageConfigCommand, 'UpdateAppImageConfig'],
  ] as const)(
    '%s returns the ARN, or names the config when it fails',
    async (call, command, op) => {
      sagemaker.on(command).resolves({ AppImageConfigArn: 'arn:cfg' });
      await expect(studio[call](client, { AppImageConfigName: 'cfg' })).resolves.toBe('arn:cfg');
      sagemaker.on(command).resolves({});
      await expect(studio[call](client, { AppImageConfigName: 'cfg' })).resolves.toBe('');
      sagemaker.on(command).rejects(denied());
      await expect(studio[call](client, { AppImageConfigName: 'cfg' })).rejects.toMatchObject({
        operation: op,
        resource: { kind: 'AppImageConfig', name: 'cfg' },
      });
    },
  );
});
