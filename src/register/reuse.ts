// skip-if-unchanged: find a version already made from this base image, CREATED or about to be.
import type { Inputs } from '../inputs/inputs.js';
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { quoteForLog } from '../common/log-safe.js';
import type { Session } from '../run/session.js';
import { PollFailure } from '../wait/poll.js';
import { waitForVersion } from './wait-version.js';

/** The `sha256:<hex>` digest a reference pins, if it pins one. Pure. */
export function digestOf(reference: string | undefined): string | undefined {
  // Stryker disable next-line StringLiteral: any text in place of '' holds no digest either
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

/**
 * A version made from this base image that can be reused: the newest CREATED version when it has
 * it, or a newer one still CREATING (an earlier run that stopped waiting), waited for until it is
 * CREATED so no duplicate is made; with `wait-for-created: false`, returned as it is, CREATING,
 * like a new version this run would not wait for either. A dry run does not wait: it reports what
 * a real run would do.
 */
export async function findUnchangedVersion(
  session: Session<Inputs>,
): Promise<DescribeImageVersionResponse | undefined> {
  const { inputs, api, client, report } = session;
  const recent = await api.versionsDownToNewestCreated(client, inputs.imageName);
  if (recent.length === 0) report.info('No version to compare with.');
  for (const { Version: version, ImageVersionStatus: status } of recent) {
    if (version === undefined || (status !== 'CREATED' && status !== 'CREATING')) continue;
    const described = await api.describeImageVersion(client, inputs.imageName, version);
    if (!isSameImage(inputs.baseImage, described)) {
      if (status === 'CREATED') {
        report.info(
          `The newest CREATED version, ${version}, was made from another image ` +
            `(${quoteForLog(described.BaseImage ?? 'unknown')}).`,
        );
      }
      continue;
    }
    if (described.ImageVersionStatus !== 'CREATING') return described;
    if (inputs.dryRun || !inputs.waitForCreated) {
      report.info(
        `Version ${version} has this base image and is still CREATING: ` +
          (!inputs.waitForCreated
            ? `${inputs.dryRun ? 'a real run would reuse' : 'reusing'} it without waiting (wait-for-created: false), creating nothing.`
            : 'a real run would wait for it and reuse it once CREATED.'),
      );
      return described;
    }
    report.info(
      `Version ${version} has this base image and is still CREATING (an earlier run stopped ` +
        'waiting for it): waiting for it instead of creating another.',
    );
    try {
      return (await waitForVersion(session, version)).value;
    } catch (error) {
      if (!(error instanceof PollFailure) || error.lastStatus !== 'CREATE_FAILED') throw error;
      report.info(`Version ${version} ended CREATE_FAILED, so it cannot be reused.`);
    }
  }
  return undefined;
}
