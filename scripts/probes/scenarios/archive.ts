// What SageMaker does with an image ECR archived (issue 28): the run's archive probe image, a tiny
// image the workflow pushes for this alone (PROBE_ARCHIVE_IMAGE), is registered as a version of the
// probe image while ACTIVE, then archived (UpdateImageStorageClass). Then:
//
//   archived-image-new-version   CreateImageVersion of the archived image, waited until it settles
//   archived-image-app           CreateApp of the version made while ACTIVE, in a private space of
//                                the CI profile (its own list names the probe image for the run)
//
// Everything is removed in a `finally`, whatever happened: the app and its space, the profile's
// list as it was, both versions, and the archived image itself (ECR bills an archived image for 90
// days at least, early deletion included: the image is about 1 MB). What a failed removal leaves,
// the clean-up job removes (the space and versions by the run's name, the image by its tag).
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  BatchDeleteImageCommand,
  DescribeImagesCommand,
  UpdateImageStorageClassCommand,
} from '@aws-sdk/client-ecr';
import { CreateImageVersionCommand, DeleteImageVersionCommand } from '@aws-sdk/client-sagemaker';
import { ask, notKnown, observed, skipped, tidy, waitFor, type ProbeContext } from '../context.ts';
import { archivedAppOutcome, archivedVersionOutcome, detailOf, type Answer } from '../outcomes.ts';
import type { Observation } from '../types.ts';
import { withEntry, type Entry } from './domain.ts';
import { dropSpace, ensureProbeImage, makeSpace, startApp } from './apps.ts';
import { ecrLocation } from './ecr.ts';
import { profileMember, restoreProfile, updateProfile } from './profiles.ts';
import { settleVersion, versionOf } from './versions.ts';

export const ARCHIVE_PROBE_IDS = ['archived-image-app', 'archived-image-new-version'] as const;
const [APP, NEW_VERSION] = ARCHIVE_PROBE_IDS;

/** What the scenario made, for the `finally` that removes it. */
interface Made {
  /** Versions of the probe image. */
  readonly versions: number[];
}

/** The archive image's repository, digest and `imageId`, for ECR's calls. */
function archiveImageId(context: ProbeContext) {
  const { archiveImage } = context.settings;
  const imageDigest = archiveImage.split('@')[1] ?? '';
  return { ...ecrLocation(archiveImage), imageDigest };
}

/** CreateImageVersion of the archive image for the probe image, and its end. */
async function newVersion(context: ProbeContext, made: Made, purpose: string) {
  const { sagemaker, names, settings } = context;
  const created = await ask(() =>
    sagemaker.send(
      new CreateImageVersionCommand({
        ImageName: names.probeImage,
        BaseImage: settings.archiveImage,
        ClientToken: names.token(purpose),
      }),
    ),
  );
  const version = created.ok ? versionOf(created.value.ImageVersionArn ?? '') : undefined;
  if (version === undefined) return { created, arn: undefined, end: undefined };
  made.versions.push(version);
  const end = await settleVersion(context, names.probeImage, version);
  return {
    created,
    arn: created.ok ? created.value.ImageVersionArn : undefined,
    end: {
      status: end.value?.ImageVersionStatus ?? 'unknown',
      reason: end.value?.FailureReason ?? '',
    },
  };
}

/** UpdateImageStorageClass to ARCHIVE, then DescribeImages until ECR says ARCHIVED. */
async function archive(context: ProbeContext): Promise<string | undefined> {
  const { repositoryName, registryId, imageDigest } = archiveImageId(context);
  const moved = await ask(() =>
    context.ecr.send(
      new UpdateImageStorageClassCommand({
        repositoryName,
        registryId,
        imageId: { imageDigest },
        targetStorageClass: 'ARCHIVE',
      }),
    ),
  );
  if (!moved.ok) return `UpdateImageStorageClass: ${detailOf(moved)}`;
  const settled = await waitFor(
    context,
    () =>
      context.ecr.send(
        new DescribeImagesCommand({
          repositoryName,
          registryId,
          imageIds: [{ imageDigest }],
          filter: { imageStatus: 'ANY' },
        }),
      ),
    (d) => d.imageDetails?.[0]?.imageStatus ?? 'not described',
    (d) => d.imageDetails?.[0]?.imageStatus === 'ARCHIVED',
    context.settings.settleTimeoutSeconds * 1000,
  );
  return settled.timedOut ? `the image did not become ARCHIVED: ${settled.statuses}` : undefined;
}

