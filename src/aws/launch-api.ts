// The SageMaker calls of the launch test: the test profile's settings, a private space, and an app
// in it (or, for KernelGateway, an app of the profile). Part of the session's `api` (src/aws/api.ts).
// Each call fails as an AwsCallError naming its operation and the profile, space or app.
import {
  CreateAppCommand,
  CreateSpaceCommand,
  DeleteAppCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeSpaceCommand,
  DescribeUserProfileCommand,
  UpdateUserProfileCommand,
  paginateListApps,
  type AppDetails,
  type CreateAppRequest,
  type CreateSpaceRequest,
  type DeleteAppRequest,
  type DescribeAppResponse,
  type DescribeSpaceResponse,
  type DescribeUserProfileResponse,
  type ListAppsRequest,
  type SageMakerClient,
  type UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import { call, unlessNotFound } from './sagemaker.js';
import { withoutRetries } from './without-retries.js';
import type { AwsResource } from './errors.js';

export type {
  AppDetails,
  CreateAppRequest,
  CreateSpaceRequest,
  DescribeAppResponse,
  DescribeSpaceResponse,
  DescribeUserProfileResponse,
  UpdateUserProfileRequest,
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

/** The largest page ListApps accepts: fewer requests. */
const PAGE_SIZE = 100;

/**
 * How an error names a user profile: `named`, one the inputs name (the launch test's CI profile);
 * `unnamed`, one found by listing the domain (a person's name, kept out of messages: the error
 * names the domain instead).
 */
export type ProfileNaming = 'named' | 'unnamed';

const userProfile = (
  domainId: string | undefined,
  name: string | undefined,
  naming: ProfileNaming,
): AwsResource =>
  naming === 'named'
    ? { kind: 'user profile', name: name ?? '' }
    : { kind: 'user profile', domainId: domainId ?? '' };
const space = (name: string | undefined): AwsResource => ({
  kind: 'Studio space',
  name: name ?? '',
});
const app = (key: AppKey): AwsResource => ({
  kind: 'Studio app',
  name: `${key.SpaceName ?? key.UserProfileName ?? ''}/${key.AppType ?? ''}/${key.AppName ?? ''}`,
});

export function describeUserProfile(
  client: SageMakerClient,
  domainId: string,
  name: string,
  naming: ProfileNaming = 'named',
): Promise<DescribeUserProfileResponse> {
  return call(
    'DescribeUserProfile',
    () =>
      client.send(new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name })),
    userProfile(domainId, name, naming),
  );
}

/** A read-modify-write: sent once, without the SDK's retries (see withoutRetries). */
export async function updateUserProfile(
  client: SageMakerClient,
  request: UpdateUserProfileRequest,
  naming: ProfileNaming = 'named',
): Promise<void> {
  await call(
    'UpdateUserProfile',
    () => client.send(withoutRetries(new UpdateUserProfileCommand(request))),
    userProfile(request.DomainId, request.UserProfileName, naming),
  );
}

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

/** The space (its owner, its name), or undefined when it does not exist. */
export function describeSpace(
  client: SageMakerClient,
  domainId: string,
  spaceName: string,
): Promise<DescribeSpaceResponse | undefined> {
  return unlessNotFound(() =>
    call(
      'DescribeSpace',
      () => client.send(new DescribeSpaceCommand({ DomainId: domainId, SpaceName: spaceName })),
      space(spaceName),
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
    { kind: 'Studio app', domainId: filter.DomainIdEquals ?? '', every: true },
  );
}
