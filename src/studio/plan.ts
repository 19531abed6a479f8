// What attaching to Studio changes, worked out from what was read. Pure.
//
// A domain lists custom images per app and settings level, e.g.
//   DefaultUserSettings.JupyterLabAppSettings.CustomImages = [
//     { ImageName: 'team-a', AppImageConfigName: 'team-a' },
//     { ImageName: 'my-image', AppImageConfigName: 'my-image', ImageVersionNumber: 3 },
//   ]
// UpdateDomain replaces a list it is sent, so the new list is the one read with only this image's
// entry replaced where it stands (or appended); the `*AppSettings` member goes back whole, as read.
import type {
  CodeEditorAppImageConfig,
  CreateAppImageConfigRequest,
  CustomImage,
  DescribeAppImageConfigResponse,
  DescribeDomainResponse,
  JupyterLabAppImageConfig,
  KernelGatewayImageConfig,
  UpdateDomainRequest,
} from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import type { SettingsLevel, StudioAppType, StudioInputs } from '../inputs/studio-inputs.js';
import { requestMember } from '../inputs/app-image-config.js';
import {
  APP_SETTINGS_MEMBER,
  MAX_CUSTOM_IMAGES,
  mergeCustomImages,
  type RollbackGuard,
} from '../core/studio-lists.js';

export const SETTINGS_FIELD = {
  user: 'DefaultUserSettings',
  space: 'DefaultSpaceSettings',
} as const satisfies Record<SettingsLevel, string>;

export const CONFIG_MEMBER = {
  JupyterLab: 'JupyterLabAppImageConfig',
  CodeEditor: 'CodeEditorAppImageConfig',
  KernelGateway: 'KernelGatewayImageConfig',
} as const satisfies Record<StudioAppType, string>;

/** This image's entry as this run wants it: a version number only when pinned. */
export function desiredEntry(
  imageName: string,
  appImageConfigName: string,
  version: number | undefined,
): CustomImage {
  return {
    ImageName: imageName,
    AppImageConfigName: appImageConfigName,
    ...(version === undefined ? {} : { ImageVersionNumber: version }),
  };
}

export interface LevelPlan {
  readonly level: SettingsLevel;
  /** e.g. `DefaultUserSettings.JupyterLabAppSettings`, for messages. */
  readonly path: string;
  readonly before?: CustomImage;
  readonly after: CustomImage;
  readonly changed: boolean;
  /** The newer version the entry stays on (newest wins), when this run's would be a rollback. */
  readonly heldNewer?: number;
  readonly imagesBefore: readonly CustomImage[];
  readonly imagesAfter: readonly CustomImage[];
}

export interface DomainPlan {
  readonly domainId: string;
  readonly levels: readonly LevelPlan[];
  /** The UpdateDomain to send, or undefined when every chosen level is already right. */
  readonly request?: UpdateDomainRequest;
}

type Settings = Record<string, unknown>;

/**
 * The change to one domain: for each chosen level, the chosen app's settings member as read with
 * only CustomImages changed (never to an older version than the entry there, unless the guard
 * allows rollbacks). Levels already right are not sent; nor is anything else of the domain.
 * Fails, before anything is written, when a list would pass MAX_CUSTOM_IMAGES.
 */
export function planDomain(
  domainId: string,
  described: DescribeDomainResponse,
  studio: Pick<StudioInputs, 'appType' | 'levels'>,
  entry: CustomImage,
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: only the full-list probe leaves it out, and a replaced entry never lengthens a list
  guard: RollbackGuard = { allowRollback: false },
): DomainPlan {
  const member = APP_SETTINGS_MEMBER[studio.appType];
  const request: Record<string, unknown> = { DomainId: domainId };
  const levels = studio.levels.map((level): LevelPlan => {
    const field = SETTINGS_FIELD[level];
    const appSettings = ((described[field] as Settings | undefined)?.[member] ?? {}) as Settings;
    const current = appSettings.CustomImages as CustomImage[] | undefined;
    const merged = mergeCustomImages(current, entry, guard);
    const path = `${field}.${member}`;
    if (merged.changed && merged.images.length > MAX_CUSTOM_IMAGES) {
      throw new ActionError(
        // Stryker disable next-line OptionalChaining: a list that grows past the most held one already
        `Studio domain "${domainId}": ${path}.CustomImages already holds ${current?.length ?? 0} images, ` +
          `the most SageMaker allows is ${MAX_CUSTOM_IMAGES}, so "${entry.ImageName}" cannot be added. ` +
          'Detach images no one uses (or choose other `settings-levels`); nothing was changed.',
      );
    }
    if (merged.changed)
      request[field] = { [member]: { ...appSettings, CustomImages: merged.images } };
    return {
      level,
      path,
      ...(merged.before === undefined ? {} : { before: merged.before }),
      after: merged.heldNewer === undefined ? entry : (merged.before ?? entry),
      changed: merged.changed,
      ...(merged.heldNewer === undefined ? {} : { heldNewer: merged.heldNewer }),
      imagesBefore: current ?? [],
      imagesAfter: merged.images,
    };
  });
  const changed = levels.some((level) => level.changed);
  return {
    domainId,
    levels,
    ...(changed ? { request: request as unknown as UpdateDomainRequest } : {}),
  };
}

