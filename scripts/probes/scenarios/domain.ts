// Probes of UpdateDomain, on the test domain (AWS_INTEGRATION_DOMAIN_ID, reserved for these
// tests): three writes of DefaultSpaceSettings.JupyterLabAppSettings, each read back once the domain
// is InService, then the member as it was before.
//
//   write 1: the member as read, the test image's entry pinned to a probe version, a marker
//            repository in CodeRepositories        → unsent members, status after a write, a
//            second write at once                     write while Updating, pinned entry echoed
//   delete:  DeleteImageVersion of that probe version (pinned now)
//   write 2: the member with CustomImages alone, the entry unpinned → merge or replace (is the
//            marker still there?), unpinned entry echoed
//   restore: the member as first read (CodeRepositories as it was, [] when it had none)
//
// Before them, with or without a test domain: DescribeDomain of two ids that name no domain
// (describe-domain-unknown-ids).
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeDomainCommand,
  UpdateDomainCommand,
  type DescribeDomainResponse,
  type UpdateDomainRequest,
} from '@aws-sdk/client-sagemaker';
import {
  ask,
  notKnown,
  observed,
  skipAll,
  skipped,
  waitFor,
  type ProbeContext,
  type Settled,
} from '../context.ts';
import {
  O,
  acceptedOrRefused,
  canonical,
  detailOf,
  differingPaths,
  unknownDomainsOutcome,
  whileUpdatingOutcome,
} from '../outcomes.ts';
import type { Observation } from '../types.ts';
import { settleVersion, versionOf } from './versions.ts';

const IDS = [
  'update-domain-unsent-members',
  'update-domain-member-merge',
  'domain-status-after-update',
  'update-domain-while-updating',
  'custom-image-entries-echoed',
  'delete-pinned-version',
] as const;

type Settings = Record<string, unknown>;
export type Entry = {
  ImageName?: string;
  AppImageConfigName?: string;
  ImageVersionNumber?: number;
};

/** DefaultSpaceSettings.JupyterLabAppSettings as read (empty when absent). Pure. */
export function spaceJupyterLab(described: DescribeDomainResponse | undefined): Settings {
  const space = described?.DefaultSpaceSettings as Settings | undefined;
  return { ...((space?.JupyterLabAppSettings as Settings | undefined) ?? {}) };
}

/** The domain without what a write may change: status, times, and the member written. Pure. */
export function unsentPart(described: DescribeDomainResponse | undefined): Settings {
  const copy = structuredClone((described ?? {}) as Settings);
  for (const volatile of ['Status', 'LastModifiedTime', 'FailureReason', '$metadata'])
    delete copy[volatile];
  const space = copy.DefaultSpaceSettings as Settings | undefined;
  if (space !== undefined) delete space.JupyterLabAppSettings;
  return copy;
}

/** `images` with `entry` in place of the entry of its image (any case), or appended. Pure. */
export function withEntry(images: readonly Entry[], entry: Entry): Entry[] {
  const same = (e: Entry): boolean =>
    (e.ImageName ?? '').toLowerCase() === (entry.ImageName ?? '').toLowerCase();
  return images.some(same) ? images.map((e) => (same(e) ? entry : e)) : [...images, entry];
}

/** This image's entry in a list, if any. Pure. */
export function entryOf(images: unknown, imageName: string): Entry | undefined {
  return Array.isArray(images)
    ? (images as Entry[]).find((e) => (e.ImageName ?? '').toLowerCase() === imageName.toLowerCase())
    : undefined;
}

function describe(context: ProbeContext) {
  return context.sagemaker.send(new DescribeDomainCommand({ DomainId: context.settings.domainId }));
}

/** Reads until the domain is InService (or broken, or the time is up). */
export function settleDomain(context: ProbeContext): Promise<Settled<DescribeDomainResponse>> {
  return waitFor(
    context,
    () => describe(context),
    (d) => d.Status ?? 'unknown',
    (d) => !['Pending', 'Updating'].includes(d.Status ?? ''),
    context.settings.settleTimeoutSeconds * 1000,
  );
}

