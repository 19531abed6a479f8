// The step's outputs: each name once, as action.yml declares it (a test holds the two together),
// and the outputs that describe the version, set in one place for every path of a run.
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import type { ImageVersionArnParts } from '../aws/arn.js';
import type { Inputs } from '../inputs/inputs.js';
import type { Reporter } from './runner.js';

export const Output = {
  ImageVersionArn: 'image-version-arn',
  ImageVersion: 'image-version',
  ImageArn: 'image-arn',
  ClientToken: 'client-token',
  ImageVersionStatus: 'image-version-status',
  ContainerImage: 'container-image',
  Created: 'created',
  Aliases: 'aliases',
  RetiredVersions: 'retired-versions',
  AppImageConfigArn: 'app-image-config-arn',
  StudioDomainsUpdated: 'studio-domains-updated',
  LaunchTestSeconds: 'launch-test-seconds',
} as const;
export type Output = (typeof Output)[keyof typeof Output];

/** The outputs of `./compare`, as compare/action.yml declares them (a test holds the two together). */
export const CompareOutput = {
  Vulnerabilities: 'vulnerabilities',
  NewVulnerabilities: 'new-vulnerabilities',
  FixedVulnerabilities: 'fixed-vulnerabilities',
  PackagesChanged: 'packages-changed',
  LiveVersions: 'live-versions',
  CommentUrl: 'comment-url',
} as const;
export type CompareOutput = (typeof CompareOutput)[keyof typeof CompareOutput];

/** Any entry point's output name. */
export type AnyOutput = Output | CompareOutput;

/** With `mask-aws-account-id`, hides an account id from the log before it can appear there. */
export function maskAccount(
  report: Reporter,
  inputs: Pick<Inputs, 'maskAccountId'>,
  accountId: string | undefined,
): void {
  if (inputs.maskAccountId && accountId !== undefined) report.mask(accountId);
}

export function setVersionOutputs(
  report: Reporter,
  arnParts: ImageVersionArnParts,
  created: boolean,
): void {
  report.output(Output.ImageVersionArn, arnParts.arn);
  report.output(Output.ImageVersion, String(arnParts.version));
  report.output(Output.ImageArn, arnParts.imageArn);
  report.output(Output.Created, String(created));
}

export function setStatusOutputs(report: Reporter, described: DescribeImageVersionResponse): void {
  report.output(Output.ImageVersionStatus, described.ImageVersionStatus ?? '');
  report.output(Output.ContainerImage, described.ContainerImage ?? '');
}
