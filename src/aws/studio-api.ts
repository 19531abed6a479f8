// The SageMaker calls of the Studio step: domains and AppImageConfigs. Part of the session's `api`
// (src/aws/api.ts). Each call fails as an AwsCallError naming its operation and the domain or
// AppImageConfig.
import {
  CreateAppImageConfigCommand,
  DeleteAppImageConfigCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
  type CreateAppImageConfigRequest,
  type DescribeAppImageConfigResponse,
  type DescribeDomainResponse,
  type SageMakerClient,
  type UpdateAppImageConfigRequest,
  type UpdateDomainRequest,
} from '@aws-sdk/client-sagemaker';
import { call, unlessNotFound } from './sagemaker.js';
import type { AwsResource } from './errors.js';
import { withoutRetries } from './without-retries.js';

export type {
  CreateAppImageConfigRequest,
  DescribeAppImageConfigResponse,
  DescribeDomainResponse,
  UpdateAppImageConfigRequest,
  UpdateDomainRequest,
};

const domain = (id: string): AwsResource => ({ kind: 'Studio domain', name: id });
const appImageConfig = (name: string): AwsResource => ({ kind: 'AppImageConfig', name });

export function describeDomain(
  client: SageMakerClient,
  domainId: string,
): Promise<DescribeDomainResponse> {
  return call(
    'DescribeDomain',
    () => client.send(new DescribeDomainCommand({ DomainId: domainId })),
    domain(domainId),
  );
}

/** A read-modify-write: sent once, without the SDK's retries (see without-retries.ts). */
export async function updateDomain(
  client: SageMakerClient,
  request: UpdateDomainRequest,
): Promise<void> {
  await call(
    'UpdateDomain',
    () => client.send(withoutRetries(new UpdateDomainCommand(request))),
    domain(request.DomainId ?? ''),
  );
}

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
