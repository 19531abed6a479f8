// The Studio inputs → StudioInputs, or undefined when `domain-ids` is empty and no launch test
// needs the AppImageConfig. Pure. Each value is checked against its rule in rules.ts; the rules
// between inputs (and the API's counts) are here.
import type { STUDIO_USER_PROFILES } from './rules.js';
import {
  MAX_CONTAINER_ARGUMENTS,
  MAX_CONTAINER_ENTRYPOINT,
  MAX_CONTAINER_ENVIRONMENT,
  STUDIO_APP_TYPES,
  STUDIO_SETTINGS_LEVELS,
  type RuleName,
} from './rules.js';
import { withoutUndefined } from '../common/objects.js';
import { splitLines, type CheckedInputs, type InputReader } from './reader.js';

export type StudioAppType = (typeof STUDIO_APP_TYPES)[number];
export type SettingsLevel = (typeof STUDIO_SETTINGS_LEVELS)[number];
export type UserProfilesChoice = (typeof STUDIO_USER_PROFILES)[number];

/** How Studio runs the image: the AppImageConfig this run creates or updates. */
export interface AppImageConfigInputs {
  readonly name: string;
  /** KernelGateway only (required there). */
  readonly kernel?: { readonly name: string; readonly displayName?: string };
  readonly entrypoint: readonly string[];
  readonly arguments: readonly string[];
  /** In the order given; the order does not matter to SageMaker. */
  readonly environment: readonly (readonly [string, string])[];
  readonly fileSystem: {
    readonly mountPath: string;
    readonly uid: number;
    readonly gid: number;
  };
}

