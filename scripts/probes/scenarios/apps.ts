// Probes that start JupyterLab apps, in private spaces of the CI user profile
// (AWS_INTEGRATION_USER_PROFILE) in the test domain. Each case has a space of its own, named after
// the run; every app and space is deleted, and the profile's list put back.
//
//   domain   this action's version, its image in the domain's lists (the action attached it):
//            create-app-domain-list; while it runs, update-domain-with-running-app; then a second
//            app deleted at once, delete-app-while-pending
//   nolist   a probe image in no list: create-app-no-list
//   profile  the probe image in the profile's own list only: create-app-profile-list; while it
//            runs, delete-version-used-by-app
//   spec     a space whose DefaultResourceSpec names a probe version, never started:
//            delete-version-in-default-spec
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  CreateAppCommand,
  CreateAppImageConfigCommand,
  CreateImageCommand,
  CreateImageVersionCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DeleteImageVersionCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeAppImageConfigCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  UpdateDomainCommand,
  UpdateUserProfileCommand,
  type AppInstanceType,
  type CreateAppRequest,
  type SpaceSettings,
  type UpdateDomainRequest,
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
  acceptedOrRefused,
  appOutcome,
  detailOf,
  runningAppOutcome,
  type Answer,
} from '../outcomes.ts';
import type { Observation } from '../types.ts';
import { entryOf, settleDomain, spaceJupyterLab, withEntry, type Entry } from './domain.ts';
import { settleVersion, versionOf } from './versions.ts';

const IDS = [
  'create-app-domain-list',
  'create-app-no-list',
  'create-app-profile-list',
  'delete-app-while-pending',
  'update-domain-with-running-app',
  'delete-version-used-by-app',
  'delete-version-in-default-spec',
] as const;

/** `arn:…:image/<name>` of `arn:…:image-version/<name>/<n>`. Pure. */
export function imageArnOf(versionArn: string): string {
  return versionArn.replace(':image-version/', ':image/').replace(/\/\d+$/, '');
}

const appKey = (context: ProbeContext, space: string) => ({
  DomainId: context.settings.domainId,
  SpaceName: space,
  AppType: 'JupyterLab' as const,
  AppName: 'default',
});

async function makeSpace(
  context: ProbeContext,
  space: string,
  settings: SpaceSettings = {},
): Promise<Answer> {
  const { sagemaker, settings: s } = context;
  const created = await ask(() =>
    sagemaker.send(
      new CreateSpaceCommand({
        DomainId: s.domainId,
        SpaceName: space,
        OwnershipSettings: { OwnerUserProfileName: s.userProfile },
        SpaceSharingSettings: { SharingType: 'Private' },
        SpaceSettings: { AppType: 'JupyterLab', ...settings },
      }),
    ),
  );
  if (!created.ok) return created;
  await waitFor(
    context,
    () => sagemaker.send(new DescribeSpaceCommand({ DomainId: s.domainId, SpaceName: space })),
    (d) => d.Status ?? 'unknown',
    (d) => d.Status !== 'Pending' && d.Status !== 'Updating',
    s.settleTimeoutSeconds * 1000,
  );
  return created;
}

/** Waits for the space's app to leave `from` (Pending, or Deleting). */
function settleApp(context: ProbeContext, space: string, from: readonly string[]) {
  // An app that does not exist (never made, or gone) counts as Deleted.
  const read = async () => {
    const answer = await ask(() =>
      context.sagemaker.send(new DescribeAppCommand(appKey(context, space))),
    );
    if (answer.ok) return answer.value;
    if (answer.name === 'ResourceNotFound') return { Status: 'Deleted', FailureReason: undefined };
    throw new Error(`${answer.name}: ${answer.message}`);
  };
  return waitFor(
    context,
    read,
    (d) => d.Status ?? 'unknown',
    (d) => !from.includes(d.Status ?? ''),
    context.settings.settleTimeoutSeconds * 1000,
  );
}

