// What the launch test sends, worked out from the settings and what was read. Pure.
//
// The test starts the new version where no user sees it: a private space owned by a user profile
// kept for CI, named after the image, the version and the run, e.g. for `my.image` version 3 in
// run 1234567890, attempt 2:
//   space  lt-my-image-v3-1234567890-2      (CreateSpace: Private, owner `ci-launch`, JupyterLab)
//   app    default in that space            (CreateApp: this exact SageMakerImageVersionArn)
// A KernelGateway image runs as an app of the profile itself, named the same way (no space).
// CreateApp accepts a custom image only when a CustomImages list names it. The narrowest list is the
// test profile's own: if it does not list this image, the test adds an entry for the run (the
// profile's member sent back whole, as read, with only CustomImages changed) and removes exactly
// that entry afterwards. The entry names a temporary AppImageConfig made from `app-image-config` and
// named like the space (lt-my-image-v3-1234567890-2): the config users start with is not touched
// before the version passed; the test deletes its own after.
import { createHash } from 'node:crypto';
import type {
  AppInstanceType,
  CreateAppImageConfigRequest,
  CreateAppRequest,
  CreateSpaceRequest,
  CustomImage,
  DescribeAppResponse,
  UpdateUserProfileRequest,
  UserSettings,
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { domainConsoleUrl, readImageVersionArn } from '../aws/arn.js';
import {
  APP_SETTINGS_MEMBER,
  MAX_PROFILE_CUSTOM_IMAGES,
  appSettingsOf,
  mergeCustomImages,
  sameEntry,
  sameImage,
  type AppSettingsMember,
} from '../core/studio-lists.js';
import type { AppKey } from '../aws/sagemaker-spaces-and-apps.js';
import type { StudioAppType } from '../inputs/studio-inputs.js';
import type { Verdict } from '../wait/poll.js';

/** The launch test's inputs, as main.ts passes them. */
export interface LaunchSettings {
  readonly domainId: string;
  readonly userProfileName: string;
  readonly instanceType: string;
  readonly timeoutSeconds: number;
}

/** The version under test. */
export interface LaunchTarget {
  readonly imageName: string;
  readonly imageArn: string;
  /** A placeholder in a dry run, before the version exists. */
  readonly versionArn: string;
  /** Undefined in a dry run, before the version exists. */
  readonly version: number | undefined;
  readonly partition: string;
  readonly region: string;
}

/** How a dry run shows the version it would create. */
const NEW_VERSION = '<new version>';

/**
 * The version SageMaker answered with; an ARN this action cannot read fails the step. `imageName`,
 * when given, is the name as the user spelled it: an ARN holds it in lower case, and the test
 * profile's entry names the image as Studio's attach step does.
 */
export function launchTarget(versionArn: string, imageName?: string): LaunchTarget {
  const {
    imageName: named,
    imageArn,
    version,
    partition,
    region,
  } = readImageVersionArn(versionArn);
  return { imageName: imageName ?? named, imageArn, versionArn, version, partition, region };
}

/** What a dry run tests: the version it would create (undefined until then). */
export function plannedTarget(
  imageArn: string,
  version: number | undefined,
  imageName?: string,
): LaunchTarget {
  const [, partition = 'aws', , region = '', , resource = ''] = imageArn.split(':');
  return {
    // Stryker disable next-line Regex: a resource is `image/<name>` and a name holds no `/`: the first `image/` is the prefix
    imageName: imageName ?? resource.replace(/^image\//, ''),
    imageArn,
    versionArn: `${imageArn.replace(':image/', ':image-version/')}/${version ?? NEW_VERSION}`,
    version,
    partition,
    region,
  };
}

/** SpaceName and AppName: `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}`, so at most 63 characters. */
export const MAX_NAME_LENGTH = 63;
const NAME_PREFIX = 'lt';
/** Run ids are about 10 digits and attempts 1 or 2: room to spare. */
const MAX_TAG_LENGTH = 20;
/** A cut image name gets this many hex digits of its hash, so two long names stay apart. */
const HASH_LENGTH = 6;

/** Lower-case letter and digit runs joined by single `-`: `My.Image_2` → `my-image-2`. */
// Stryker disable Regex: the empty words a single-character split leaves are filtered out
function nameWords(text: string): string {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .join('-');
}
// Stryker restore Regex

/**
 * The space (or KernelGateway app) name: `lt-<image>-v<version>-<run tag>`, at most 63 characters
 * of SpaceName's pattern. An image name too long for the rest is cut and given a short hash of
 * itself, so that two images of one run (a matrix) never share a name.
 */
export function launchName(imageName: string, version: number | undefined, runTag: string): string {
  // Stryker disable next-line Regex: nameWords joins with single dashes, so a cut leaves at most one
  const tag = nameWords(runTag).slice(0, MAX_TAG_LENGTH).replace(/-+$/, '') || 'run';
  const tail = `-v${version ?? 'new'}-${tag}`;
  const budget = MAX_NAME_LENGTH - NAME_PREFIX.length - 1 - tail.length;
  let image = nameWords(imageName) || 'image';
  if (image.length > budget) {
    const hash = createHash('sha256').update(imageName).digest('hex').slice(0, HASH_LENGTH);
    // Stryker disable next-line Regex: nameWords joins with single dashes, so a cut leaves at most one
    image = `${image.slice(0, budget - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash}`;
  }
  return `${NAME_PREFIX}-${image}${tail}`;
}

/** App types that run in a space: one app per space, named `default` (developer guide). */
export function runsInSpace(appType: StudioAppType): boolean {
  return appType !== 'KernelGateway';
}

/** SpaceDisplayName: at most 64 characters. */
const MAX_DISPLAY_NAME_LENGTH = 64;

export interface LaunchPlan {
  readonly settings: LaunchSettings;
  readonly target: LaunchTarget;
  readonly appType: StudioAppType;
  /** The space's name, or the KernelGateway app's. */
  readonly name: string;
  readonly app: AppKey;
  /** Undefined for KernelGateway, whose app belongs to the profile. */
  readonly createSpace?: CreateSpaceRequest;
  readonly createApp: CreateAppRequest;
  /** The temporary AppImageConfig (named `name`), when the test makes one. */
  readonly createConfig?: CreateAppImageConfigRequest;
  /** The entry that makes the image launchable for the test profile. */
  readonly entry: CustomImage;
  /** Where the app writes its logs, in the CloudWatch log group /aws/sagemaker/studio. */
  readonly logStreamPrefix: string;
  readonly consoleUrl: string | undefined;
}

export interface LaunchPlanInput {
  readonly settings: LaunchSettings;
  readonly target: LaunchTarget;
  readonly appType: StudioAppType;
  /**
   * The AppImageConfig the entry names: without `configRequest`, one that exists; with it, the
   * temporary one's name (`name`, the default).
   */
  readonly appImageConfigName?: string;
  /** The temporary AppImageConfig's request but its name: the test makes it and deletes it. */
  readonly configRequest?: Omit<CreateAppImageConfigRequest, 'AppImageConfigName'>;
  /** Something unique to the run (the run id and attempt), for the space's name. */
  readonly runTag: string;
}

/** What the post step needs to plan the clean-up again (no config member: it only deletes). */
export function planInputOf(plan: LaunchPlan, runTag: string): LaunchPlanInput {
  const { settings, target, appType, entry } = plan;
  // Stryker disable next-line StringLiteral: a planned entry always names its AppImageConfig
  return { settings, target, appType, runTag, appImageConfigName: entry.AppImageConfigName ?? '' };
}

/** The requests of one launch test: the same for the dry run and the real one. */
export function planLaunch(input: LaunchPlanInput): LaunchPlan {
  const { settings, target, appType } = input;
  const { domainId, userProfileName } = settings;
  const name = launchName(target.imageName, target.version, input.runTag);
  const inSpace = runsInSpace(appType);
  const app: AppKey = inSpace
    ? { DomainId: domainId, SpaceName: name, AppType: appType, AppName: 'default' }
    : { DomainId: domainId, UserProfileName: userProfileName, AppType: appType, AppName: name };
  const displayName = `Launch test ${target.imageName} ${target.version ?? NEW_VERSION}`;
  const { configRequest } = input;
  const configName = configRequest === undefined ? (input.appImageConfigName ?? name) : name;
  return {
    settings,
    target,
    appType,
    name,
    app,
    ...(inSpace
      ? {
          createSpace: {
            DomainId: domainId,
            SpaceName: name,
            SpaceDisplayName: displayName.slice(0, MAX_DISPLAY_NAME_LENGTH),
            OwnershipSettings: { OwnerUserProfileName: userProfileName },
            SpaceSharingSettings: { SharingType: 'Private' },
            SpaceSettings: { AppType: appType },
          },
        }
      : {}),
    createApp: {
      ...app,
      ResourceSpec: {
        SageMakerImageArn: target.imageArn,
        SageMakerImageVersionArn: target.versionArn,
        InstanceType: settings.instanceType as AppInstanceType,
      },
    },
    ...(configRequest === undefined
      ? {}
      : { createConfig: { ...configRequest, AppImageConfigName: configName } }),
    entry: {
      ImageName: target.imageName,
      AppImageConfigName: configName,
      // Unknown until created: shown as a placeholder, like the Studio step's dry run.
      ImageVersionNumber: target.version ?? (NEW_VERSION as unknown as number),
    },
    logStreamPrefix: inSpace
      ? `${domainId}/${name}/`
      : `${domainId}/${userProfileName}/KernelGateway/${name}`,
    consoleUrl: domainConsoleUrl(target.partition, target.region, domainId),
  };
}

/** The UpdateUserProfile that sends the member back, as read, with `images` as its list. */
function profileWrite(
  plan: LaunchPlan,
  member: AppSettingsMember,
  images: readonly CustomImage[],
): UpdateUserProfileRequest {
  return {
    DomainId: plan.settings.domainId,
    UserProfileName: plan.settings.userProfileName,
    UserSettings: { [APP_SETTINGS_MEMBER[plan.appType]]: { ...member, CustomImages: [...images] } },
  };
}

export interface EntryPlan {
  /** The profile's list as read. */
  readonly imagesBefore: readonly CustomImage[];
  /** Whether the profile had a list of its own (an empty one counts), rather than none. */
  readonly ownList: boolean;
  /** The write adding the entry; undefined when the profile already lists this exact entry. */
  readonly request?: UpdateUserProfileRequest;
  /** The profile's entry for this image that the test's stands in for until it is put back. */
  readonly replaced?: CustomImage;
}

/** How the entry is taken away again: what the profile had in its place, if anything. */
export interface EntryRestore {
  /** The profile had no list of its own: none is sent back (see planEntryRemoval). */
  readonly dropEmptyList?: boolean;
  /** The profile's own entry for this image, put back where the test's was. */
  readonly replaced?: CustomImage;
}

/**
 * Adds this image's entry (naming the test's AppImageConfig and version) to the test profile's
 * list. A list holds one entry per image: an entry the profile has for this image (with the config
 * users start with, say) is replaced for the run, in its place, and put back after. Fails, before
 * anything is created, on a full list.
 */
export function planEntry(plan: LaunchPlan, userSettings: UserSettings | undefined): EntryPlan {
  const member = appSettingsOf(userSettings, plan.appType);
  const images = member.CustomImages ?? [];
  const ownList = member.CustomImages !== undefined;
  const { entry, settings } = plan;
  const path = `UserSettings.${APP_SETTINGS_MEMBER[plan.appType]}.CustomImages`;
  const listed = images.find((image) => sameImage(image, entry));
  // Listed with the test's config already (any version: CreateApp names the version itself).
  if (listed?.AppImageConfigName === entry.AppImageConfigName) {
    return { imagesBefore: images, ownList };
  }
  // The merge ./studio uses, any version allowed: the test's entry stands in for the image's.
  const merged = mergeCustomImages(images, entry, { allowRollback: true });
  if (merged.images.length > MAX_PROFILE_CUSTOM_IMAGES) {
    throw new ActionError(
      `Launch test: user profile "${settings.userProfileName}" already lists ${images.length} images ` +
        `in ${path}, the most SageMaker allows at a user profile is ${MAX_PROFILE_CUSTOM_IMAGES}, so the ` +
        `test cannot add "${entry.ImageName}" for its run. Remove images from the test profile ` +
        '(it is kept for CI), then re-run; nothing was created.',
    );
  }
  return {
    imagesBefore: images,
    ownList,
    request: profileWrite(plan, member, merged.images),
    ...(merged.before === undefined ? {} : { replaced: merged.before }),
  };
}

/** Whether the profile lists exactly the entry this test added. */
export function listsEntry(plan: LaunchPlan, userSettings: UserSettings | undefined): boolean {
  // Stryker disable next-line ArrayDeclaration: no entry is the same as a string; the list's absence reads as empty either way
  const images = appSettingsOf(userSettings, plan.appType).CustomImages ?? [];
  return images.some((image) => sameEntry(image, plan.entry));
}

/**
 * The write taking away exactly the entry this test added (and nothing else), if it is listed: the
 * profile's own entry it replaced goes back in its place. With `dropEmptyList` (the profile had no
 * list of its own before the test), a list left empty is not sent at all: the member goes back
 * without one, as it was, since a profile's own list, even an empty one, may hide the domain's list
 * from it.
 */
export function planEntryRemoval(
  plan: LaunchPlan,
  userSettings: UserSettings | undefined,
  { dropEmptyList = false, replaced }: EntryRestore = {},
): UpdateUserProfileRequest | undefined {
  const member = appSettingsOf(userSettings, plan.appType);
  // Stryker disable next-line ArrayDeclaration: no entry is the same as a string; the list's absence reads as empty either way
  const images = member.CustomImages ?? [];
  const index = images.findIndex((image) => sameEntry(image, plan.entry));
  if (index < 0) return undefined;
  if (replaced !== undefined) return profileWrite(plan, member, images.with(index, replaced));
  const rest = images.toSpliced(index, 1);
  if (!dropEmptyList || rest.length > 0) return profileWrite(plan, member, rest);
  const withoutList: AppSettingsMember = { ...member };
  delete withoutList.CustomImages;
  return {
    DomainId: plan.settings.domainId,
    UserProfileName: plan.settings.userProfileName,
    UserSettings: { [APP_SETTINGS_MEMBER[plan.appType]]: withoutList },
  };
}

/** How a started app ended: InService, or Failed with SageMaker's reason. */
export type StartResult =
  { readonly status: 'InService' } | { readonly status: 'Failed'; readonly reason: string };

/** What an app's status means while it starts. Pure. */
export function judgeStart(app: DescribeAppResponse | undefined): Verdict<StartResult> {
  switch (app?.Status) {
    case 'InService':
      return { kind: 'done', value: { status: 'InService' } };
    case 'Failed':
      // Stryker disable next-line StringLiteral: SageMaker gives a reason with every Failed app
      return { kind: 'done', value: { status: 'Failed', reason: app.FailureReason ?? '' } };
    case 'Pending':
      return { kind: 'pending' };
    default:
      return {
        kind: 'failed',
        message:
          `Launch test: the test app went ${app?.Status ?? 'missing'} while it started: someone or ` +
          'something else deleted it. Keep the test profile for CI only, then re-run.',
      };
  }
}

/** An app can be deleted once it is no longer Pending (gone counts as done). Pure. */
export function judgeDeletable(
  app: DescribeAppResponse | undefined,
): Verdict<DescribeAppResponse | undefined> {
  return app?.Status === 'Pending' ? { kind: 'pending' } : { kind: 'done', value: app };
}

/** A deleted app is done once Deleted, or no longer known. Pure. */
export function judgeDeleted(app: DescribeAppResponse | undefined): Verdict<undefined> {
  return app === undefined || app.Status === 'Deleted'
    ? { kind: 'done', value: undefined }
    : { kind: 'pending' };
}

/** How the entry `planned` adds is taken away again. */
export function restoreOf(planned: EntryPlan): EntryRestore {
  return {
    dropEmptyList: !planned.ownList,
    ...(planned.replaced === undefined ? {} : { replaced: planned.replaced }),
  };
}

/** The writes of a launch test, in order, as a dry run lists them: nothing is sent. */
export function plannedRequests(
  plan: LaunchPlan,
  userSettings: UserSettings | undefined,
): PlannedRequest[] {
  const entry = planEntry(plan, userSettings);
  const deleteApp: AppKey = plan.app;
  const removal =
    entry.request === undefined
      ? undefined
      : planEntryRemoval(plan, entry.request.UserSettings, restoreOf(entry));
  const config = plan.createConfig;
  return [
    ...(config === undefined ? [] : [{ operation: 'CreateAppImageConfig', input: config }]),
    ...(entry.request === undefined
      ? []
      : [{ operation: 'UpdateUserProfile', input: entry.request }]),
    ...(plan.createSpace === undefined
      ? []
      : [{ operation: 'CreateSpace', input: plan.createSpace }]),
    { operation: 'CreateApp', input: plan.createApp },
    { operation: 'DeleteApp', input: deleteApp },
    ...(plan.createSpace === undefined
      ? []
      : [
          {
            operation: 'DeleteSpace',
            input: { DomainId: plan.settings.domainId, SpaceName: plan.name },
          },
        ]),
    ...(removal === undefined ? [] : [{ operation: 'UpdateUserProfile', input: removal }]),
    ...(config === undefined
      ? []
      : [
          {
            operation: 'DeleteAppImageConfig',
            input: { AppImageConfigName: config.AppImageConfigName },
          },
        ]),
  ];
}
