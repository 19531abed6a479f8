// What retention must read to prove a version unused: the image's versions, which versions hold
// aliases, and every place in Studio that names a version (see uses.ts): in every domain of the
// region, its settings (both default levels and DomainSettings), every user profile, every space,
// and every app. One request at a time. A read that fails stops retention before anything is
// written (RetentionReadError).
//
// Requests: ListImageVersions (1 per 100 versions). When something could be retired: ListAliases
// (1 per 100 aliases) and one DescribeImageVersion per alias; ListDomains (1 per 100), and per
// domain DescribeDomain, ListUserProfiles, ListSpaces and ListApps (1 per 100 each) and one
// Describe per profile and space. In archive mode, one DescribeImageVersion per version (vendor
// guidance is not listed): to retire, or to mark STABLE again. Nothing more when nothing could be
// retired (and, in archive mode, nothing is marked), unless the ECR check is on: it needs the uses.
import type { AppDetails } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import type { Session } from '../run/session.js';
import {
  decideRetention,
  retiring,
  type RetentionFacts,
  type RetentionPolicy,
  type VersionFacts,
} from './decide.js';
import { appImageUse, appName, versionsNamedIn, type Use } from './uses.js';

/** A read that failed: what was being read, and the error (an AwsCallError). */
export class RetentionReadError extends ActionError {
  readonly reading: string;
  override readonly cause: unknown;
  constructor(reading: string, cause: unknown) {
    super(`Could not read ${reading}`);
    this.reading = reading;
    this.cause = cause;
  }
}

/** How much of Studio was searched for uses. */
export interface Searched {
  domains: number;
  userProfiles: number;
  spaces: number;
  apps: number;
}

/** What was read, for the report: how much of Studio was searched for uses. */
export interface GatheredFacts extends RetentionFacts {
  /** False when nothing could be retired, so aliases and Studio were not read. */
  readonly protectionsRead: boolean;
  readonly searched: Searched;
}

async function reading<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new RetentionReadError(what, error);
  }
}

/** `readUses`: read aliases and Studio even when nothing could be retired (the ECR check needs them). */
export async function gatherFacts(
  session: Session,
  policy: RetentionPolicy,
  readUses = false,
): Promise<GatheredFacts> {
  const versions = await listVersions(session);
  const nothing = { aliases: new Map(), uses: new Map(), appsOnLatest: [] };
  const searched: Searched = { domains: 0, userProfiles: 0, spaces: 0, apps: 0 };
  const guidance = policy.action === 'archive' ? await vendorGuidanceOf(session, versions) : {};
  if (!readUses && retiring(decideRetention({ versions, ...nothing }, policy)).length === 0) {
    return { versions, ...nothing, ...guidance, protectionsRead: false, searched };
  }
  const aliases = await aliasesByVersion(session);
  const uses = new Map<number, Use[]>();
  const appsOnLatest: (Date | undefined)[] = [];
  await searchStudio(session, { uses, appsOnLatest, searched });
  return { versions, aliases, uses, appsOnLatest, ...guidance, protectionsRead: true, searched };
}

async function listVersions({ inputs, api, client }: Session): Promise<VersionFacts[]> {
  const listed = await reading(`the versions of image "${inputs.imageName}"`, () =>
    api.listAllImageVersions(client, inputs.imageName),
  );
  // Stryker disable next-line ArrayDeclaration: a string in place of [] has no Version, so adds none
  return (listed ?? []).flatMap((v) =>
    v.Version === undefined
      ? []
      : [
          {
            version: v.Version,
            status: v.ImageVersionStatus ?? '',
            ...(v.CreationTime === undefined ? {} : { createdAt: v.CreationTime }),
          },
        ],
  );
}

/** Archive mode: each version's vendor guidance (a version gone meanwhile has none). */
async function vendorGuidanceOf(
  { inputs, api, client }: Session,
  versions: readonly VersionFacts[],
): Promise<{ vendorGuidance: Map<number, string> }> {
  const vendorGuidance = new Map<number, string>();
  for (const { version, status } of versions) {
    if (status === 'DELETING') continue;
    const described = await reading(`version ${version} of image "${inputs.imageName}"`, () =>
      api.unlessNotFound(() => api.describeImageVersion(client, inputs.imageName, version)),
    );
    if (described?.VendorGuidance) vendorGuidance.set(version, described.VendorGuidance);
  }
  return { vendorGuidance };
}

/** Version → its aliases: ListAliases names them all, DescribeImageVersion says who holds each. */
async function aliasesByVersion(session: Session): Promise<Map<number, string[]>> {
  const { inputs, api, client } = session;
  const names = await reading(`the aliases of image "${inputs.imageName}"`, () =>
    api.listAliasNames(client, inputs.imageName),
  );
  const byVersion = new Map<number, string[]>();
  for (const alias of names) {
    const holder = await reading(`which version holds alias "${alias}"`, () =>
      api.versionHoldingAlias(client, inputs.imageName, alias),
    );
    if (holder !== undefined)
      byVersion.set(holder.version, [...(byVersion.get(holder.version) ?? []), alias]);
  }
  return byVersion;
}

interface Found {
  readonly uses: Map<number, Use[]>;
  readonly appsOnLatest: (Date | undefined)[];
  readonly searched: Searched;
}

/** Every domain of the region: its settings, user profiles, spaces and apps. */
async function searchStudio(session: Session, found: Found): Promise<void> {
  const { api, client } = session;
  const domainIds = await reading('the Studio domains of the region', () =>
    api.listDomainIds(client),
  );
  for (const domainId of domainIds) {
    found.searched.domains++;
    await searchDomain(session, domainId, found);
  }
}

async function searchDomain(session: Session, domainId: string, found: Found): Promise<void> {
  const { inputs, api, client } = session;
  const note = (settings: unknown, use: Use): void => {
    for (const version of versionsNamedIn(settings, inputs.imageName))
      found.uses.set(version, [...(found.uses.get(version) ?? []), use]);
  };
  const settings = await reading(`the settings of Studio domain ${domainId}`, () =>
    api.describeDomainSettings(client, domainId),
  );
  note(settings, { domainId, place: 'domain settings' });
  const profiles = await reading(`the user profiles of Studio domain ${domainId}`, () =>
    api.listUserProfileNames(client, domainId),
  );
  for (const name of profiles) {
    found.searched.userProfiles++;
    const profile = await reading(`a user profile of Studio domain ${domainId}`, () =>
      api.describeUserProfileSettings(client, domainId, name),
    );
    note(profile, { domainId, place: 'user profile', name });
  }
  const spaces = await reading(`the spaces of Studio domain ${domainId}`, () =>
    api.listSpaceNames(client, domainId),
  );
  for (const name of spaces) {
    found.searched.spaces++;
    const space = await reading(`a space of Studio domain ${domainId}`, () =>
      api.describeSpaceSettings(client, domainId, name),
    );
    note(space, { domainId, place: 'space', name });
  }
  const apps = await reading(`the apps of Studio domain ${domainId}`, () =>
    api.listApps(client, { DomainIdEquals: domainId }),
  );
  for (const app of apps) noteApp(session, app, domainId, found);
}

function noteApp(session: Session, app: AppDetails, domainId: string, found: Found): void {
  found.searched.apps++;
  const use = appImageUse(app, session.inputs.imageName);
  if (use === undefined) return;
  if (use.kind === 'latest') {
    found.appsOnLatest.push(use.startedAt);
    return;
  }
  const entry: Use = { domainId, place: 'app', name: appName(app) };
  found.uses.set(use.version, [...(found.uses.get(use.version) ?? []), entry]);
}