/** CreateApp of the space's JupyterLab app running `versionArn`. */
function appRequest(context: ProbeContext, space: string, versionArn: string): CreateAppRequest {
  return {
    ...appKey(context, space),
    ResourceSpec: {
      SageMakerImageArn: imageArnOf(versionArn),
      SageMakerImageVersionArn: versionArn,
      InstanceType: context.settings.instanceType as AppInstanceType,
    },
  };
}

/** CreateApp of a version, and its end: InService, Failed, or still Pending at the deadline. */
async function startApp(context: ProbeContext, space: string, versionArn: string) {
  const created = await ask(() =>
    context.sagemaker.send(new CreateAppCommand(appRequest(context, space, versionArn))),
  );
  if (!created.ok) return { outcome: appOutcome(created), detail: detailOf(created) };
  const end = await settleApp(context, space, ['Pending']);
  const status = end.value?.Status ?? 'unknown';
  const reason = end.value?.FailureReason ?? '';
  return {
    outcome: appOutcome(created, { status, timedOut: end.timedOut }),
    detail: `${end.statuses} after ${Math.round(end.waitedMs / 1000)} s${reason ? `: ${reason}` : ''}`,
  };
}

/** Deletes the space's app (once it is not Pending) and the space. */
async function dropSpace(context: ProbeContext, space: string): Promise<void> {
  const { sagemaker, settings } = context;
  await settleApp(context, space, ['Pending']);
  await tidy(context, `deleting the app of space ${space}`, async () => {
    const deleted = await ask(() => sagemaker.send(new DeleteAppCommand(appKey(context, space))));
    if (!deleted.ok && deleted.name !== 'ResourceNotFound') throw new Error(detailOf(deleted));
    await settleApp(context, space, ['Deleting', 'InService', 'Pending']);
  });
  await tidy(context, `deleting space ${space}`, () =>
    sagemaker.send(new DeleteSpaceCommand({ DomainId: settings.domainId, SpaceName: space })),
  );
}

/** The probe image with two CREATED versions, and a JupyterLab config for its entries. */
async function probeImageVersions(context: ProbeContext): Promise<string[] | undefined> {
  const { sagemaker, settings, names } = context;
  const image = await ask(() =>
    sagemaker.send(new DescribeImageCommand({ ImageName: names.probeImage })),
  );
  if (!image.ok) {
    await ask(() =>
      sagemaker.send(
        new CreateImageCommand({ ImageName: names.probeImage, RoleArn: settings.roleArn }),
      ),
    );
    await waitFor(
      context,
      () => sagemaker.send(new DescribeImageCommand({ ImageName: names.probeImage })),
      (d) => d.ImageStatus ?? '',
      (d) => d.ImageStatus !== 'CREATING',
      settings.settleTimeoutSeconds * 1000,
    );
  }
  const config = await ask(() =>
    sagemaker.send(
      new DescribeAppImageConfigCommand({ AppImageConfigName: names.jupyterLabConfig }),
    ),
  );
  if (!config.ok) {
    await ask(() =>
      sagemaker.send(
        new CreateAppImageConfigCommand({
          AppImageConfigName: names.jupyterLabConfig,
          JupyterLabAppImageConfig: {},
        }),
      ),
    );
  }
  const arns: string[] = [];
  for (const purpose of ['app1', 'app2']) {
    const created = await ask(() =>
      sagemaker.send(
        new CreateImageVersionCommand({
          ImageName: names.probeImage,
          BaseImage: settings.baseImage,
          ClientToken: names.token(purpose),
        }),
      ),
    );
    const version = created.ok ? versionOf(created.value.ImageVersionArn ?? '') : undefined;
    if (!created.ok || version === undefined) return undefined;
    const end = await settleVersion(context, names.probeImage, version);
    if (end.value?.ImageVersionStatus !== 'CREATED') return undefined;
    arns.push(created.value.ImageVersionArn ?? '');
  }
  return arns;
}

