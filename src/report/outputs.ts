// The step's outputs that describe the version, set in one place for every path of a run.
import * as core from '@actions/core';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import type { ImageVersionArnParts } from '../aws/arn.js';
import type { Inputs } from '../inputs/inputs.js';

/** With `mask-aws-account-id`, hides an account id from the log before it can appear there. */
export function maskAccount(inputs: Inputs, accountId: string | undefined): void {
  if (inputs.maskAccountId && accountId !== undefined) core.setSecret(accountId);
}

export function setVersionOutputs(arnParts: ImageVersionArnParts, created: boolean): void {
  core.setOutput('image-version-arn', arnParts.arn);
  core.setOutput('image-version', String(arnParts.version));
  core.setOutput('image-arn', arnParts.imageArn);
  core.setOutput('created', String(created));
}

export function setStatusOutputs(described: DescribeImageVersionResponse): void {
  core.setOutput('image-version-status', described.ImageVersionStatus ?? '');
  core.setOutput('container-image', described.ContainerImage ?? '');
}
