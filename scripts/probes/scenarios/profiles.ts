// Probes of UpdateUserProfile, on the CI user profile (AWS_INTEGRATION_USER_PROFILE) of the test
// domain: the writes `user-profiles: all` (`./studio`) and the launch test send. No app runs here.
//
//   write 1  the JupyterLab member with the test image's entry added, and at once the same again
//            → update-profile-while-updating (sendUpdate waits out the refusal)
//   restore  the member as first read; a profile that had no list of its own sent without one
//            → update-profile-member-replaces (the launch test gives such a profile no list back)
//   limit    only when the profile had no list, and it could be taken away again: a list of five
//            images of the run, then six, then the member as first read
//            → profile-custom-image-limit (the action refuses a sixth entry before writing)
//
// A profile's own list, even an empty one, may hide the domain's list from it: a list that cannot
// be taken away is emptied at least, and the log says so.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageCommand,
  DescribeImageCommand,
  DescribeUserProfileCommand,
  UpdateUserProfileCommand,
  type UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import {
  ask,
  notKnown,
  observed,
  skipAll,
  skipped,
  tidy,
  waitFor,
  type ProbeContext,
} from '../context.ts';
import {
  O,
  detailOf,
  profileLimitOutcome,
  whileUpdatingOutcome,
  type Answer,
} from '../outcomes.ts';
import type { Observation } from '../types.ts';
import { withEntry, type Entry } from './domain.ts';
import { settleVersion, versionOf } from './versions.ts';

export const PROFILE_PROBE_IDS = [
  'update-profile-while-updating',
  'update-profile-member-replaces',
  'profile-custom-image-limit',
] as const;
const IDS = PROFILE_PROBE_IDS;

type Member = Record<string, unknown>;

function profileKey(context: ProbeContext) {
  return { DomainId: context.settings.domainId, UserProfileName: context.settings.userProfile };
}

/** The CI profile's JupyterLab settings as read (empty when it has none); undefined if unread. */
export async function profileMember(context: ProbeContext): Promise<Member | undefined> {
  const profile = await ask(() =>
    context.sagemaker.send(new DescribeUserProfileCommand(profileKey(context))),
  );
  if (!profile.ok) return undefined;
  return { ...((profile.value.UserSettings?.JupyterLabAppSettings as Member | undefined) ?? {}) };
}

/** Sends the profile its JupyterLab member, once, without waiting. */
function sendProfile(context: ProbeContext, member: Member): Promise<Answer> {
  const request = {
    ...profileKey(context),
    UserSettings: { JupyterLabAppSettings: member },
  } as unknown as UpdateUserProfileRequest;
  return ask(() => context.sagemaker.send(new UpdateUserProfileCommand(request)));
}

/** Reads the profile until it is no longer Pending or Updating. */
function settleProfile(context: ProbeContext) {
  return waitFor(
    context,
    () => context.sagemaker.send(new DescribeUserProfileCommand(profileKey(context))),
    (d) => d.Status ?? 'unknown',
    (d) => d.Status !== 'Updating' && d.Status !== 'Pending',
    context.settings.settleTimeoutSeconds * 1000,
  );
}

/** Sends the profile its JupyterLab member, then waits until it is no longer Updating. */
export async function updateProfile(context: ProbeContext, member: Member): Promise<Answer> {
  const updated = await sendProfile(context, member);
  if (updated.ok) await settleProfile(context);
  return updated;
}

/**
 * Puts the CI profile's member back as it was. A profile without a list of its own should stay
 * without one (with one, it may no longer see the domain's list): the member as read is sent, and
 * only if the list is still there (UpdateUserProfile merged) is an empty list sent instead.
 * Returns whether the profile is as it was.
 */
export async function restoreProfile(context: ProbeContext, member0: Member): Promise<boolean> {
  const first = await updateProfile(context, member0);
  if (!first.ok) throw new Error(detailOf(first));
  if (member0.CustomImages !== undefined) return true;
  const now = await profileMember(context);
  if (now?.CustomImages === undefined) return true;
  const emptied = await updateProfile(context, { ...member0, CustomImages: [] });
  if (!emptied.ok) throw new Error(detailOf(emptied));
  context.log(
    "The CI user profile kept a list of its own: it was emptied, but an empty list may hide the domain's list from that profile (see docs/aws-assumptions.md, update-profile-member-replaces).",
  );
  return false;
}

