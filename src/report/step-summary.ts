// The step summary: the version's facts, the steps' sections (Image, Studio), and writing it where
// the runner offers a summary file.
import * as core from '@actions/core';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import type { ImageVersionArnParts } from '../aws/arn.js';
import type { Inputs } from '../inputs/inputs.js';
import { renderSummary, type SummaryFacts } from './summary.js';

/** What the summary shows of the version, whichever way the run went. */
export function summaryFacts(
  inputs: Inputs,
  arnParts: ImageVersionArnParts,
  described: DescribeImageVersionResponse | undefined,
): Omit<SummaryFacts, 'created'> {
  return {
    imageName: inputs.imageName,
    region: arnParts.region,
    partition: arnParts.partition,
    version: arnParts.version,
    imageVersionArn: arnParts.arn,
    baseImage: inputs.baseImage,
    ...(described?.ImageVersionStatus ? { status: described.ImageVersionStatus } : {}),
    ...(described?.ContainerImage ? { containerImage: described.ContainerImage } : {}),
  };
}

export async function writeSummary(
  facts: Omit<SummaryFacts, 'created'>,
  outcome: Pick<
    SummaryFacts,
    'created' | 'clientToken' | 'request' | 'failure' | 'aliases' | 'launchTest'
  >,
  /** The steps' own sections (the Image section, the Studio section), in order; '' or undefined for none. */
  sections: readonly (string | undefined)[] = [],
): Promise<void> {
  const shown = sections.filter((section) => section !== undefined && section !== '');
  await writeStepSummary([renderSummary({ ...facts, ...outcome }), ...shown, ''].join('\n'));
}

/** Writes the step summary where the runner offers one (local runs and old servers may not). */
export async function writeStepSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('No $GITHUB_STEP_SUMMARY: the step summary is skipped.');
    return;
  }
  await core.summary.addRaw(markdown).write();
}
