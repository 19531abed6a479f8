// The integration workflow's SageMaker clean-up, run with `if: always()`: removes everything this
// run made and leftovers of other runs older than a day (scripts/probes/cleanup-plan.ts decides),
// in the order SageMaker needs: apps, spaces, list entries, images (with their versions),
// AppImageConfigs. ECR images are removed by the workflow itself. Exits 1 when anything could not
// be removed, naming it.
//
//   AWS_REGION, PROBE_RUN_NAME (siv-it-<run id>-<attempt>), PROBE_DOMAIN_ID (optional)
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  DeleteAppCommand,
  DeleteAppImageConfigCommand,
  DeleteImageCommand,
  DeleteSpaceCommand,
  DescribeAppCommand,
  DescribeDomainCommand,
  DescribeUserProfileCommand,
  SageMakerClient,
  UpdateDomainCommand,
  UpdateUserProfileCommand,
  paginateListAppImageConfigs,
  paginateListApps,
  paginateListImages,
  paginateListSpaces,
  paginateListUserProfiles,
  type UpdateDomainRequest,
  type UpdateUserProfileRequest,
} from '@aws-sdk/client-sagemaker';
import { planCleanup, spaceOwnerName, type Found, type Resource } from './probes/cleanup-plan.ts';
import { ask, systemClock, waitFor, type Clock } from './probes/context.ts';
import { NAME_PREFIX } from './probes/settings.ts';

interface Cleanup {
  readonly sagemaker: SageMakerClient;
  readonly domainId: string;
  readonly clock: Clock;
  readonly failures: string[];
}

const TIMEOUT_MS = 15 * 60 * 1000;