/** The domain case: this action's version, then a second app deleted while Pending. */
async function domainCase(context: ProbeContext, versionArn: string): Promise<Observation[]> {
  const space = context.names.space('domain');
  const made = await makeSpace(context, space);
  if (!made.ok)
    return [IDS[0], IDS[3], IDS[4]].map((id) => notKnown(id, `CreateSpace: ${detailOf(made)}`));
  const started = await startApp(context, space, versionArn);
  const found = [observed(IDS[0], started.outcome, started.detail)];
  if (started.outcome === O.inService) {
    const request = {
      DomainId: context.settings.domainId,
      DefaultSpaceSettings: {
        JupyterLabAppSettings: spaceJupyterLab((await settleDomain(context)).value),
      },
    } as unknown as UpdateDomainRequest;
    const updated = await ask(() => context.sagemaker.send(new UpdateDomainCommand(request)));
    found.push(observed(IDS[4], runningAppOutcome(updated), detailOf(updated)));
    await settleDomain(context);
  } else found.push(skipped(IDS[4], 'no app was running'));
  await dropSpaceApp(context, space);
  const again = await ask(() =>
    context.sagemaker.send(new CreateAppCommand(appRequest(context, space, versionArn))),
  );
  if (!again.ok) found.push(notKnown(IDS[3], `the second CreateApp: ${detailOf(again)}`));
  else {
    const deleted = await ask(() =>
      context.sagemaker.send(new DeleteAppCommand(appKey(context, space))),
    );
    found.push(observed(IDS[3], acceptedOrRefused(deleted), detailOf(deleted)));
  }
  await dropSpace(context, space);
  return found;
}

/** Deletes the space's app and waits until it is gone, keeping the space. */
async function dropSpaceApp(context: ProbeContext, space: string): Promise<void> {
  await tidy(context, `deleting the app of space ${space}`, async () => {
    await context.sagemaker.send(new DeleteAppCommand(appKey(context, space)));
    await settleApp(context, space, ['Deleting', 'InService']);
  });
}

/** The CI profile's JupyterLab settings as read (empty when it has none). */
async function profileMember(context: ProbeContext): Promise<Record<string, unknown> | undefined> {
  const { settings } = context;
  const profile = await ask(() =>
    context.sagemaker.send(
      new DescribeUserProfileCommand({
        DomainId: settings.domainId,
        UserProfileName: settings.userProfile,
      }),
    ),
  );
  if (!profile.ok) return undefined;
  return {
    ...((profile.value.UserSettings?.JupyterLabAppSettings as
      Record<string, unknown> | undefined) ?? {}),
  };
}

/** Sends the profile its JupyterLab member, then waits until the profile is no longer Updating. */
async function updateProfile(
  context: ProbeContext,
  member: Record<string, unknown>,
): Promise<Answer> {
  const { settings } = context;
  const key = { DomainId: settings.domainId, UserProfileName: settings.userProfile };
  const request = {
    ...key,
    UserSettings: { JupyterLabAppSettings: member },
  } as unknown as UpdateUserProfileRequest;
  const updated = await ask(() => context.sagemaker.send(new UpdateUserProfileCommand(request)));
  if (updated.ok) {
    await waitFor(
      context,
      () => context.sagemaker.send(new DescribeUserProfileCommand(key)),
      (d) => d.Status ?? 'unknown',
      (d) => d.Status !== 'Updating' && d.Status !== 'Pending',
      settings.settleTimeoutSeconds * 1000,
    );
  }
  return updated;
}

