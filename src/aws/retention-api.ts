// The SageMaker calls retention makes: every version of the image, its aliases, the Studio
// settings that can pin a version, and deleting a version. Part of the session's `api`
// (src/aws/api.ts). Every list is read to its last page.
import {
  DeleteImageVersionCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  paginateListAliases,
  paginateListDomains,
  paginateListImageVersions,
  paginateListSpaces,
  paginateListUserProfiles,
  type DeleteImageVersionRequest,
  type ImageVersion,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { call, unlessNotFound } from './sagemaker.js';
import type { AwsResource } from './errors.js';
import { describeDomain } from './studio-api.js';

/** The largest page every list call here accepts: fewer requests. */
const PAGE_SIZE = 100;

// What errors name: a domain's profiles and spaces by their domain, never by their names (people's).
const every = (kind: AwsResource['kind'], domainId?: string): AwsResource => ({
  kind,
  every: true,
  ...(domainId === undefined ? {} : { domainId }),
});
const oneOf = (kind: AwsResource['kind'], domainId: string): AwsResource => ({ kind, domainId });

/** A settings object as read (DefaultUserSettings, SpaceSettings, …), searched for versions. */
export type StudioSettings = Readonly<Record<string, unknown>>;

/** Every item of every page, in order; `itemsOf` picks a page's items (their names, say). */
async function everyItem<Page, Item>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => readonly (Item | undefined)[] | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of pages) {
    for (const item of itemsOf(page) ?? []) if (item !== undefined && item !== '') items.push(item);
  }
  return items;
}

/** Every version of the image, newest first; undefined when the image does not exist. */
export function listAllImageVersions(
  client: SageMakerClient,
  imageName: string,
): Promise<ImageVersion[] | undefined> {
  return unlessNotFound(() =>
    call('ListImageVersions', () =>
      everyItem(
        paginateListImageVersions(
          { client, pageSize: PAGE_SIZE },
          { ImageName: imageName, SortBy: 'VERSION', SortOrder: 'DESCENDING' },
        ),
        (page) => page.ImageVersions,
      ),
    ),
  );
}

/** The aliases of every version of the image (ListAliases without a version lists them all). */
export function listAliasNames(client: SageMakerClient, imageName: string): Promise<string[]> {
  return call('ListAliases', () =>
    everyItem(
      paginateListAliases({ client, pageSize: PAGE_SIZE }, { ImageName: imageName }),
      (page) => page.SageMakerImageVersionAliases,
    ),
  );
}

/** The ids of every Studio domain of the region. */
export function listDomainIds(client: SageMakerClient): Promise<string[]> {
  return call(
    'ListDomains',
    () =>
      everyItem(paginateListDomains({ client, pageSize: PAGE_SIZE }, {}), (page) =>
        page.Domains?.map((domain) => domain.DomainId),
      ),
    every('Studio domain'),
  );
}

/** The parts of a domain's description that can name a version; undefined when it is gone. */
export async function describeDomainSettings(
  client: SageMakerClient,
  domainId: string,
): Promise<StudioSettings | undefined> {
  const domain = await unlessNotFound(() => describeDomain(client, domainId));
  if (domain === undefined) return undefined;
  return {
    DefaultUserSettings: domain.DefaultUserSettings,
    DefaultSpaceSettings: domain.DefaultSpaceSettings,
    DomainSettings: domain.DomainSettings,
  };
}

/** The user profiles of a domain (none when the domain is gone meanwhile). */
export async function listUserProfileNames(
  client: SageMakerClient,
  domainId: string,
): Promise<string[]> {
  const names = await unlessNotFound(() =>
    call(
      'ListUserProfiles',
      () =>
        everyItem(
          paginateListUserProfiles({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId }),
          (page) => page.UserProfiles?.map((profile) => profile.UserProfileName),
        ),
      every('user profile', domainId),
    ),
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
    call(
      'DescribeUserProfile',
      () =>
        client.send(new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name })),
      oneOf('user profile', domainId),
    ),
  );
  return profile === undefined ? undefined : { ...profile.UserSettings };
}

/** The spaces of a domain (none when the domain is gone meanwhile). */
export async function listSpaceNames(client: SageMakerClient, domainId: string): Promise<string[]> {
  const names = await unlessNotFound(() =>
    call(
      'ListSpaces',
      () =>
        everyItem(
          paginateListSpaces({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId }),
          (page) => page.Spaces?.map((space) => space.SpaceName),
        ),
      every('Studio space', domainId),
    ),
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
    call(
      'DescribeSpace',
      () => client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: name })),
      oneOf('Studio space', domainId),
    ),
  );
  return space === undefined ? undefined : { ...space.SpaceSettings };
}

/** Deletes the SageMaker version (never the ECR image). */
export async function deleteImageVersion(
  client: SageMakerClient,
  request: DeleteImageVersionRequest,
): Promise<void> {
  await call('DeleteImageVersion', () => client.send(new DeleteImageVersionCommand(request)));
}
