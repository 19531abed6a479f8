// Studio spaces and the apps in them (or, for KernelGateway, an app of a user profile): the launch
// test's private space and app, a domain's spaces and their settings for retention. Part of the
// session's `api` (src/aws/api.ts). A failure is an AwsCallError naming its operation and the space
// or app, or the domain when the space is a person's (see Naming).
import {
  CreateAppCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeSpaceCommand,
  paginateListApps,
  paginateListSpaces,
  type AppDetails,
  type CreateAppRequest,
  type CreateSpaceRequest,
  type DeleteAppRequest,
  type DescribeAppResponse,
  type DescribeSpaceResponse,
  type ListAppsRequest,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { AwsResource } from './errors.js';
import type { StudioSettings } from './sagemaker-domains.js';
import {
  PAGE_SIZE,
  call,
  everyOf,
  inDomain,
  namesInDomain,
  unlessNotFound,
  type Naming,
} from './sagemaker-client.js';

export type {
  AppDetails,
  CreateAppRequest,
  CreateSpaceRequest,
  DescribeAppResponse,
  DescribeSpaceResponse,
};

/** Which app: in a space (`SpaceName`) or of a user profile (`UserProfileName`). */
export type AppKey = Pick<
  DeleteAppRequest,
  'DomainId' | 'SpaceName' | 'UserProfileName' | 'AppType' | 'AppName'
>;

/** The filters ListApps takes; a domain is always given. */
export type AppFilter = Pick<
  ListAppsRequest,
  'DomainIdEquals' | 'SpaceNameEquals' | 'UserProfileNameEquals'
>;

/** The run's own space (the launch test's), by name. */
const space = (name: string | undefined): AwsResource => ({
  kind: 'Studio space',
  name: name ?? '',
});
const app = (key: AppKey): AwsResource => ({
  kind: 'Studio app',
  name: `${key.SpaceName ?? key.UserProfileName ?? ''}/${key.AppType ?? ''}/${key.AppName ?? ''}`,
});

export async function createSpace(
  client: SageMakerClient,
  request: CreateSpaceRequest,
): Promise<void> {
  await call(
    'CreateSpace',
    () => client.send(new CreateSpaceCommand(request)),
    space(request.SpaceName),
  );
}

/** The space (its owner, its name, its settings), or undefined when it does not exist. */
export function describeSpace(
  client: SageMakerClient,
  domainId: string,
  spaceName: string,
  naming: Naming = 'named',
): Promise<DescribeSpaceResponse | undefined> {
  return unlessNotFound(() =>
    call(
      'DescribeSpace',
      () => client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: spaceName })),
      inDomain('Studio space', domainId, spaceName, naming),
    ),
  );
}

export async function deleteSpace(
  client: SageMakerClient,
  domainId: string,
  spaceName: string,
): Promise<void> {
  await call(
    'DeleteSpace',
    () => client.send(new DeleteSpaceCommand({ DomainId: domainId, SpaceName: spaceName })),
    space(spaceName),
  );
}

/** The spaces of a domain (none when the domain is gone meanwhile). */
export function listSpaceNames(client: SageMakerClient, domainId: string): Promise<string[]> {
  return namesInDomain(
    'ListSpaces',
    'Studio space',
    domainId,
    () => paginateListSpaces({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId }),
    (page) => page.Spaces?.map((listed) => listed.SpaceName),
  );
}

/** A listed space's settings (errors name its domain); undefined when it no longer exists. */
export async function describeSpaceSettings(
  client: SageMakerClient,
  domainId: string,
  name: string,
): Promise<StudioSettings | undefined> {
  const described = await describeSpace(client, domainId, name, 'unnamed');
  return described === undefined ? undefined : { ...described.SpaceSettings };
}

export async function createApp(client: SageMakerClient, request: CreateAppRequest): Promise<void> {
  await call('CreateApp', () => client.send(new CreateAppCommand(request)), app(request));
}

/** The app, or undefined when SageMaker no longer (or never) knew it. */
export function describeApp(
  client: SageMakerClient,
  key: AppKey,
): Promise<DescribeAppResponse | undefined> {
  return unlessNotFound(() =>
    call('DescribeApp', () => client.send(new DescribeAppCommand(key)), app(key)),
  );
}

export async function deleteApp(client: SageMakerClient, key: AppKey): Promise<void> {
  await call('DeleteApp', () => client.send(new DeleteAppCommand(key)), app(key));
}

/** Every app the filter matches, over every page (Deleted ones too, while SageMaker lists them). */
export function listApps(client: SageMakerClient, filter: AppFilter): Promise<AppDetails[]> {
  return call(
    'ListApps',
    async () => {
      const apps: AppDetails[] = [];
      for await (const page of paginateListApps({ client, pageSize: PAGE_SIZE }, filter)) {
        apps.push(...(page.Apps ?? []));
      }
      return apps;
    },
    everyOf('Studio app', filter.DomainIdEquals ?? ''),
  );
}
