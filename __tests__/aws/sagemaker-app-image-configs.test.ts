// AppImageConfigs with the SDK mocked: what each call sends, what a read makes of "not found",
// and that a failure names the operation and the AppImageConfig.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateAppImageConfigCommand,
  DeleteAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  SageMakerClient,
  UpdateAppImageConfigCommand,
} from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import * as configs from '../../src/aws/sagemaker-app-image-configs.js';
import { denied, notFound } from '../../__fixtures__/sdk-errors.ts';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'eu-west-1' });

beforeEach(() => {
  sagemaker.reset();
});

describe('AppImageConfigs', () => {
  it('reads an AppImageConfig by name: undefined when missing, a named failure otherwise', async () => {
    sagemaker.on(DescribeAppImageConfigCommand).rejects(notFound());
    await expect(configs.describeAppImageConfig(client, 'cfg')).resolves.toBeUndefined();
    expect(sagemaker.commandCalls(DescribeAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'cfg',
    });
    sagemaker.on(DescribeAppImageConfigCommand).rejects(denied());
    await expect(configs.describeAppImageConfig(client, 'cfg')).rejects.toMatchObject({
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
      await expect(configs[call](client, { AppImageConfigName: 'cfg' })).resolves.toBe('arn:cfg');
      sagemaker.on(command).resolves({});
      await expect(configs[call](client, { AppImageConfigName: 'cfg' })).resolves.toBe('');
      sagemaker.on(command).rejects(denied());
      await expect(configs[call](client, { AppImageConfigName: 'cfg' })).rejects.toMatchObject({
        operation: op,
        resource: { kind: 'AppImageConfig', name: 'cfg' },
      });
    },
  );

  it('deletes an AppImageConfig by name; a failure names it', async () => {
    sagemaker.on(DeleteAppImageConfigCommand).resolves({});
    await configs.deleteAppImageConfig(client, 'lt-cfg');
    expect(sagemaker.commandCalls(DeleteAppImageConfigCommand)[0]?.args[0].input).toEqual({
      AppImageConfigName: 'lt-cfg',
    });
    sagemaker.on(DeleteAppImageConfigCommand).rejects(denied());
    await expect(configs.deleteAppImageConfig(client, 'lt-cfg')).rejects.toMatchObject({
      operation: 'DeleteAppImageConfig',
      resource: { kind: 'AppImageConfig', name: 'lt-cfg' },
    });
  });
});