/** The no-list and profile-list cases, on the probe image's first version. */
async function listCases(context: ProbeContext, versionArn: string): Promise<Observation[]> {
  const { names } = context;
  const found: Observation[] = [];
  const nolist = names.space('nolist');
  const made = await makeSpace(context, nolist);
  const alone = made.ok
    ? await startApp(context, nolist, versionArn)
    : { outcome: 'CreateSpace refused', detail: detailOf(made) };
  found.push(
    made.ok ? observed(IDS[1], alone.outcome, alone.detail) : notKnown(IDS[1], alone.detail),
  );
  await dropSpace(context, nolist);

  const member0 = await profileMember(context);
  if (member0 === undefined)
    return [...found, notKnown(IDS[2], 'DescribeUserProfile failed'), skipped(IDS[5], 'no app')];
  const entry = { ImageName: names.probeImage, AppImageConfigName: names.jupyterLabConfig };
  const added = await updateProfile(context, {
    ...member0,
    CustomImages: withEntry((member0.CustomImages as Entry[] | undefined) ?? [], entry),
  });
  if (!added.ok)
    return [
      ...found,
      notKnown(IDS[2], `UpdateUserProfile: ${detailOf(added)}`),
      skipped(IDS[5], 'no app'),
    ];
  const space = names.space('profile');
  const spaceMade = await makeSpace(context, space);
  const started = spaceMade.ok
    ? await startApp(context, space, versionArn)
    : { outcome: '', detail: detailOf(spaceMade) };
  found.push(
    spaceMade.ok
      ? observed(IDS[2], started.outcome, started.detail)
      : notKnown(IDS[2], `CreateSpace: ${started.detail}`),
  );
  if (started.outcome === O.inService) {
    const version = versionOf(versionArn) ?? 0;
    const deleted = await ask(() =>
      context.sagemaker.send(
        new DeleteImageVersionCommand({ ImageName: names.probeImage, Version: version }),
      ),
    );
    found.push(observed(IDS[5], acceptedOrRefused(deleted), detailOf(deleted)));
  } else found.push(skipped(IDS[5], 'the probe app did not run'));
  await dropSpace(context, space);
  await tidy(context, "putting the CI profile's list back", () => restoreProfile(context, member0));
  return found;
}

/**
 * Puts the CI profile's member back as it was. A profile without a list of its own should stay
 * without one (with one, it may no longer see the domain's list): the member as read is sent, and
 * only if the entry is still there (UpdateUserProfile merged) is an empty list sent instead.
 */
async function restoreProfile(
  context: ProbeContext,
  member0: Record<string, unknown>,
): Promise<void> {
  const first = await updateProfile(context, member0);
  if (!first.ok) throw new Error(detailOf(first));
  if (member0.CustomImages !== undefined) return;
  const now = await profileMember(context);
  if (entryOf(now?.CustomImages, context.names.probeImage) === undefined) return;
  const emptied = await updateProfile(context, { ...member0, CustomImages: [] });
  if (!emptied.ok) throw new Error(detailOf(emptied));
}

/** A space whose DefaultResourceSpec names the probe image's second version, never started. */
async function specCase(context: ProbeContext, versionArn: string): Promise<Observation> {
  const space = context.names.space('spec');
  const spec = appRequest(context, space, versionArn).ResourceSpec;
  const made = await makeSpace(context, space, {
    JupyterLabAppSettings: { DefaultResourceSpec: spec },
  });
  if (!made.ok) return skipped(IDS[6], `CreateSpace refused the spec (${detailOf(made)})`);
  const deleted = await ask(() =>
    context.sagemaker.send(
      new DeleteImageVersionCommand({
        ImageName: context.names.probeImage,
        Version: versionOf(versionArn) ?? 0,
      }),
    ),
  );
  await dropSpace(context, space);
  return observed(IDS[6], acceptedOrRefused(deleted), detailOf(deleted));
}

export async function appScenario(context: ProbeContext): Promise<Observation[]> {
  const { settings, names, sagemaker } = context;
  if (settings.domainId === '') return skipAll(IDS, 'no test domain (AWS_INTEGRATION_DOMAIN_ID)');
  if (settings.userProfile === '')
    return skipAll(IDS, 'no CI user profile (AWS_INTEGRATION_USER_PROFILE)');
  const held = await ask(() =>
    sagemaker.send(
      new DescribeImageVersionCommand({ ImageName: settings.imageName, Alias: names.heldAlias }),
    ),
  );
  const probeArns = await probeImageVersions(context);
  if (!held.ok || probeArns === undefined) {
    return IDS.map((id) =>
      notKnown(
        id,
        held.ok
          ? 'the probe image versions could not be made'
          : `the action's version: ${detailOf(held)}`,
      ),
    );
  }
  const [first = '', second = ''] = probeArns;
  return [
    ...(await domainCase(context, held.value.ImageVersionArn ?? '')),
    ...(await listCases(context, first)),
    await specCase(context, second),
  ];
}