async function collect<Page, Item>(
  pages: AsyncIterable<Page>,
  items: (page: Page) => Item[] | undefined,
): Promise<Item[]> {
  const all: Item[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

async function find(c: Cleanup): Promise<Found> {
  const { sagemaker: client, domainId } = c;
  const images = await collect(paginateListImages({ client }, { NameContains: NAME_PREFIX }), (p) =>
    p.Images?.map((i): Resource => ({
      name: i.ImageName ?? '',
      ...(i.CreationTime ? { createdAt: i.CreationTime } : {}),
    })),
  );
  const appImageConfigs = await collect(
    paginateListAppImageConfigs({ client }, { NameContains: NAME_PREFIX }),
    (p) =>
      p.AppImageConfigs?.map((i): Resource => ({
        name: i.AppImageConfigName ?? '',
        ...(i.CreationTime ? { createdAt: i.CreationTime } : {}),
      })),
  );
  if (domainId === '') return { images, appImageConfigs, spaces: [], profiles: [] };
  try {
    return { images, appImageConfigs, ...(await findInDomain(c)) };
  } catch (error) {
    // The images and configs can still go: a later run that can read the domain removes the
    // entries of images that are gone.
    c.failures.push(
      `reading Studio domain ${domainId}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return { images, appImageConfigs, spaces: [], profiles: [] };
  }
}

/** The test domain's spaces of ours, its default settings and its user profiles' settings. */
async function findInDomain(c: Cleanup): Promise<Pick<Found, 'spaces' | 'domain' | 'profiles'>> {
  const { sagemaker: client, domainId } = c;
  const spaces = await collect(paginateListSpaces({ client }, { DomainIdEquals: domainId }), (p) =>
    p.Spaces?.filter((s) => spaceOwnerName(s.SpaceName ?? '').startsWith(NAME_PREFIX)).map(
      (s): Resource => ({
        name: s.SpaceName ?? '',
        ...(s.CreationTime ? { createdAt: s.CreationTime } : {}),
      }),
    ),
  );
  const domain = await client.send(new DescribeDomainCommand({ DomainId: domainId }));
  const names = await collect(
    paginateListUserProfiles({ client }, { DomainIdEquals: domainId }),
    (p) => p.UserProfiles?.map((u) => u.UserProfileName ?? ''),
  );
  const profiles = [];
  for (const name of names) {
    const profile = await client.send(
      new DescribeUserProfileCommand({ DomainId: domainId, UserProfileName: name }),
    );
    profiles.push({ name, settings: { ...profile.UserSettings } });
  }
  return {
    spaces,
    domain: {
      DefaultUserSettings: { ...domain.DefaultUserSettings },
      DefaultSpaceSettings: { ...domain.DefaultSpaceSettings },
    },
    profiles,
  };
}

/** Runs one removal; a failure is noted, and the clean-up goes on. */
async function attempt(c: Cleanup, what: string, remove: () => Promise<unknown>): Promise<void> {
  const answer = await ask(remove);
  if (answer.ok) console.log(`Removed ${what}.`);
  else if (answer.name === 'ResourceNotFound') console.log(`${what}: gone already.`);
  else c.failures.push(`${what}: ${answer.name}: ${answer.message}`);
}

async function removeSpace(c: Cleanup, space: string): Promise<void> {
  const { sagemaker, domainId } = c;
  const apps = await collect(
    paginateListApps({ client: sagemaker }, { DomainIdEquals: domainId, SpaceNameEquals: space }),
    (p) => p.Apps,
  );
  for (const app of apps.filter((a) => a.Status !== 'Deleted' && a.Status !== 'Failed')) {
    const key = {
      DomainId: domainId,
      SpaceName: space,
      AppType: app.AppType,
      AppName: app.AppName,
    };
    const describe = () => sagemaker.send(new DescribeAppCommand(key));
    await waitFor(
      { clock: c.clock, pollMs: 10_000 },
      describe,
      (d) => d.Status ?? '',
      (d) => d.Status !== 'Pending',
      TIMEOUT_MS,
    );
    await attempt(c, `app ${app.AppName ?? ''} of space ${space}`, () =>
      sagemaker.send(new DeleteAppCommand(key)),
    );
    await waitFor(
      { clock: c.clock, pollMs: 10_000 },
      describe,
      (d) => d.Status ?? '',
      (d) => d.Status === 'Deleted',
      TIMEOUT_MS,
    );
  }
  await attempt(c, `space ${space}`, () =>
    sagemaker.send(new DeleteSpaceCommand({ DomainId: domainId, SpaceName: space })),
  );
}

async function settleDomain(c: Cleanup): Promise<void> {
  const read = () => c.sagemaker.send(new DescribeDomainCommand({ DomainId: c.domainId }));
  await waitFor(
    { clock: c.clock, pollMs: 10_000 },
    read,
    (d) => d.Status ?? '',
    (d) => !['Pending', 'Updating'].includes(d.Status ?? ''),
    TIMEOUT_MS,
  );
}

async function main(): Promise<void> {
  const runName = process.env.PROBE_RUN_NAME ?? '';
  if (!/^siv-it-\d+-\d+$/.test(runName))
    throw new Error(`PROBE_RUN_NAME must be siv-it-<run id>-<attempt>, not "${runName}".`);
  const c: Cleanup = {
    sagemaker: new SageMakerClient({ region: process.env.AWS_REGION ?? '', maxAttempts: 5 }),
    domainId: process.env.PROBE_DOMAIN_ID ?? '',
    clock: systemClock,
    failures: [],
  };
  const plan = planCleanup(await find(c), runName, new Date());
  console.log(`To remove: ${JSON.stringify(plan, null, 2)}`);
  for (const space of plan.spaces) await removeSpace(c, space);
  if (plan.domainUpdate !== undefined) {
    await settleDomain(c);
    const request = {
      DomainId: c.domainId,
      ...plan.domainUpdate,
    } as unknown as UpdateDomainRequest;
    await attempt(c, `entries in Studio domain ${c.domainId}`, () =>
      c.sagemaker.send(new UpdateDomainCommand(request)),
    );
    await settleDomain(c);
  }
  for (const { name, userSettings } of plan.profileUpdates) {
    const request = {
      DomainId: c.domainId,
      UserProfileName: name,
      UserSettings: userSettings,
    } as unknown as UpdateUserProfileRequest;
    await attempt(c, `entries of user profile ${name}`, () =>
      c.sagemaker.send(new UpdateUserProfileCommand(request)),
    );
  }
  for (const image of plan.images)
    await attempt(c, `image ${image} and its versions`, () =>
      c.sagemaker.send(new DeleteImageCommand({ ImageName: image })),
    );
  for (const config of plan.appImageConfigs) {
    await attempt(c, `AppImageConfig ${config}`, () =>
      c.sagemaker.send(new DeleteAppImageConfigCommand({ AppImageConfigName: config })),
    );
  }
  if (c.failures.length > 0) {
    console.error(
      `Could not remove:\n${c.failures.map((f) => `- ${f}`).join('\n')}\nThe next run retries what is older than a day.`,
    );
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  console.error(`The clean-up stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