/** Write 1 and a second write at once: what SageMaker answers while the profile settles. */
async function probeWhileUpdating(context: ProbeContext, member0: Member): Promise<Observation> {
  const { settings } = context;
  const entry = { ImageName: settings.imageName, AppImageConfigName: settings.appImageConfigName };
  const member = {
    ...member0,
    CustomImages: withEntry((member0.CustomImages as Entry[] | undefined) ?? [], entry),
  };
  const first = await sendProfile(context, member);
  if (!first.ok) return notKnown(IDS[0], `UpdateUserProfile: ${detailOf(first)}`);
  const after = await ask(() =>
    context.sagemaker.send(new DescribeUserProfileCommand(profileKey(context))),
  );
  const status = after.ok ? (after.value.Status ?? 'unknown') : after.name;
  let found: Observation;
  if (status === 'InService') found = skipped(IDS[0], 'the profile was InService again at once');
  else {
    const again = await sendProfile(context, member);
    found = observed(
      IDS[0],
      whileUpdatingOutcome(again),
      detailOf(again) || `sent while ${status}`,
    );
  }
  await settleProfile(context);
  return found;
}

/** The limit probe's images: five of the run, each with a CREATED version (names.limitImages). */
async function limitImages(context: ProbeContext): Promise<string[] | undefined> {
  const { sagemaker, settings } = context;
  const one = async (name: string, purpose: string): Promise<boolean> => {
    const image = await ask(() =>
      sagemaker.send(new CreateImageCommand({ ImageName: name, RoleArn: settings.roleArn })),
    );
    if (!image.ok) return false;
    await waitFor(
      context,
      () => sagemaker.send(new DescribeImageCommand({ ImageName: name })),
      (d) => d.ImageStatus ?? 'unknown',
      (d) => d.ImageStatus !== 'CREATING',
      settings.settleTimeoutSeconds * 1000,
    );
    const created = await ask(() =>
      sagemaker.send(
        new CreateImageVersionCommand({
          ImageName: name,
          BaseImage: settings.baseImage,
          ClientToken: context.names.token(purpose),
        }),
      ),
    );
    const version = created.ok ? versionOf(created.value.ImageVersionArn ?? '') : undefined;
    if (version === undefined) return false;
    return (await settleVersion(context, name, version)).value?.ImageVersionStatus === 'CREATED';
  };
  const names = context.names.limitImages;
  const made = await Promise.all(names.map((name, i) => one(name, `lim${i + 1}`)));
  return made.every(Boolean) ? names : undefined;
}

/** Five entries in the profile's own list, then six; the member as first read again. */
async function probeLimit(context: ProbeContext, member0: Member): Promise<Observation> {
  const { settings } = context;
  const images = await limitImages(context);
  let found: Observation;
  if (images === undefined) found = notKnown(IDS[2], 'the five images could not be made');
  else {
    const entries = [settings.imageName, ...images].map((ImageName) => ({
      ImageName,
      AppImageConfigName: settings.appImageConfigName,
    }));
    const five = await updateProfile(context, { ...member0, CustomImages: entries.slice(0, 5) });
    const six = five.ok
      ? await updateProfile(context, { ...member0, CustomImages: entries })
      : undefined;
    found = observed(
      IDS[2],
      profileLimitOutcome(five, six),
      detailOf(six ?? five) || `${entries.length} entries accepted`,
    );
    await tidy(context, "putting the CI profile's list back", () =>
      restoreProfile(context, member0),
    );
  }
  for (const name of context.names.limitImages)
    await tidy(context, `deleting image ${name}`, () =>
      context.sagemaker.send(new DeleteImageCommand({ ImageName: name })),
    );
  return found;
}

export async function profileScenario(context: ProbeContext): Promise<Observation[]> {
  const { settings } = context;
  if (settings.domainId === '') return skipAll(IDS, 'no test domain (AWS_INTEGRATION_DOMAIN_ID)');
  if (settings.userProfile === '')
    return skipAll(IDS, 'no CI user profile (AWS_INTEGRATION_USER_PROFILE)');
  const member0 = await profileMember(context);
  if (member0 === undefined) return IDS.map((id) => notKnown(id, 'DescribeUserProfile failed'));
  const whileUpdating = await probeWhileUpdating(context, member0);
  const restored = await updateProfile(context, member0);
  if (!restored.ok) {
    const why = `putting the member back: ${detailOf(restored)}`;
    return [whileUpdating, notKnown(IDS[1], why), skipped(IDS[2], why)];
  }
  if (member0.CustomImages !== undefined) {
    const why = 'the CI profile has a list of its own';
    return [whileUpdating, skipped(IDS[1], why), skipped(IDS[2], why)];
  }
  const now = await profileMember(context);
  const gone = now !== undefined && now.CustomImages === undefined;
  const replaces = observed(
    IDS[1],
    gone ? O.listGone : O.listStays,
    gone ? '' : `CustomImages: ${JSON.stringify(now?.CustomImages ?? null)}`,
  );
  if (!gone) {
    await tidy(context, "emptying the CI profile's list", () => restoreProfile(context, member0));
    return [whileUpdating, replaces, skipped(IDS[2], 'the list could not be taken away again')];
  }
  return [whileUpdating, replaces, await probeLimit(context, member0)];
}