function update(context: ProbeContext, member: Settings) {
  const request = {
    DomainId: context.settings.domainId,
    DefaultSpaceSettings: { JupyterLabAppSettings: member },
  } as unknown as UpdateDomainRequest;
  return ask(() => context.sagemaker.send(new UpdateDomainCommand(request)));
}

interface Write {
  readonly refused?: string;
  /** The status right after the write, and what a second write at once got (when not InService). */
  readonly rightAfter: string;
  readonly second?: Observation;
  readonly settled: Settled<DescribeDomainResponse>;
}

async function writeAndSettle(
  context: ProbeContext,
  member: Settings,
  sendTwice: boolean,
): Promise<Write> {
  const first = await update(context, member);
  if (!first.ok)
    return { refused: detailOf(first), rightAfter: '', settled: await settleDomain(context) };
  const after = await ask(() => describe(context));
  const rightAfter = after.ok ? (after.value.Status ?? 'unknown') : after.name;
  let second: Observation | undefined;
  if (sendTwice) {
    const id = 'update-domain-while-updating';
    if (rightAfter === 'InService') second = skipped(id, 'the domain was InService again at once');
    else {
      const again = await update(context, member);
      second = observed(
        id,
        whileUpdatingOutcome(again),
        detailOf(again) || `sent while ${rightAfter}`,
      );
    }
  }
  return {
    rightAfter,
    ...(second === undefined ? {} : { second }),
    settled: await settleDomain(context),
  };
}

/** A probe version of the test image to pin, CREATED; undefined when it could not be made. */
async function pinnableVersion(context: ProbeContext): Promise<number | undefined> {
  const { settings, names } = context;
  const created = await ask(() =>
    context.sagemaker.send(
      new CreateImageVersionCommand({
        ImageName: settings.imageName,
        BaseImage: settings.baseImage,
        ClientToken: names.token('pin'),
      }),
    ),
  );
  const version = created.ok ? versionOf(created.value.ImageVersionArn ?? '') : undefined;
  if (version === undefined) return undefined;
  const end = await settleVersion(context, settings.imageName, version);
  return end.value?.ImageVersionStatus === 'CREATED' ? version : undefined;
}

/** Write 1 and what it shows; the delete of the pinned version. */
async function firstWrite(
  context: ProbeContext,
  before: DescribeDomainResponse,
  pinned: number,
): Promise<Observation[]> {
  const { settings } = context;
  const member0 = spaceJupyterLab(before);
  const entry = {
    ImageName: settings.imageName,
    AppImageConfigName: settings.appImageConfigName,
    ImageVersionNumber: pinned,
  };
  const marker = { RepositoryUrl: `https://example.com/${settings.runName}.git` };
  const member = {
    ...member0,
    CustomImages: withEntry((member0.CustomImages as Entry[] | undefined) ?? [], entry),
    CodeRepositories: [...((member0.CodeRepositories as unknown[] | undefined) ?? []), marker],
  };
  const write = await writeAndSettle(context, member, true);
  if (write.refused !== undefined)
    return IDS.map((id) => notKnown(id, `UpdateDomain refused: ${write.refused}`));
  const after = write.settled.value;
  const trail = `${write.rightAfter} right after; then ${write.settled.statuses}`;
  const written = spaceJupyterLab(after);
  const visible = canonical(entryOf(written.CustomImages, settings.imageName)) === canonical(entry);
  const changed = differingPaths(unsentPart(before), unsentPart(after));
  const deleted = await ask(() =>
    context.sagemaker.send(
      new DeleteImageVersionCommand({ ImageName: settings.imageName, Version: pinned }),
    ),
  );
  return [
    observed(IDS[0], changed.length === 0 ? O.membersKept : `changed: ${changed.join(', ')}`),
    observed(
      IDS[2],
      write.settled.timedOut
        ? `not InService within ${settings.settleTimeoutSeconds} s`
        : visible
          ? O.writeVisible
          : 'InService without the write',
      trail,
    ),
    write.second ?? skipped(IDS[3], 'not sent'),
    observed(IDS[5], acceptedOrRefused(deleted), detailOf(deleted)),
    ...(visible
      ? []
      : [
          observed(
            IDS[4],
            'the pinned entry came back otherwise',
            JSON.stringify(entryOf(written.CustomImages, settings.imageName) ?? null),
          ),
        ]),
  ];
}

