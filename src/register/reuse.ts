// skip-if-unchanged: find the newest CREATED version and tell whether it already is this image.
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { quoteForLog } from '../report/log-safe.js';
import type { Session } from '../run/session.js';

/** The `sha256:<hex>` digest a reference pins, if it pins one. Pure. */
export function digestOf(reference: string | undefined): string | undefined {
  return /@(sha256:[0-9a-f]{64})$/.exec(reference ?? '')?.[1];
}

/** Whether an existing version was made from this base image: the same reference or digest. Pure. */
export function isSameImage(baseImage: string, existing: DescribeImageVersionResponse): boolean {
  if (existing.BaseImage === baseImage) return true;
  const digest = digestOf(baseImage);
  return (
    digest !== undefined &&
    (digest === digestOf(existing.ContainerImage) || digest === digestOf(existing.BaseImage))
  );
}

/** The newest CREATED version when it already holds this base image, else undefined. */
export async function findUnchangedVersion(
  session: Session,
): Promise<DescribeImageVersionResponse | undefined> {
  const { inputs, api, client, log } = session;
  const newest = await api.newestCreatedVersion(client, inputs.imageName);
  if (newest?.Version === undefined) {
    log('No CREATED version to compare with.');
    return undefined;
  }
  const described = await api.describeImageVersion(client, inputs.imageName, newest.Version);
  if (isSameImage(inputs.baseImage, described)) return described;
  log(
    `The newest CREATED version, ${newest.Version}, was made from another image ` +
      `(${quoteForLog(described.BaseImage ?? 'unknown')}).`,
  );
  return undefined;
}
