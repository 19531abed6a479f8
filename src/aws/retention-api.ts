// The SageMaker calls retention makes: every version of the image, its aliases, the Studio
// settings that can pin a version, and the two ways of retiring one. Loaded only when
// `keep-versions` is set (retention/ imports it, and main.ts imports retention/ dynamically), so
// runs without it never load these commands. Every list is read to its last page.
import {
  DeleteImageVersionCommand,
  DescribeDomainCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  UpdateImageVersionCommand,
  paginateListAliases,
  paginateListDomains,
  paginateListImageVersions,
  paginateListSpaces,
  paginateListUserProfiles,
  type ImageVersion,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { call, unlessNotFound } from './sagemaker.js';

/** The largest page every list call here accepts: fewer requests. */
const PAGE_SIZE = 100;

/** A settings object as read (DefaultUserSettings, SpaceSettings, …), searched for CustomImages. */
export type StudioSettings = Readonly<Record<string, unknown>>;

/** Every version of the image, newest first; undefined when the image does not exist. */
export function listAllImageVersions(
  client: SageMakerClient,
  imageName: string,
): Promise<ImageVersion[] | undefined> {
  return unlessNotFound(() =>
    call('ListImageVersions', async () => {
      const versions: ImageVersion[] = [];
      const pages = paginateListImageVersions(
        { client, pageSize: PAGE_SIZE },
        { ImageName: imageName, SortBy: 'VERSION', SortOrder: 'DESCENDING' },
      );
      for await (const page of pages) versions.push(...(page.ImageVersions ?? []));
      return versions;
    }),
  );
}

/** The aliases of every version of the image (ListAliases without a version lists them all). */
export function listAliasNames(client: SageMakerClient, imageName: string): Promise<string[]> {
  return call('ListAliases', async () => {
    const aliases: string[] = [];
    const pages = paginateListAliases({ client, pageSize: PAGE_SIZE }, { ImageName: imageName });
    for await (const page of pages) aliases.push(...(page.SageMakerImageVersionAliases ?? []));
    return aliases;
  });
}

/** The ids of every Studio domain of the region. */
export function listDomainIds(client: SageMakerClient): Promise<string[]> {
  return call('ListDomains', async () => {
    const ids: string[] = [];
    for await (const page of paginateListDomains({ client, pageSize: PAGE_SIZE }, {})) {
      for (const domain of page.Domains ?? []) if (domain.DomainId) ids.push(domain.DomainId);
    }
    return ids;
  });
}

export interface DomainDefaults {
  readonly userSettings: StudioSettings;
  readonly spaceSettings: StudioSettings;
}

/** A domain's default user and space settings; undefined when it no longer exists. */
export async function describeDomainDefaults(
  client: SageMakerClient,
  domainId: string,
): Promise<DomainDefaults | undefined> {
  const domain = await unlessNotFound(() =>
    call('DescribeDomain', () => client.send(new DescribeDomainCommand({ DomainId: domainId }))),
  );
  if (domain === undefined) return undefined;
  return {
    userSettings: { ...domain.DefaultUserSettings },
    spaceSettings: { ...domain.DefaultSpaceSettings },
  };
}

/** The user profiles of a domain (none when the domain is gone meanwhile). */
export async function listUserProfileNames(
  client: SageMakerClient,
  domainId: string,
): Promise<string[]> {
  const names = await unlessNotFound(() =>
    call('ListUserProfiles', async () => {
      const found: string[] = [];
      const pages = paginateListUserProfiles(
        { client, pageSize: PAGE_SIZE },
        { DomainIdEquals: domainId },
      );
      for await (const page of pages) {
        for (const profile of page.UserProfiles ?? [])
          if (profile.UserProfileName) found.push(profile.UserProfileName);
      }
      return found;
    }),
  );
  return names ?? [];
}

/** A user profile's settings; undefined when it no longer exists. */
export async function describeUserProfileSettings(
  client: SageMakerClient,
  domainId: string,
  name: string,
): Promise<StudioSettings | undefined> {
  const profile = await unlessNotFound(() =>
    call('DescribeUserProfile', () =>
      client.send(new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name })),
    ),
  );
  return profile === undefined ? undefined : { ...profile.UserSettings };
}

/** The spaces of a domain (none when the domain is gone meanwhile). */
export async function listSpaceNames(client: SageMakerClient, domainId: string): Promise<string[]> {
  const names = await unlessNotFound(() =>
    call('ListSpaces', async () => {
      const found: string[] = [];
      const pages = paginateListSpaces(
        { client, pageSize: PAGE_SIZE },
        { DomainIdEquals: domainId },
      );
      for await (const page of pages) {
        for (const space of page.Spaces ?? []) if (space.SpaceName) found.push(space.SpaceName);
      }
      return found;
    }),
  );
  return names ?? [];
}

/** A space's settings; undefined when it no longer exists. */
export async function describeSpaceSettings(
  client: SageMakerClient,
  domainId: string,
  name: string,
): Promise<StudioSettings | undefined> {
  const space = await unlessNotFound(() =>
    call('DescribeSpace', () =>
      client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: name })),
    ),
  );
  return space === undefined ? undefined : { ...space.SpaceSettings };
}

/** Deletes the SageMaker version (never the ECR image). */
export async function deleteImageVersion(
  client: SageMakerClient,
  imageName: string,
  version: number,
): Promise<void> {
  await call('DeleteImageVersion', () =>
    client.send(new DeleteImageVersionCommand({ ImageName: imageName, Version: version })),
  );
}

/** Marks a version TO_BE_ARCHIVED: SageMaker archives it after three months. */
export async function markToBeArchived(
  client: SageMakerClient,
  imageName: string,
  version: number,
): Promise<void> {
  await call('UpdateImageVersion', () =>
    client.send(
      new UpdateImageVersionCommand({
        ImageName: imageName,
        Version: version,
        VendorGuidance: 'TO_BE_ARCHIVED',
      }),
    ),
  );
}
