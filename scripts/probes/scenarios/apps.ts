// Probes that start JupyterLab apps, in private spaces of the CI user profile
// (AWS_INTEGRATION_USER_PROFILE) in the test domain. Each case has a space of its own, named after
// the run; every app and space is deleted, and the profile's list put back.
//
//   domain   this action's version, its image in the domain's lists (the action attached it):
//            create-app-domain-list; while it runs, list-apps-resource-spec and
//            update-domain-with-running-app; then a second app deleted at once,
//            delete-app-while-pending
//   nolist   a probe image in no list: create-app-no-list
//   profile  the probe image in the profile's own list only: create-app-profile-list; while it
//            runs, update-profile-with-running-app and delete-version-used-by-app; then an app
//            of the image's ARN alone, app-without-version
//   spec     a space whose DefaultResourceSpec names a probe version, never started:
//            space-default-spec-echoed, delete-version-in-default-spec
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
  ListImageVersionsCommand,
  UpdateDomainCommand,
  paginateListApps,
  type AppDetails,
  type AppInstanceType,
  type CreateAppRequest,
  type SpaceSettings,
  type UpdateDomainRequest,
} from '@aws-sdk/client-sagemaker';
import { ask, notKnown, observed, skipAll, tidy, waitFor, type ProbeContext } from '../context.ts';
import {
  O,
  acceptedOrRefused,
  appOutcome,
  detailOf,
  imageOnlyAppOutcome,
  listedAppOutcome,
  runningAppOutcome,
  type Answer,
} from '../outcomes.ts';
import type { Observation } from '../types.ts';
import { settleDomain, spaceJupyterLab, withEntry, type Entry } from './domain.ts';
import { profileMember, restoreProfile, updateProfile } from './profiles.ts';
import { settleVersion, versionOf } from './versions.ts';

export const APP_PROBE_IDS = [
  'create-app-domain-list',
  'create-app-no-list',
  'create-app-profile-list',
  'delete-app-while-pending',
  'update-domain-with-running-app',
  'delete-version-used-by-app',
  'delete-version-in-default-spec',
  'list-apps-resource-spec',
  'app-without-version',
  'update-profile-with-running-app',
  'space-default-spec-echoed',
] as const;
const IDS = APP_PROBE_IDS;

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

