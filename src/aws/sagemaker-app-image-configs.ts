// AppImageConfigs: how Studio starts an image (the Studio step's config users start with, the
// launch test's temporary one). Part of the session's `api` (src/aws/api.ts). A failure is an
// AwsCallError naming its operation and the AppImageConfig.
import {
  CreateAppImageConfigCommand,
  DeleteAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  UpdateAppImageConfigCommand,
  type CreateAppImageConfigRequest,
  type DescribeAppImageConfigResponse,
  type SageMakerClient,
  type UpdateAppImageConfigRequest,
} from '@aws-sdk/client-sagemaker';
import type { AwsResource } from './errors.js';
import { call, unlessNotFound } from './sagemaker-client.js';

export type {
  CreateAppImageConfigRequest,
  DescribeAppImageConfigResponse,
  UpdateAppImageConfigRequest,
};

const appImageConfig = (name: string): AwsResource => ({ kind: 'AppImageConfig', name });

/** The AppImageConfig, or undefined when it does not exist. */
export function describeAppImageConfig(
  client: SageMakerClient,
  name: string,
): Promise<DescribeAppImageConfigResponse | undefined> {
  return unlessNotFound(() =>
    call(
      'DescribeAppImageConfig',
      () => client.send(new DescribeAppImageConfigCommand({ AppImageConfigName: name })),
      appImageConfig(name),
    ),
  );
}

/** Creates it and returns its ARN. Not idempotent: a second call fails with ResourceInUse. */
export async function createAppImageConfig(
  client: SageMakerClient,
  request: CreateAppImageConfigRequest,
): Promise<string> {
  const response = await call(
    'CreateAppImageConfig',
    () => client.send(new CreateAppImageConfigCommand(request)),
    appImageConfig(request.AppImageConfigName ?? ''),
  );
  return response.AppImageConfigArn ?? '';
}

/** Replaces the config member sent; returns the ARN. */
export async function updateAppImageConfig(
  client: SageMakerClient,
  request: UpdateAppImageConfigRequest,
): Promise<string> {
  const response = await call(
    'UpdateAppImageConfig',
    () => client.send(new UpdateAppImageConfigCommand(request)),
    appImageConfig(request.AppImageConfigName ?? ''),
  );
  return response.AppImageConfigArn ?? '';
}

/** Deletes the AppImageConfig (the launch test's temporary one). */
export async function deleteAppImageConfig(client: SageMakerClient, name: string): Promise<void> {
  await call(
    'DeleteAppImageConfig',
    () => client.send(new DeleteAppImageConfigCommand({ AppImageConfigName: name })),
    appImageConfig(name),
  );
}
