// The step's outputs: each name once, as action.yml declares it (a test holds the two together),
// and the outputs that describe the version, set in one place for every path of a run.
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import type { ImageVersionArnParts } from '../aws/arn.js';
import type { CommonInputs } from '../inputs/common-inputs.js';
import type { Reporter } from './runner.js';

/** The outputs of `./` (action.yml). */
export const Output = {
  ImageVersionArn: 'image-version-arn',
  ImageVersion: 'image-version',
  ImageArn: 'image-arn',
  ClientToken: 'client-token',
  ImageVersionStatus: 'image-version-status',
  ContainerImage: 'container-image',
  Created: 'created',
  Aliases: 'aliases',
} as const;

/** The outputs of `./launch-test` (launch-test/action.yml). */
export const LaunchTestOutput = { Seconds: 'seconds' } as const;

/** The outputs of `./studio` (studio/action.yml); `aliases` as `./` sets it. */
export const StudioOutput = {
  AppImageConfigArn: 'app-image-config-arn',
  DomainsUpdated: 'domains-updated',
  Aliases: Output.Aliases,
} as const;

/** The outputs of `./retire` (retire/action.yml). */
export const RetireOutput = { RetiredVersions: 'retired-versions' } as const;

/** The outputs of `./compare` (compare/action.yml). */
export const CompareOutput = {
  Vulnerabilities: 'vulnerabilities',
  NewVulnerabilities: 'new-vulnerabilities',
  FixedVulnerabilities: 'fixed-vulnerabilities',
  PackagesChanged: 'packages-changed',
  LiveVersions: 'live-versions',
  CommentUrl: 'comment-url',
} as const;

/** Each entry point's output table, by the folder of its action.yml ('.' for `./`). */
export const OUTPUTS_OF = {
  '.': Output,
  'launch-test': LaunchTestOutput,
  studio: StudioOutput,
  retire: RetireOutput,
  compare: CompareOutput,
} as const;

type Values<T> = T[keyof T];
/** Any output name of any entry point. */
export type Output = Values<{ [K in keyof typeof OUTPUTS_OF]: Values<(typeof OUTPUTS_OF)[K]> }>;

/** With `mask-aws-account-id`, hides an account id from the log before it can appear there. */
export function maskAccount(
  report: Reporter,
  inputs: Pick<CommonInputs, 'maskAccountId'>,
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

/**
 * A dry run's version outputs: the version a real run would create or reuse, status PLANNED, so a
 * dry run of a whole composed release plans every step.
 */
export function setPlannedVersionOutputs(
  report: Reporter,
  imageArn: string,
  version: number,
): void {
  const arn = `${imageArn.replace(':image/', ':image-version/')}/${version}`;
  report.output(Output.ImageVersionArn, arn);
  report.output(Output.ImageVersion, String(version));
  report.output(Output.ImageArn, imageArn);
  report.output(Output.ImageVersionStatus, 'PLANNED');
}