export interface StudioInputs {
  /** Empty when only the launch test uses the AppImageConfig. */
  readonly domainIds: readonly string[];
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

/** What parseInputs shares with this reader: the checked inputs, and values read already. */
export interface StudioInputContext extends CheckedInputs {
  readonly imageName: string;
  readonly waitForCreated: boolean;
  /** The launch test is on: it needs the AppImageConfig even without a domain to attach to. */
  readonly launchTest: boolean;
}

/** The app types whose settings exist at each level (space defaults have no Code Editor). */
export const LEVELS_OF: Readonly<Record<StudioAppType, readonly SettingsLevel[]>> = {
  JupyterLab: ['user', 'space'],
  CodeEditor: ['user'],
  KernelGateway: ['user', 'space'],
};

/** The uid/gid pairs SageMaker accepts for KernelGateway images. */
const KERNEL_GATEWAY_IDS = ['1000/100', '0/0'];

export function readStudioInputs(context: StudioInputContext): StudioInputs | undefined {
  const { raw, problems } = context;
  // Every value is checked, whether or not Studio is on, so a typo never waits for the day it is used.
  const domainIds = [...new Set(context.checkedLines('domain-ids', /[\n,]/))];
  const appType = canonical(STUDIO_APP_TYPES, context.withDefault('studio-app-type'));
  const pinVersion = context.flag('pin-version');
  const levelWords = context
    .checkedLines('settings-levels', /[\n,]/)
    .map((level) => canonical(STUDIO_SETTINGS_LEVELS, level));
  const appImageConfig = readAppImageConfig(context);
  const userProfiles = context.withDefault('user-profiles').toLowerCase() as UserProfilesChoice;
  const attaching = splitLines(raw('domain-ids'), /[\n,]/).length > 0;
  if (userProfiles === 'all' && !attaching) {
    problems.push(
      'Input `user-profiles: all` needs `domain-ids`: it adds the image to the own lists of the user profiles of those domains.',
    );
  }
  if (!attaching && !context.launchTest) return undefined;

  if (attaching && !context.waitForCreated) {
    problems.push(
      'Input `domain-ids` needs `wait-for-created: true`: an image is attached to Studio only once its version is CREATED.',
    );
  }
  const levels = levelWords.length > 0 ? [...new Set(levelWords)] : LEVELS_OF[appType];
  for (const level of levels) {
    if (!LEVELS_OF[appType].includes(level)) {
      problems.push(
        `Input \`settings-levels\` cannot include \`${level}\` with \`studio-app-type\` ${appType}: ` +
          "the domain's space defaults have no Code Editor settings. Use `user`.",
      );
    }
  }
  problems.push(...appTypeProblems(raw, appType, appImageConfig.fileSystem));
  problems.push(...countProblems(appImageConfig));
  return { domainIds, appType, pinVersion, levels, userProfiles, appImageConfig };
}

/** The AppImageConfig's inputs, each checked against its rule. */
function readAppImageConfig(context: StudioInputContext): AppImageConfigInputs {
  const configName = context.optional('app-image-config-name');
  const kernelName = context.optional('kernel-name');
  const kernelDisplayName = context.optional('kernel-display-name');
  const entrypoint = context.checkedLines('container-entrypoint');
  const args = context.checkedLines('container-arguments');
  const environment = context
    .checkedLines('container-environment')
    .map((line): [string, string] => {
      const separator = line.indexOf('=');
      return [line.slice(0, separator).trim(), line.slice(separator + 1).trim()];
    });
  const mountPath = context.withDefault('file-system-mount-path');
  const uid = Number(context.withDefault('file-system-uid'));
  const gid = Number(context.withDefault('file-system-gid'));
  return withoutUndefined<AppImageConfigInputs>({
    // Image names may hold `.`, AppImageConfig names may not.
    name: configName ?? context.imageName.replace(/\./g, '-'),
    kernel:
      kernelName === undefined
        ? undefined
        : withoutUndefined<{ name: string; displayName?: string }>({
            name: kernelName,
            displayName: kernelDisplayName,
          }),
    entrypoint,
    arguments: args,
    environment,
    fileSystem: { mountPath, uid, gid },
  });
}

/** ContainerConfig's limits on counts, and each variable set once. */
function countProblems(config: AppImageConfigInputs): string[] {
  const problems: string[] = [];
  const atMost = (name: RuleName, items: readonly unknown[], max: number, what: string): void => {
    if (items.length > max)
      problems.push(`Input \`${name}\` must list at most ${max} ${what} (got ${items.length}).`);
  };
  atMost('container-entrypoint', config.entrypoint, MAX_CONTAINER_ENTRYPOINT, 'line');
  atMost('container-arguments', config.arguments, MAX_CONTAINER_ARGUMENTS, 'arguments');
  atMost('container-environment', config.environment, MAX_CONTAINER_ENVIRONMENT, 'variables');
  const keys = config.environment.map(([key]) => key);
  const repeated = [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))];
  if (repeated.length > 0) {
    problems.push(
      `Input \`container-environment\` sets ${repeated.map((k) => `\`${k}\``).join(', ')} more than once.`,
    );
  }
  return problems;
}

/** The inputs that belong to one app type only, and KernelGateway's uid/gid rule. */
function appTypeProblems(
  raw: InputReader,
  appType: StudioAppType,
  { uid, gid }: AppImageConfigInputs['fileSystem'],
): string[] {
  const problems: string[] = [];
  if (appType !== 'KernelGateway') {
    for (const name of ['kernel-name', 'kernel-display-name']) {
      if (raw(name) !== '') {
        problems.push(
          `Input \`${name}\` applies only to \`studio-app-type: KernelGateway\` (this is ${appType}).`,
        );
      }
    }
    return problems;
  }
  if (raw('kernel-name') === '') {
    problems.push(
      'Input `kernel-name` is required when `studio-app-type` is KernelGateway: it names the Jupyter kernel in the image (as `jupyter kernelspec list` shows it).',
    );
  }
  if (!KERNEL_GATEWAY_IDS.includes(`${uid}/${gid}`)) {
    problems.push(
      `Inputs \`file-system-uid\` and \`file-system-gid\` must be 1000 and 100, or 0 and 0, for KernelGateway images (got ${uid} and ${gid}).`,
    );
  }
  for (const name of ['container-entrypoint', 'container-arguments', 'container-environment']) {
    if (raw(name) !== '') {
      problems.push(
        `Input \`${name}\` does not apply to KernelGateway: its AppImageConfig has no container settings.`,
      );
    }
  }
  return problems;
}

/** The API's spelling of a value accepted in any case. */
function canonical<T extends string>(values: readonly T[], value: string): T {
  return values.find((v) => v.toLowerCase() === value.toLowerCase()) ?? (values[0] as T);
}
