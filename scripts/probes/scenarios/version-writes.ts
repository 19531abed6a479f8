// Probes of the writes to a version that the reuse path and retention send, on one version of the
// test image of their own, deleted at the end:
//
//   create   CreateImageVersion (token `writes`)
//   alias    at once, while it is CREATING: UpdateImageVersion AliasesToAdd [<run>-creating]
//            → aliases-on-creating-version (skip-if-unchanged with wait-for-created: false
//              places aliases on a version still CREATING)
//   settle   until CREATED
//   marks    VendorGuidance TO_BE_ARCHIVED, then STABLE; DescribeImageVersion
//            → unmark-to-be-archived (archive mode marks a kept version STABLE again)
//   delete   DeleteImageVersion, at once again (as the SDK resends it after a lost answer), then
//            once more when DescribeImageVersion no longer finds it
//            → delete-version-twice (retention counts a delete whose retry found it gone as its own)
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeImageVersionCommand,
  UpdateImageVersionCommand,
  type UpdateImageVersionRequest,
} from '@aws-sdk/client-sagemaker';
import { ask, notKnown, observed, skipped, waitFor, type ProbeContext } from '../context.ts';
import { O, deleteTwiceOutcome, detailOf, refusal, type Answer } from '../outcomes.ts';
import type { Observation } from '../types.ts';
import { settleVersion, versionOf } from './versions.ts';

export const VERSION_WRITE_PROBE_IDS = [
  'aliases-on-creating-version',
  'unmark-to-be-archived',
  'delete-version-twice',
] as const;
const IDS = VERSION_WRITE_PROBE_IDS;

function describeVersion(context: ProbeContext, version: number) {
  return ask(() =>
    context.sagemaker.send(
      new DescribeImageVersionCommand({ ImageName: context.settings.imageName, Version: version }),
    ),
  );
}

function updateVersion(
  context: ProbeContext,
  version: number,
  fields: Omit<UpdateImageVersionRequest, 'ImageName' | 'Version'>,
): Promise<Answer> {
  return ask(() =>
    context.sagemaker.send(
      new UpdateImageVersionCommand({
        ImageName: context.settings.imageName,
        Version: version,
        ...fields,
      }),
    ),
  );
}

function deleteVersion(context: ProbeContext, version: number): Promise<Answer> {
  return ask(() =>
    context.sagemaker.send(
      new DeleteImageVersionCommand({ ImageName: context.settings.imageName, Version: version }),
    ),
  );
}

/** aliases-on-creating-version: an alias added while the version is still CREATING. */
async function probeAliasWhileCreating(
  context: ProbeContext,
  version: number,
): Promise<Observation> {
  const { sagemaker, settings, names } = context;
  const before = await describeVersion(context, version);
  const status = before.ok ? (before.value.ImageVersionStatus ?? 'unknown') : before.name;
  if (status !== 'CREATING')
    return skipped(IDS[0], `the version was ${status} already when the alias was sent`);
  const added = await updateVersion(context, version, { AliasesToAdd: [names.creatingAlias] });
  if (!added.ok) return observed(IDS[0], refusal(added), detailOf(added));
  const holder = await ask(() =>
    sagemaker.send(
      new DescribeImageVersionCommand({
        ImageName: settings.imageName,
        Alias: names.creatingAlias,
      }),
    ),
  );
  const holds = holder.ok && holder.value.Version === version;
  return observed(
    IDS[0],
    holds ? O.aliasOnCreating : 'accepted, but the alias is not on the version',
    holder.ok ? `held by version ${holder.value.Version ?? '?'}` : detailOf(holder),
  );
}

/** unmark-to-be-archived: TO_BE_ARCHIVED, then STABLE again, on a CREATED version. */
async function probeUnmark(context: ProbeContext, version: number): Promise<Observation> {
  const marked = await updateVersion(context, version, { VendorGuidance: 'TO_BE_ARCHIVED' });
  if (!marked.ok) return notKnown(IDS[1], `marking it TO_BE_ARCHIVED first: ${detailOf(marked)}`);
  const unmarked = await updateVersion(context, version, { VendorGuidance: 'STABLE' });
  if (!unmarked.ok) return observed(IDS[1], refusal(unmarked), detailOf(unmarked));
  const described = await describeVersion(context, version);
  if (!described.ok) return notKnown(IDS[1], `DescribeImageVersion: ${detailOf(described)}`);
  const guidance = described.value.VendorGuidance;
  return observed(
    IDS[1],
    guidance === 'STABLE' ? O.unmarked : `accepted, but described ${guidance ?? 'without it'}`,
  );
}

/** delete-version-twice: deleted, resent at once, and once more when it is gone. */
async function probeDeleteTwice(context: ProbeContext, version: number): Promise<Observation> {
  const first = await deleteVersion(context, version);
  if (!first.ok) return notKnown(IDS[2], `the first DeleteImageVersion: ${detailOf(first)}`);
  const resend = await deleteVersion(context, version);
  const gone = await waitFor(
    context,
    async () => {
      const answer = await describeVersion(context, version);
      if (answer.ok) return answer.value.ImageVersionStatus ?? 'unknown';
      if (answer.name === 'ResourceNotFound') return 'gone';
      throw new Error(`${answer.name}: ${answer.message}`);
    },
    (status) => status,
    (status) => status === 'gone',
    context.settings.settleTimeoutSeconds * 1000,
  );
  if (gone.timedOut) return notKnown(IDS[2], `the version was not gone in time (${gone.statuses})`);
  const later = await deleteVersion(context, version);
  const details = [detailOf(resend), detailOf(later)].filter((d) => d !== '');
  return observed(
    IDS[2],
    deleteTwiceOutcome(resend, later),
    [...details, `then ${gone.statuses}`].join('; '),
  );
}

export async function versionWriteScenario(context: ProbeContext): Promise<Observation[]> {
  const { settings, names } = context;
  const created = await ask(() =>
    context.sagemaker.send(
      new CreateImageVersionCommand({
        ImageName: settings.imageName,
        BaseImage: settings.baseImage,
        ClientToken: names.token('writes'),
      }),
    ),
  );
  const version = created.ok ? versionOf(created.value.ImageVersionArn ?? '') : undefined;
  if (version === undefined)
    return IDS.map((id) => notKnown(id, `CreateImageVersion: ${detailOf(created)}`));
  const alias = await probeAliasWhileCreating(context, version);
  const end = await settleVersion(context, settings.imageName, version);
  const status = end.value?.ImageVersionStatus ?? 'unknown';
  const unmark =
    status === 'CREATED'
      ? await probeUnmark(context, version)
      : notKnown(IDS[1], `the version ended ${status} (${end.statuses})`);
  return [alias, unmark, await probeDeleteTwice(context, version)];
}