type ConfigMember = JupyterLabAppImageConfig | CodeEditorAppImageConfig | KernelGatewayImageConfig;

/**
 * The AppImageConfig as CreateAppImageConfig takes it: the name, and the `app-image-config` document's
 * member and tags exactly as written (what the file says is what is sent). UpdateAppImageConfig
 * takes the same without the tags.
 */
export function desiredAppImageConfig(
  studio: Pick<StudioInputs, 'appImageConfig'>,
): CreateAppImageConfigRequest {
  const { name, document } = studio.appImageConfig;
  return {
    AppImageConfigName: name,
    ...requestMember(document),
    ...(document.tags.length > 0 ? { Tags: [...document.tags] } : {}),
  };
}

/** A config member reduced to what it means: no absent-vs-empty, no environment order. */
function meaning(member: ConfigMember | undefined): string {
  // Stryker disable next-line StringLiteral: any text that is not JSON tells no member from a member
  if (member === undefined) return 'none';
  const container = 'ContainerConfig' in member ? member.ContainerConfig : undefined;
  const kernels = 'KernelSpecs' in member ? member.KernelSpecs : undefined;
  const fileSystem = member.FileSystemConfig;
  return JSON.stringify({
    fileSystem:
      fileSystem === undefined
        ? null
        : [
            fileSystem.MountPath ?? null,
            fileSystem.DefaultUid ?? null,
            fileSystem.DefaultGid ?? null,
          ],
    entrypoint: container?.ContainerEntrypoint ?? [],
    arguments: container?.ContainerArguments ?? [],
    // Keys are unique, so any total order of them gives one canonical list.
    environment: Object.entries(container?.ContainerEnvironmentVariables ?? {}).sort(([a], [b]) =>
      a.localeCompare(b),
    ),
    // Stryker disable next-line ArrayDeclaration,StringLiteral: KernelSpecs comes with KernelGateway's member only, where it is required, as each kernel's Name
    kernels: (kernels ?? []).map((k) => [k.Name ?? '', k.DisplayName ?? '']),
  });
}

export type ConfigAction = 'create' | 'update' | 'none';

/** The app type an existing AppImageConfig is for, from the member it holds. */
function appTypeOf(described: DescribeAppImageConfigResponse): StudioAppType | undefined {
  return (Object.keys(CONFIG_MEMBER) as StudioAppType[]).find(
    (appType) => described[CONFIG_MEMBER[appType]] !== undefined,
  );
}

/**
 * Create when missing, update when it differs in meaning, else nothing. An AppImageConfig made for
 * another app type is not repurposed (other domains may use it): that fails, naming both.
 */
export function appImageConfigAction(
  described: DescribeAppImageConfigResponse | undefined,
  desired: CreateAppImageConfigRequest,
  appType: StudioAppType,
): ConfigAction {
  if (described === undefined) return 'create';
  const existingType = appTypeOf(described);
  if (existingType !== undefined && existingType !== appType) {
    throw new ActionError(
      `AppImageConfig "${desired.AppImageConfigName}" exists for ${existingType}, not ${appType}; ` +
        'it is left as it is, and nothing was attached. Set `app-image-config-name` to another name.',
    );
  }
  const member = CONFIG_MEMBER[appType];
  return meaning(described[member]) === meaning(desired[member]) ? 'none' : 'update';
}
