// The SageMaker edge's footing: one configured client, and what every SageMaker call module
// (sagemaker-images, -app-image-configs, -domains, -user-profiles, -spaces-and-apps) builds on:
// `call` (a failure becomes an AwsCallError naming its operation), "not found" read as undefined,
// every item of a paginated list, and how an error names a Studio resource. Loaded only after the
// inputs are valid (through api.ts, a dynamic import), so a bad input fails without paying for the
// SDK.
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { call, errorFacts, type AwsResource } from './errors.js';
import { sdkClientConfig, type ClientSettings } from './client-config.js';

export { call };
export type { ClientSettings, SageMakerClient };

export function createSageMakerClient(settings: ClientSettings): SageMakerClient {
  return new SageMakerClient(sdkClientConfig(settings));
}

/** What a read returns, or undefined when SageMaker says the resource does not exist. */
export async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (errorFacts(error).name === 'ResourceNotFound') return undefined;
    throw error;
  }
}

/** The largest page every SageMaker list call the action makes accepts: fewer requests. */
export const PAGE_SIZE = 100;

/**
 * Every item of every page, in order, leaving out missing and empty ones; `itemsOf` picks a page's
 * items (their names, say).
 */
export async function everyItem<Page, Item>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => readonly (Item | undefined)[] | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of pages) {
    for (const item of itemsOf(page) ?? []) if (item !== undefined && item !== '') items.push(item);
  }
  return items;
}

/**
 * How an error names a user profile or space: `named`, one the inputs name or the run made (the
 * launch test's CI profile, its space); `unnamed`, one found by listing a domain (a person's name,
 * kept out of messages: the error names the domain instead).
 */
export type Naming = 'named' | 'unnamed';

/** A profile or space of a domain as an error names it (see Naming). */
export function inDomain(
  kind: 'user profile' | 'Studio space',
  domainId: string | undefined,
  name: string | undefined,
  naming: Naming,
): AwsResource {
  return naming === 'named' ? { kind, name: name ?? '' } : { kind, domainId: domainId ?? '' };
}

/** A list call's subject: every resource of this kind (of the domain, or of the region). */
export function everyOf(kind: AwsResource['kind'], domainId?: string): AwsResource {
  return { kind, every: true, ...(domainId === undefined ? {} : { domainId }) };
}

/**
 * Every name a list of one domain's user profiles or spaces gives, over every page; none when the
 * domain is gone meanwhile. A failure names the list and the domain.
 */
export async function namesInDomain<Page>(
  operation: string,
  kind: 'user profile' | 'Studio space',
  domainId: string,
  pages: () => AsyncIterable<Page>,
  namesOf: (page: Page) => readonly (string | undefined)[] | undefined,
): Promise<string[]> {
  const names = await unlessNotFound(() =>
    call(operation, () => everyItem(pages(), namesOf), everyOf(kind, domainId)),
  );
  return names ?? [];
}