export async function makeSpace(
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

/**
 * CreateApp of a version, and its end: InService, Failed, or still Pending at the deadline (`end`,
 * for outcomes of their own; none when CreateApp was refused).
 */
export async function startApp(context: ProbeContext, space: string, versionArn: string) {
  const created = await ask(() =>
    context.sagemaker.send(new CreateAppCommand(appRequest(context, space, versionArn))),
  );
  if (!created.ok) return { outcome: appOutcome(created), detail: detailOf(created), created };
  const end = await settleApp(context, space, ['Pending']);
  const status = end.value?.Status ?? 'unknown';
  const reason = end.value?.FailureReason ?? '';
  return {
    outcome: appOutcome(created, { status, timedOut: end.timedOut }),
    detail: `${end.statuses} after ${Math.round(end.waitedMs / 1000)} s${reason ? `: ${reason}` : ''}`,
    created,
    end: { status, timedOut: end.timedOut, reason },
  };
}

/** Deletes the space's app (once it is not Pending) and the space. */
export async function dropSpace(context: ProbeContext, space: string): Promise<void> {
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

/** The probe image, and a JupyterLab config for its entries: made when missing. */
export async function ensureProbeImage(context: ProbeContext): Promise<void> {
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
}

/** The probe image with two CREATED versions, and a JupyterLab config for its entries. */
async function probeImageVersions(context: ProbeContext): Promise<string[] | undefined> {
  const { sagemaker, settings, names } = context;
  await ensureProbeImage(context);
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

/** The space's live JupyterLab app as ListApps (DomainIdEquals, as retention asks) lists it. */
async function listedApp(
  context: ProbeContext,
  space: string,
): Promise<Answer<AppDetails | undefined>> {
  return ask(async () => {
    const pages = paginateListApps(
      { client: context.sagemaker, pageSize: 100 },
      { DomainIdEquals: context.settings.domainId },
    );
    for await (const page of pages) {
      const app = (page.Apps ?? []).find(
        (a) => a.SpaceName === space && a.AppType === 'JupyterLab' && a.Status !== 'Deleted',
      );
      if (app !== undefined) return app;
    }
    return undefined;
  });
}

/** While this action's version runs: what ListApps says, and an UpdateDomain of its list. */
async function whileDomainAppRuns(
  context: ProbeContext,
  space: string,
  versionArn: string,
): Promise<Observation[]> {
  const listed = await listedApp(context, space);
  const request = {
    DomainId: context.settings.domainId,
    DefaultSpaceSettings: {
      JupyterLabAppSettings: spaceJupyterLab((await settleDomain(context)).value),
    },
  } as unknown as UpdateDomainRequest;
  const updated = await ask(() => context.sagemaker.send(new UpdateDomainCommand(request)));
  await settleDomain(context);
  return [
    listed.ok
      ? observed(
          IDS[7],
          listedAppOutcome(listed.value, versionArn),
          JSON.stringify(listed.value?.ResourceSpec ?? null),
        )
      : notKnown(IDS[7], `ListApps: ${detailOf(listed)}`),
    observed(IDS[4], runningAppOutcome(updated), detailOf(updated)),
  ];
}

/** The domain case: this action's version, then a second app deleted while Pending. */
async function domainCase(context: ProbeContext, versionArn: string): Promise<Observation[]> {
  const space = context.names.space('domain');
  const made = await makeSpace(context, space);
  if (!made.ok)
    return [IDS[0], IDS[3], IDS[4], IDS[7]].map((id) =>
      notKnown(id, `CreateSpace: ${detailOf(made)}`),
    );
  const started = await startApp(context, space, versionArn);
  const found = [observed(IDS[0], started.outcome, started.detail)];
  if (started.outcome === O.inService)
    found.push(...(await whileDomainAppRuns(context, space, versionArn)));
  else found.push(...skipAll([IDS[4], IDS[7]], 'no app was running'));
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

/** The no-list case: the probe image's first version, listed nowhere. */
async function noListCase(context: ProbeContext, versionArn: string): Promise<Observation> {
  const nolist = context.names.space('nolist');
  const made = await makeSpace(context, nolist);
  const alone = made.ok
    ? await startApp(context, nolist, versionArn)
    : { outcome: 'CreateSpace refused', detail: detailOf(made) };
  await dropSpace(context, nolist);
  return made.ok ? observed(IDS[1], alone.outcome, alone.detail) : notKnown(IDS[1], alone.detail);
}

/** While the profile's app runs: an UpdateUserProfile of its list as read, and a delete. */
async function whileProfileAppRuns(
  context: ProbeContext,
  versionArn: string,
): Promise<Observation[]> {
  const { names } = context;
  const member = await profileMember(context);
  const updated = member === undefined ? undefined : await updateProfile(context, member);
  const deleted = await ask(() =>
    context.sagemaker.send(
      new DeleteImageVersionCommand({
        ImageName: names.probeImage,
        Version: versionOf(versionArn) ?? 0,
      }),
    ),
  );
  return [
    updated === undefined
      ? notKnown(IDS[9], 'DescribeUserProfile failed')
      : observed(IDS[9], runningAppOutcome(updated), detailOf(updated)),
    observed(IDS[5], acceptedOrRefused(deleted), detailOf(deleted)),
  ];
}

/** app-without-version: the space's app started again, with the image's ARN alone. */
async function imageOnlyApp(
  context: ProbeContext,
  space: string,
  versionArn: string,
): Promise<Observation> {
  const { sagemaker, names, settings } = context;
  await dropSpaceApp(context, space);
  const created = await ask(() =>
    sagemaker.send(
      new CreateAppCommand({
        ...appKey(context, space),
        ResourceSpec: {
          SageMakerImageArn: imageArnOf(versionArn),
          InstanceType: settings.instanceType as AppInstanceType,
        },
      }),
    ),
  );
  if (!created.ok) return observed(IDS[8], O.refused, detailOf(created));
  const listed = await listedApp(context, space);
  const newest = await ask(() =>
    sagemaker.send(
      new ListImageVersionsCommand({
        ImageName: names.probeImage,
        SortBy: 'VERSION',
        SortOrder: 'DESCENDING',
        MaxResults: 1,
      }),
    ),
  );
  if (!listed.ok) return notKnown(IDS[8], `ListApps: ${detailOf(listed)}`);
  const newestArn = newest.ok ? newest.value.ImageVersions?.[0]?.ImageVersionArn : undefined;
  return observed(
    IDS[8],
    imageOnlyAppOutcome(listed.value, newestArn),
    `${JSON.stringify(listed.value?.ResourceSpec ?? null)}; newest ${newestArn ?? 'unknown'}`,
  );
}

/** The profile-list case: the probe image's first version, in the profile's own list only. */
async function profileCase(context: ProbeContext, versionArn: string): Promise<Observation[]> {
  const { names } = context;
  const later = [IDS[5], IDS[8], IDS[9]];
  const member0 = await profileMember(context);
  if (member0 === undefined)
    return [notKnown(IDS[2], 'DescribeUserProfile failed'), ...skipAll(later, 'no app')];
  const entry = { ImageName: names.probeImage, AppImageConfigName: names.jupyterLabConfig };
  const added = await updateProfile(context, {
    ...member0,
    CustomImages: withEntry((member0.CustomImages as Entry[] | undefined) ?? [], entry),
  });
  if (!added.ok)
    return [notKnown(IDS[2], `UpdateUserProfile: ${detailOf(added)}`), ...skipAll(later, 'no app')];
  const space = names.space('profile');
  const spaceMade = await makeSpace(context, space);
  const found: Observation[] = [];
  if (!spaceMade.ok) {
    found.push(
      notKnown(IDS[2], `CreateSpace: ${detailOf(spaceMade)}`),
      ...skipAll(later, 'no app'),
    );
  } else {
    const started = await startApp(context, space, versionArn);
    found.push(observed(IDS[2], started.outcome, started.detail));
    if (started.outcome === O.inService)
      found.push(...(await whileProfileAppRuns(context, versionArn)));
    else found.push(...skipAll([IDS[9], IDS[5]], 'the probe app did not run'));
    found.push(await imageOnlyApp(context, space, versionArn));
  }
  await dropSpace(context, space);
  await tidy(context, "putting the CI profile's list back", () => restoreProfile(context, member0));
  return found;
}

/** A space whose DefaultResourceSpec names the probe image's second version, never started. */
async function specCase(context: ProbeContext, versionArn: string): Promise<Observation[]> {
  const { sagemaker, settings, names } = context;
  const space = names.space('spec');
  const spec = appRequest(context, space, versionArn).ResourceSpec;
  const made = await makeSpace(context, space, {
    JupyterLabAppSettings: { DefaultResourceSpec: spec },
  });
  if (!made.ok)
    return skipAll([IDS[10], IDS[6]], `CreateSpace refused the spec (${detailOf(made)})`);
  const described = await ask(() =>
    sagemaker.send(new DescribeSpaceCommand({ DomainId: settings.domainId, SpaceName: space })),
  );
  const seen = described.ok
    ? described.value.SpaceSettings?.JupyterLabAppSettings?.DefaultResourceSpec
    : undefined;
  const deleted = await ask(() =>
    sagemaker.send(
      new DeleteImageVersionCommand({
        ImageName: names.probeImage,
        Version: versionOf(versionArn) ?? 0,
      }),
    ),
  );
  await dropSpace(context, space);
  return [
    described.ok
      ? observed(
          IDS[10],
          seen?.SageMakerImageVersionArn === versionArn
            ? O.specEchoed
            : 'described without the version sent',
          JSON.stringify(seen ?? null),
        )
      : notKnown(IDS[10], `DescribeSpace: ${detailOf(described)}`),
    observed(IDS[6], acceptedOrRefused(deleted), detailOf(deleted)),
  ];
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
    await noListCase(context, first),
    ...(await profileCase(context, first)),
    ...(await specCase(context, second)),
  ];
}
