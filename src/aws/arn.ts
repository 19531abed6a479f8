// Image-version ARNs and the console links that belong to their partition. Pure.
import { quoteForLog } from '../common/log-safe.js';
import { ActionError } from '../common/action-error.js';

export interface ImageVersionArnParts {
  readonly arn: string;
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  readonly imageName: string;
  readonly version: number;
  readonly imageArn: string;
}

const IMAGE_VERSION_ARN =
  /^arn:(aws(?:-[a-z0-9]+)*):sagemaker:([a-z0-9-]+):(\d{12}):image-version\/([a-z0-9](?:[-.]?[a-z0-9])*)\/(\d+)$/;

/**
 * Whether two names are the same SageMaker image: names are unique whatever their case, and an ARN
 * holds a name in lower case. Pure.
 */
export function sameImageName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Parses `arn:<partition>:sagemaker:<region>:<account>:image-version/<name>/<n>`, else undefined. */
export function parseImageVersionArn(arn: string): ImageVersionArnParts | undefined {
  const match = IMAGE_VERSION_ARN.exec(arn);
  if (match === null) return undefined;
  // Stryker disable next-line StringLiteral: every group takes part in a match, so no default applies
  const [, partition = '', region = '', accountId = '', imageName = '', version = ''] = match;
  return {
    arn,
    partition,
    region,
    accountId,
    imageName,
    version: Number(version),
    imageArn: `arn:${partition}:sagemaker:${region}:${accountId}:image/${imageName}`,
  };
}

/** The parts of an ARN SageMaker answered with; an ARN this action cannot read fails the step. */
export function readImageVersionArn(imageVersionArn: string): ImageVersionArnParts {
  const arnParts = parseImageVersionArn(imageVersionArn);
  if (arnParts === undefined) {
    throw new ActionError(
      `SageMaker answered with an ARN this action cannot read: ${quoteForLog(imageVersionArn)}.`,
    );
  }
  return arnParts;
}

/** The partition a region belongs to, for when no ARN is at hand. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  return 'aws';
}

const CONSOLE_HOST: Readonly<Record<string, (region: string) => string>> = {
  aws: (region) => `${region}.console.aws.amazon.com`,
  'aws-cn': (region) => `${region}.console.amazonaws.cn`,
  'aws-us-gov': () => 'console.amazonaws-us-gov.com',
};

/** The SageMaker console page of an image, or undefined for partitions without a public console. */
export function imageConsoleUrl(
  partition: string,
  region: string,
  imageName: string,
): string | undefined {
  const host = CONSOLE_HOST[partition]?.(region);
  if (host === undefined) return undefined;
  return `https://${host}/sagemaker/home?region=${region}#/images/${encodeURIComponent(imageName)}`;
}

/** The SageMaker console page of a Studio domain, or undefined without a public console. */
export function domainConsoleUrl(
  partition: string,
  region: string,
  domainId: string,
): string | undefined {
  const host = CONSOLE_HOST[partition]?.(region);
  if (host === undefined) return undefined;
  return `https://${host}/sagemaker/home?region=${region}#/studio/${encodeURIComponent(domainId)}`;
}

/**
 * The ARN CreateImage will give a new image, from the role it is created with: CreateImage takes a
 * role of the image's own account. Undefined for a role ARN of another shape. Pure.
 */
export function newImageArn(
  roleArn: string,
  region: string,
  imageName: string,
): string | undefined {
  const match = /^arn:(aws(?:-[a-z0-9]+)*):iam::(\d{12}):role\//.exec(roleArn);
  if (match === null) return undefined;
  const [, partition = '', accountId = ''] = match;
  // ARNs hold image names in lower case.
  return `arn:${partition}:sagemaker:${region}:${accountId}:image/${imageName.toLowerCase()}`;
}