/** Write 2 (CustomImages alone, unpinned) and the restore. */
async function secondWrite(
  context: ProbeContext,
  before: DescribeDomainResponse,
): Promise<Observation[]> {
  const { settings } = context;
  const member0 = spaceJupyterLab(before);
  const entry = { ImageName: settings.imageName, AppImageConfigName: settings.appImageConfigName };
  const write = await writeAndSettle(
    context,
    { CustomImages: withEntry((member0.CustomImages as Entry[] | undefined) ?? [], entry) },
    false,
  );
  const found: Observation[] = [];
  if (write.refused !== undefined)
    found.push(notKnown(IDS[1], `UpdateDomain refused: ${write.refused}`));
  else {
    const written = spaceJupyterLab(write.settled.value);
    const marker = JSON.stringify(written.CodeRepositories ?? []).includes(settings.runName);
    found.push(
      observed(
        IDS[1],
        marker ? O.mergedByField : O.memberReplaced,
        `CodeRepositories: ${JSON.stringify(written.CodeRepositories ?? null)}`,
      ),
    );
    const echoed =
      canonical(entryOf(written.CustomImages, settings.imageName)) === canonical(entry);
    found.push(
      observed(
        IDS[4],
        echoed ? O.entriesEchoed : 'the unpinned entry came back otherwise',
        JSON.stringify(entryOf(written.CustomImages, settings.imageName) ?? null),
      ),
    );
  }
  const restore = await writeAndSettle(
    context,
    { ...member0, CodeRepositories: member0.CodeRepositories ?? [] },
    false,
  );
  if (restore.refused !== undefined)
    context.log(
      `Restoring the domain's member failed: ${restore.refused}; the clean-up job removes this run's entries.`,
    );
  return found;
}

/** describe-domain-unknown-ids: DescribeDomain of two ids that fit the pattern and name nothing. */
async function probeUnknownDomains(context: ProbeContext): Promise<Observation> {
  const answers = [];
  for (const domainId of context.names.unknownDomainIds)
    answers.push(
      await ask(() => context.sagemaker.send(new DescribeDomainCommand({ DomainId: domainId }))),
    );
  return observed(
    'describe-domain-unknown-ids',
    unknownDomainsOutcome(answers),
    answers.map((a) => detailOf(a) || 'answered').join(' | '),
  );
}

export async function domainScenario(context: ProbeContext): Promise<Observation[]> {
  const unknown = await probeUnknownDomains(context);
  if (context.settings.domainId === '')
    return [unknown, ...skipAll(IDS, 'no test domain (AWS_INTEGRATION_DOMAIN_ID)')];
  const pinned = await pinnableVersion(context);
  if (pinned === undefined)
    return [unknown, ...IDS.map((id) => notKnown(id, 'no probe version could be made to pin'))];
  const start = await settleDomain(context);
  if (start.value?.Status !== 'InService')
    return [unknown, ...IDS.map((id) => notKnown(id, `the domain is ${start.statuses}`))];
  const first = await firstWrite(context, start.value, pinned);
  const seen = new Set(first.map((o) => o.id));
  const second = (await secondWrite(context, start.value)).filter((o) => !seen.has(o.id));
  return [unknown, ...first, ...second];
}
