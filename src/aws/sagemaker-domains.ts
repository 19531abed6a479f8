// Studio domains: describe one, update one, list the region's, and read the settings that can name
// an image version. Part of the session's `api` (src/aws/api.ts). A failure is an AwsCallError
// naming its operation and the domain (or the domains, for the list).
import {
  DescribeDomainCommand,
  UpdateDomainCommand,
  paginateListDomains,
  type DescribeDomainResponse,
  type SageMakerClient,
  type UpdateDomainRequest,
} from '@aws-sdk/client-sagemaker';
import type { AwsResource } from './errors.js';
import { PAGE_SIZE, call, everyItem, everyOf, unlessNotFound } from './sagemaker-client.js';
import { withoutRetries } from './without-retries.js';

export type { DescribeDomainResponse, UpdateDomainRequest };

/**
 * A settings object as read (a domain's DefaultUserSettings, a profile's UserSettings, a space's
 * SpaceSettings, …), searched by retention for the versions it names.
 */
export type StudioSettings = Readonly<Record<string, unknown>>;

const domain = (id: string): AwsResource => ({ kind: 'Studio domain', name: id });

export function describeDomain(
  client: SageMakerClient,
  domainId: string,
): Promise<DescribeDomainResponse> {
  return call(
    'DescribeDomain',
    () => client.send(new DescribeDomainCommand({ DomainId: domainId })),
    domain(domainId),
  );
}

/** A read-modify-write: sent once, without the SDK's retries (see without-retries.ts). */
export async function updateDomain(
  client: SageMakerClient,
  request: UpdateDomainRequest,
): Promise<void> {
  await call(
    'UpdateDomain',
    () => client.send(withoutRetries(new UpdateDomainCommand(request))),
    domain(request.DomainId ?? ''),
  );
}

/** The ids of every Studio domain of the region. */
export function listDomainIds(client: SageMakerClient): Promise<string[]> {
  return call(
    'ListDomains',
    () =>
      everyItem(paginateListDomains({ client, pageSize: PAGE_SIZE }, {}), (page) =>
        page.Domains?.map((listed) => listed.DomainId),
      ),
    everyOf('Studio domain'),
  );
}

/** The parts of a domain's description that can name a version; undefined when it is gone. */
export async function describeDomainSettings(
  client: SageMakerClient,
  domainId: string,
): Promise<StudioSettings | undefined> {
  const described = await unlessNotFound(() => describeDomain(client, domainId));
  if (described === undefined) return undefined;
  return {
    DefaultUserSettings: described.DefaultUserSettings,
    DefaultSpaceSettings: described.DefaultSpaceSettings,
    DomainSettings: described.DomainSettings,
  };
}
