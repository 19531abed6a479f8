// Studio user profiles: describe and update one (the launch test's CI profile, the profiles the
// Studio step lists images for), list a domain's, and read one's settings for retention. Part of the
// session's `api` (src/aws/api.ts). A failure is an AwsCallError naming its operation and the
// profile, or its domain when the profile is a person's (see Naming).
import {
  DescribeUserProfileCommand,
  UpdateUserProfileCommand,
  paginateListUserProfiles,
  type DescribeUserProfileResponse,
  type SageMakerClient,
  type UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import type { StudioSettings } from './sagemaker-domains.js';
import {
  PAGE_SIZE,
  call,
  inDomain,
  namesInDomain,
  unlessNotFound,
  type Naming,
} from './sagemaker-client.js';
import { withoutRetries } from './without-retries.js';

export type { DescribeUserProfileResponse, UpdateUserProfileRequest };

export function describeUserProfile(
  client: SageMakerClient,
  domainId: string,
  name: string,
  naming: Naming = 'named',
): Promise<DescribeUserProfileResponse> {
  return call(
    'DescribeUserProfile',
    () =>
      client.send(new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name })),
    inDomain('user profile', domainId, name, naming),
  );
}

/** A read-modify-write: sent once, without the SDK's retries (see without-retries.ts). */
export async function updateUserProfile(
  client: SageMakerClient,
  request: UpdateUserProfileRequest,
  naming: Naming = 'named',
): Promise<void> {
  await call(
    'UpdateUserProfile',
    () => client.send(withoutRetries(new UpdateUserProfileCommand(request))),
    inDomain('user profile', request.DomainId, request.UserProfileName, naming),
  );
}

/** The user profiles of a domain (none when the domain is gone meanwhile). */
export function listUserProfileNames(client: SageMakerClient, domainId: string): Promise<string[]> {
  return namesInDomain(
    'ListUserProfiles',
    'user profile',
    domainId,
    () => paginateListUserProfiles({ client, pageSize: PAGE_SIZE }, { DomainIdEquals: domainId }),
    (page) => page.UserProfiles?.map((profile) => profile.UserProfileName),
  );
}

/** A listed profile's settings (errors name its domain); undefined when it no longer exists. */
export async function describeUserProfileSettings(
  client: SageMakerClient,
  domainId: string,
  name: string,
): Promise<StudioSettings | undefined> {
  const profile = await unlessNotFound(() =>
    describeUserProfile(client, domainId, name, 'unnamed'),
  );
  return profile === undefined ? undefined : { ...profile.UserSettings };
}
