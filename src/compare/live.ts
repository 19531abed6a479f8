// What Studio users run now, per domain and settings level. Pure.
//
// A domain lists images per app at two levels: `user` (DefaultUserSettings) and `space`
// (DefaultSpaceSettings), e.g.
//   DefaultUserSettings.JupyterLabAppSettings.CustomImages = [
//     { ImageName: 'team-image', ImageVersionNumber: 3, AppImageConfigName: 'team-image' } ]
// An entry with ImageVersionNumber pins that version; one without it gives users the image's
// newest CREATED version, so a new version reaches them the moment it is CREATED ("unpinned").
// Image names compare without case, as Studio's do.
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import { sameImageName } from '../aws/arn.js';

export type Level = 'user' | 'space';

const LEVEL_FIELDS: Readonly<Record<Level, string>> = {
  user: 'DefaultUserSettings',
  space: 'DefaultSpaceSettings',
};

/** One entry of this image in a domain's list. */
export interface LiveEntry {
  readonly domainId: string;
  readonly level: Level;
  /** `JupyterLab`, `CodeEditor`, `KernelGateway`: the app whose list holds it. */
  readonly appType: string;
  /** The version pinned; undefined for an unpinned entry. */
  readonly pinned?: number;
  readonly appImageConfigName?: string;
}

/** One entry with the version its users get now. */
export interface LiveVersion extends LiveEntry {
  /** The version users get: the pinned one, or the newest CREATED; undefined when there is none. */
  readonly version?: number;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** This image's entries in a domain's lists (DescribeDomain's answer). */
export function entriesOf(domainId: string, described: unknown, imageName: string): LiveEntry[] {
  if (!isObject(described)) return [];
  return (Object.keys(LEVEL_FIELDS) as Level[]).flatMap((level) => {
    const settings = described[LEVEL_FIELDS[level]];
    if (!isObject(settings)) return [];
    return Object.entries(settings).flatMap(([member, app]) => {
      if (!member.endsWith('AppSettings') || !isObject(app) || !Array.isArray(app.CustomImages))
        return [];
      const appType = member.slice(0, -'AppSettings'.length);
      return (app.CustomImages as CustomImage[])
        .filter(
          (image) =>
            typeof image.ImageName === 'string' && sameImageName(image.ImageName, imageName),
        )
        .map((image): LiveEntry => ({
          domainId,
          level,
          appType,
          ...(typeof image.ImageVersionNumber === 'number'
            ? { pinned: image.ImageVersionNumber }
            : {}),
          ...(image.AppImageConfigName ? { appImageConfigName: image.AppImageConfigName } : {}),
        }));
    });
  });
}

/** Each entry with the version its users get, an unpinned one getting `newestCreated`. */
export function resolveLive(
  entries: readonly LiveEntry[],
  newestCreated: number | undefined,
): LiveVersion[] {
  return entries.map((entry) => {
    const version = entry.pinned ?? newestCreated;
    return version === undefined ? entry : { ...entry, version };
  });
}

/** The versions users run, each once, in order. */
export function liveVersionNumbers(live: readonly Pick<LiveVersion, 'version'>[]): number[] {
  return [
    ...new Set(live.flatMap((entry) => (entry.version === undefined ? [] : [entry.version]))),
  ].sort((a, b) => a - b);
}

/**
 * The `live-versions` output: `domain/level` → the pinned version or `unpinned`; the app type is
 * added (`domain/level/KernelGateway`) only where one level lists the image for several apps.
 */
export function liveVersionsOutput(live: readonly LiveVersion[]): Record<string, number | string> {
  const perLevel = new Map<string, number>();
  for (const entry of live) {
    const key = `${entry.domainId}/${entry.level}`;
    perLevel.set(key, (perLevel.get(key) ?? 0) + 1);
  }
  return Object.fromEntries(
    live.map((entry) => {
      const key = `${entry.domainId}/${entry.level}`;
      const fullKey = (perLevel.get(key) ?? 0) > 1 ? `${key}/${entry.appType}` : key;
      return [fullKey, entry.pinned ?? 'unpinned'];
    }),
  );
}