/** The app case: the version made while ACTIVE, started in a space of the CI profile. */
async function appCase(context: ProbeContext, versionArn: string): Promise<Observation> {
  const { names } = context;
  const member0 = await profileMember(context);
  if (member0 === undefined) return notKnown(APP, 'DescribeUserProfile failed');
  const entry = { ImageName: names.probeImage, AppImageConfigName: names.jupyterLabConfig };
  const space = names.space('archive');
  try {
    const added = await updateProfile(context, {
      ...member0,
      CustomImages: withEntry((member0.CustomImages as Entry[] | undefined) ?? [], entry),
    });
    if (!added.ok) return notKnown(APP, `UpdateUserProfile: ${detailOf(added)}`);
    const made = await makeSpace(context, space);
    if (!made.ok) return notKnown(APP, `CreateSpace: ${detailOf(made)}`);
    const started = await startApp(context, space, versionArn);
    return observed(APP, archivedAppOutcome(started.created, started.end), started.detail);
  } finally {
    await dropSpace(context, space);
    await tidy(context, "putting the CI profile's list back", () =>
      restoreProfile(context, member0),
    );
  }
}

/** Both probes, once the version made while ACTIVE exists and the image is ARCHIVED. */
async function probeArchived(
  context: ProbeContext,
  made: Made,
  activeArn: string,
): Promise<Observation[]> {
  const later = await newVersion(context, made, 'archived');
  const found: Observation[] = [
    observed(
      NEW_VERSION,
      archivedVersionOutcome(later.created, later.end),
      later.created.ok
        ? `${later.end?.status ?? ''}: ${later.end?.reason ?? ''}`
        : detailOf(later.created),
    ),
  ];
  const skip = appSkip(context);
  found.unshift(skip === undefined ? await appCase(context, activeArn) : skipped(APP, skip));
  return found;
}

/** Removes what the scenario made: the versions, then the archived image. */
async function removeMade(context: ProbeContext, made: Made): Promise<void> {
  const { sagemaker, names } = context;
  for (const version of made.versions) {
    await tidy(context, `deleting version ${version} of image ${names.probeImage}`, () =>
      sagemaker.send(
        new DeleteImageVersionCommand({ ImageName: names.probeImage, Version: version }),
      ),
    );
  }
  const { repositoryName, registryId, imageDigest } = archiveImageId(context);
  await tidy(context, 'deleting the archive probe image', async () => {
    const answer: Answer = await ask(() =>
      context.ecr.send(
        new BatchDeleteImageCommand({ repositoryName, registryId, imageIds: [{ imageDigest }] }),
      ),
    );
    if (!answer.ok) throw new Error(detailOf(answer));
  });
}

const NO_ARCHIVE_IMAGE = 'PROBE_ARCHIVE_IMAGE is not set';

/** Why the app probe cannot run, as the other app probes say it; undefined when it can. */
function appSkip(context: ProbeContext): string | undefined {
  const { domainId, userProfile } = context.settings;
  if (domainId === '') return 'no test domain (AWS_INTEGRATION_DOMAIN_ID)';
  return userProfile === '' ? 'no CI user profile (AWS_INTEGRATION_USER_PROFILE)' : undefined;
}

export async function archiveScenario(context: ProbeContext): Promise<Observation[]> {
  if (context.settings.archiveImage === '')
    return [
      skipped(APP, appSkip(context) ?? NO_ARCHIVE_IMAGE),
      skipped(NEW_VERSION, NO_ARCHIVE_IMAGE),
    ];
  const made: Made = { versions: [] };
  try {
    await ensureProbeImage(context);
    const active = await newVersion(context, made, 'active');
    if (active.arn === undefined || active.end?.status !== 'CREATED') {
      const why = active.created.ok
        ? `the version made while ACTIVE ended ${active.end?.status ?? 'unknown'}: ${active.end?.reason ?? ''}`
        : `CreateImageVersion while ACTIVE: ${detailOf(active.created)}`;
      return ARCHIVE_PROBE_IDS.map((id) => notKnown(id, why));
    }
    const notArchived = await archive(context);
    if (notArchived !== undefined) return ARCHIVE_PROBE_IDS.map((id) => notKnown(id, notArchived));
    return await probeArchived(context, made, active.arn);
  } finally {
    await removeMade(context, made);
  }
}
