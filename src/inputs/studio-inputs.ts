// The inputs of `./studio` → StudioEntryInputs. Pure but for the files the caller lets it read.
// Each value is checked against its rule in rules.ts; the rules between inputs are here.
import type { STUDIO_USER_PROFILES, StudioAppType } from './rules.js';
import { STUDIO_SETTINGS_LEVELS } from './rules.js';
import { checkedInputs, readList, type CheckedInputs, type InputReader } from './reader.js';
import {
  SESSION_DEFAULTS,
  parsed,
  readCommonInputs,
  type ParsedInputs,
  type SessionInputs,
} from './common-inputs.js';
import {
  parseAppImageConfig,
  type AppImageConfigDocument,
  type WorkspaceFiles,
} from './app-image-config.js';
import { workspaceFiles } from './workspace-files.js';

export type { StudioAppType } from './rules.js';
export type SettingsLevel = (typeof STUDIO_SETTINGS_LEVELS)[number];
export type UserProfilesChoice = (typeof STUDIO_USER_PROFILES)[number];

/** How Studio runs the image: the AppImageConfig `./studio` creates or updates, and its name. */
export interface AppImageConfigInputs {
  readonly name: string;
  /** What is sent, as the `app-image-config` document says it. */
  readonly document: AppImageConfigDocument;
}

/** What the Studio step does: its domains, levels and profiles, and the AppImageConfig. */
export interface StudioInputs {
  readonly domainIds: readonly string[];
  /** The app the document configures (its one member). */
  readonly appType: StudioAppType;
  /** Whether the entry names this run's version (else Studio uses the latest). */
  readonly pinVersion: boolean;
  /** The settings levels written: `user` (DefaultUserSettings), `space` (DefaultSpaceSettings). */
  readonly levels: readonly SettingsLevel[];
  /**
   * The user profiles with their own list for the app (which hides the domain's from them): `none`
   * only counts them (a warning); `all` adds this image's entry to each of their lists too.
   */
  readonly userProfiles: UserProfilesChoice;
  readonly appImageConfig: AppImageConfigInputs;
}

/** `./studio`'s inputs: the version to release, the Studio step, and the aliases it places. */
export interface StudioEntryInputs extends SessionInputs {
  /** `image-version-arn`, as given. */
  readonly imageVersionArn: string;
  readonly studio: StudioInputs;
  readonly aliases: readonly string[];
  readonly moveAliases: boolean;
  readonly allowRollback: boolean;
}

/** The app types whose settings exist at each level (space defaults have no Code Editor). */
export const LEVELS_OF: Readonly<Record<StudioAppType, readonly SettingsLevel[]>> = {
  JupyterLab: ['user', 'space'],
  CodeEditor: ['user'],
  KernelGateway: ['user', 'space'],
};

/** The image's name in an image version ARN (lower case, as ARNs hold it). */
export function imageNameInArn(arn: string): string {
  return arn.split('/').at(-2) ?? '';
}

export function parseStudioInputs(
  readInput: InputReader,
  env: NodeJS.ProcessEnv,
  files: WorkspaceFiles = workspaceFiles(env.GITHUB_WORKSPACE || process.cwd()),
): ParsedInputs<StudioEntryInputs> {
  const inputs = checkedInputs(readInput);
  const imageVersionArn = inputs.required('image-version-arn');
  if (readList(inputs.raw('domain-ids')).length === 0) {
    inputs.problems.push('Input `domain-ids` is required and was empty.');
  }
  const domainIds = [...new Set(inputs.list('domain-ids'))];
  const document = readDocument(inputs, files);
  const common = readCommonInputs(inputs, env);
  const imageName = imageNameInArn(imageVersionArn);
  const name =
    inputs.optional('app-image-config-name') ?? document?.name ?? imageName.replace(/\./g, '-');
  const studio =
    document === undefined ? undefined : readStudio(inputs, domainIds, { name, document });
  const value = {
    ...common,
    ...SESSION_DEFAULTS,
    advice: { domains: 'domain-ids' },
    imageName,
    imageVersionArn,
    aliases: [...new Set(inputs.list('aliases'))],
    moveAliases: inputs.flag('move-aliases'),
    allowRollback: inputs.flag('allow-rollback'),
  };
  const warnings = studio?.pinVersion === false ? [UNPINNED_WARNING] : [];
  // `studio` is undefined only when the document had problems, which `parsed` reports.
  return parsed(inputs, { ...value, studio: studio as StudioInputs }, warnings);
}

/** Said whenever `pin-version` is off: Studio then gives users whatever version is newest. */
export const UNPINNED_WARNING =
  '`pin-version: false`: the domain entry names no version, so Studio users get every new version ' +
  'of this image as soon as it is registered (CREATED), before any launch test, and even after one ' +
  'failed. Keep `pin-version: true` to release only the version this step names.';

/** The `app-image-config` document, with its problems recorded. */
export function readDocument(
  inputs: CheckedInputs,
  files: WorkspaceFiles,
): AppImageConfigDocument | undefined {
  if (inputs.raw('app-image-config') === '') {
    inputs.required('app-image-config');
    return undefined;
  }
  const result = parseAppImageConfig(inputs.raw('app-image-config'), files);
  if (result.ok) return result.document;
  inputs.problems.push(...result.problems);
  return undefined;
}

function readStudio(
  inputs: CheckedInputs,
  domainIds: readonly string[],
  appImageConfig: AppImageConfigInputs,
): StudioInputs {
  const appType = appImageConfig.document.appType;
  const levelWords = inputs
    .checkedLines('settings-levels', /[\n,]/)
    .map((level) => canonical(STUDIO_SETTINGS_LEVELS, level));
  const levels = levelWords.length > 0 ? [...new Set(levelWords)] : LEVELS_OF[appType];
  for (const level of levels) {
    if (!LEVELS_OF[appType].includes(level)) {
      inputs.problems.push(
        `Input \`settings-levels\` cannot include \`${level}\` for a ${appType} image (the ` +
          "`app-image-config` document's member): the domain's space defaults have no Code Editor settings. Use `user`.",
      );
    }
  }
  return {
    domainIds,
    appType,
    pinVersion: inputs.flag('pin-version'),
    levels,
    userProfiles: inputs.withDefault('user-profiles').toLowerCase() as UserProfilesChoice,
    appImageConfig,
  };
}

/** The API's spelling of a value accepted in any case. */
function canonical<T extends string>(values: readonly T[], value: string): T {
  return values.find((v) => v.toLowerCase() === value.toLowerCase()) ?? (values[0] as T);
}
