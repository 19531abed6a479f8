// The step summary: the version's facts as it shows them, and writing it where the runner offers a
// summary file (run-summary.ts composes it, once, at the end of the run).
import * as core from '@actions/core';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import type { ImageVersionArnParts } from '../aws/arn.js';
import type { Inputs } from '../inputs/inputs.js';
import type { SummaryFacts } from './summary.js';

/**
 * What the summary shows of the version, whichever way the run went. Its base image is the
 * version's own: a re-run may get back the version an earlier attempt made from a reference
 * written otherwise (`registered`, the base image the version was created or found with).
 */
export function summaryFacts(
  inputs: Inputs,
  arnParts: ImageVersionArnParts,
  described: DescribeImageVersionResponse | undefined,
  registered: string = inputs.baseImage,
): Omit<SummaryFacts, 'created'> {
  return {
    imageName: inputs.imageName,
    region: arnParts.region,
    partition: arnParts.partition,
    version: arnParts.version,
    imageVersionArn: arnParts.arn,
    baseImage: described?.BaseImage ?? registered,
    ...(described?.ImageVersionStatus ? { status: described.ImageVersionStatus } : {}),
    ...(described?.ContainerImage ? { containerImage: described.ContainerImage } : {}),
  };
}

/** Writes the step summary where the runner offers one (local runs and old servers may not). */
export async function writeStepSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('No $GITHUB_STEP_SUMMARY: the step summary is skipped.');
    return;
  }
  await core.summary.addRaw(markdown).write();
}
