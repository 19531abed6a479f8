// Probes of images and versions: on a probe image of their own (image-not-ready, create-image-race)
// and on the test image the action made (ClientTokens, aliases, digests, retiring). Every version
// they make is deleted at the end; the image stays for the app probes, and the clean-up job
// deletes it.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageVersionCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  DescribeModelCommand,
  UpdateImageVersionCommand,
  type CreateImageVersionRequest,
  type DescribeImageVersionResponse,
} from '@aws-sdk/client-sagemaker';
import {
  ask,
  notKnown,
  observed,
  skipAll,
  skipped,
  tidy,
  waitFor,
  type ProbeContext,
  type Settled,
} from '../context.ts';
import {
  O,
  accessDeniedOutcome,
  aliasTakenOutcome,
  attestationOutcome,
  createImageRaceOutcome,
  detailOf,
  imageNotReadyOutcome,
  refusal,
  tokenAfterFailureOutcome,
  tokenMismatchOutcome,
  tokenReplayOutcome,
  type Answer,
} from '../outcomes.ts';
import { DENIED_ON_PURPOSE } from '../settings.ts';
import type { Observation } from '../types.ts';

/** The version number at the end of an image-version ARN. */
export function versionOf(arn: string): number | undefined {
  const match = /\/(\d+)$/.exec(arn);
  return match === null ? undefined : Number(match[1]);
}

/** `<registry>/<repository>` of `…:tag` or `…@sha256:…`. */
export function repositoryOf(reference: string): string {
  return reference.replace(/@sha256:[0-9a-f]{64}$/, '').replace(/:[^:/]+$/, '');
}

async function createVersion(
  context: ProbeContext,
  request: CreateImageVersionRequest,
): Promise<Answer<string>> {
  const answer = await ask(() => context.sagemaker.send(new CreateImageVersionCommand(request)));
  return answer.ok ? { ok: true, value: answer.value.ImageVersionArn ?? '' } : answer;
}

/** Waits until the version is no longer CREATING. */
export function settleVersion(
  context: ProbeContext,
  imageName: string,
  version: number,
): Promise<Settled<DescribeImageVersionResponse>> {
  return waitFor(
    context,
    () =>
      context.sagemaker.send(
        new DescribeImageVersionCommand({ ImageName: imageName, Version: version }),
      ),
    (described) => described.ImageVersionStatus ?? 'unknown',
    (described) => described.ImageVersionStatus !== 'CREATING',
    context.settings.settleTimeoutSeconds * 1000,
  );
}

function deleteVersion(context: ProbeContext, imageName: string, version: number): Promise<Answer> {
  return ask(() =>
    context.sagemaker.send(
      new DeleteImageVersionCommand({ ImageName: imageName, Version: version }),
    ),
  );
}

/** image-not-ready and create-image-race, on the probe image (left for the app probes). */
async function probeImageCreation(context: ProbeContext): Promise<Observation[]> {
  const { sagemaker, settings, names } = context;
  const ids = ['image-not-ready', 'create-image-race'] as const;
  const create = () =>
    sagemaker.send(
      new CreateImageCommand({ ImageName: names.probeImage, RoleArn: settings.roleArn }),
    );
  const created = await ask(create);
  if (!created.ok) return ids.map((id) => notKnown(id, `CreateImage: ${detailOf(created)}`));
  const before = await ask(() =>
    sagemaker.send(new DescribeImageCommand({ ImageName: names.probeImage })),
  );
  const status = before.ok ? (before.value.ImageStatus ?? 'unknown') : before.name;
  const version = await createVersion(context, {
    ImageName: names.probeImage,
    BaseImage: settings.baseImage,
    ClientToken: names.token('notready'),
  });
  const race = await ask(create);
  return [
    status === 'CREATING'
      ? observed(ids[0], imageNotReadyOutcome(version), detailOf(version))
      : skipped(ids[0], `the image was ${status} already when the version was sent`),
    observed(ids[1], createImageRaceOutcome(race), detailOf(race)),
  ];
}

/** client-token-replay and client-token-mismatch; returns the replayed version for later probes. */
async function probeTokens(context: ProbeContext): Promise<{ found: Observation[]; arn?: string }> {
  const { settings, names } = context;
  const request = {
    ImageName: settings.imageName,
    BaseImage: settings.baseImage,
    ClientToken: names.token('replay'),
    ReleaseNotes: 'probe: client-token-replay',
  };
  const first = await createVersion(context, request);
  if (!first.ok) {
    const why = `the first CreateImageVersion failed: ${detailOf(first)}`;
    return {
      found: [notKnown('client-token-replay', why), notKnown('client-token-mismatch', why)],
    };
  }
  const again = await createVersion(context, request);
  const other = await createVersion(context, {
    ...request,
    ReleaseNotes: 'probe: other parameters',
  });
  return {
    arn: first.value,
    found: [
      observed(
        'client-token-replay',
        tokenReplayOutcome(again, first.value),
        again.ok ? again.value : detailOf(again),
      ),
      observed(
        'client-token-mismatch',
        tokenMismatchOutcome(other, first.value),
        other.ok ? other.value : detailOf(other),
      ),
    ],
  };
}

/** A version of a tag never pushed: its token, its vendor guidance, its deletion. */
async function probeFailedVersion(context: ProbeContext): Promise<Observation[]> {
  const { settings, names } = context;
  const ids = [
    'client-token-after-create-failed',
    'vendor-guidance-on-create-failed',
    'delete-create-failed-version',
  ] as const;
  const request = {
    ImageName: settings.imageName,
    BaseImage: `${repositoryOf(settings.baseImageTag)}:${names.missingTag}`,
    ClientToken: names.token('failed'),
  };
  const first = await createVersion(context, request);
  const version = first.ok ? versionOf(first.value) : undefined;
  if (!first.ok || version === undefined)
    return skipAll(
      ids,
      `CreateImageVersion of a missing tag was refused at once (${detailOf(first)})`,
    );
  const end = await settleVersion(context, settings.imageName, version);
  const status = end.value?.ImageVersionStatus ?? 'unknown';
  if (status !== 'CREATE_FAILED') {
    await tidy(context, `deleting version ${version}`, () =>
      deleteVersion(context, settings.imageName, version),
    );
    return skipAll(
      ids,
      `the version of a missing tag ended ${status} (${end.statuses}), not CREATE_FAILED`,
    );
  }
  const again = await createVersion(context, request);
  const guidance = await ask(() =>
    context.sagemaker.send(
      new UpdateImageVersionCommand({
        ImageName: settings.imageName,
        Version: version,
        VendorGuidance: 'TO_BE_ARCHIVED',
      }),
    ),
  );
  const deleted = await deleteVersion(context, settings.imageName, version);
  return [
    observed(
      ids[0],
      tokenAfterFailureOutcome(again, first.value),
      again.ok ? again.value : detailOf(again),
    ),
    observed(ids[1], refusal(guidance), detailOf(guidance)),
    observed(ids[2], refusal(deleted), detailOf(deleted)),
  ];
}

/** container-image-digest: a version registered by tag; returns it for delete-back-to-back. */
async function probeDigest(context: ProbeContext): Promise<{ found: Observation; arn?: string }> {
  const { settings, names } = context;
  const id = 'container-image-digest';
  const created = await createVersion(context, {
    ImageName: settings.imageName,
    BaseImage: settings.baseImageTag,
    ClientToken: names.token('bytag'),
  });
  const version = created.ok ? versionOf(created.value) : undefined;
  if (!created.ok || version === undefined)
    return { found: notKnown(id, `CreateImageVersion: ${detailOf(created)}`) };
  const end = await settleVersion(context, settings.imageName, version);
  const described = end.value;
  const digest = /@(sha256:[0-9a-f]{64})$/.exec(settings.baseImage)?.[1] ?? '';
  const problems = [
    described?.ImageVersionStatus === 'CREATED'
      ? ''
      : `ended ${described?.ImageVersionStatus ?? 'unknown'} (${end.statuses})`,
    described?.BaseImage === settings.baseImageTag
      ? ''
      : `BaseImage is ${described?.BaseImage ?? 'missing'}`,
    described?.ContainerImage?.endsWith(`@${digest}`) === true
      ? ''
      : `ContainerImage is ${described?.ContainerImage ?? 'missing'}, pushed ${digest}`,
  ].filter((p) => p !== '');
  return {
    arn: created.value,
    found: observed(
      id,
      problems.length === 0 ? O.digestHolds : 'differs',
      problems.join('; ') || described?.ContainerImage,
    ),
  };
}

/** free-alias-not-found, alias-taken-on-create, alias-taken-on-update. */
async function probeAliases(
  context: ProbeContext,
  ownVersion: number | undefined,
): Promise<Observation[]> {
  const { sagemaker, settings, names } = context;
  const describe = (alias: string) =>
    ask(() =>
      sagemaker.send(
        new DescribeImageVersionCommand({ ImageName: settings.imageName, Alias: alias }),
      ),
    );
  const free = await describe(names.freeAlias);
  const found = [observed('free-alias-not-found', refusal(free), detailOf(free))];
  const holder = await describe(names.heldAlias);
  if (!holder.ok)
    return [
      ...found,
      ...skipAll(
        ['alias-taken-on-create', 'alias-taken-on-update'],
        `no version holds "${names.heldAlias}" (${detailOf(holder)})`,
      ),
    ];
  const create = await createVersion(context, {
    ImageName: settings.imageName,
    BaseImage: settings.baseImage,
    ClientToken: names.token('alias'),
    Aliases: [names.heldAlias],
  });
  found.push(
    observed(
      'alias-taken-on-create',
      aliasTakenOutcome(create, names.heldAlias),
      create.ok ? create.value : detailOf(create),
    ),
  );
  if (ownVersion === undefined)
    return [...found, skipped('alias-taken-on-update', 'no probe version to add it to')];
  const update = await ask(() =>
    sagemaker.send(
      new UpdateImageVersionCommand({
        ImageName: settings.imageName,
        Version: ownVersion,
        AliasesToAdd: [names.heldAlias],
      }),
    ),
  );
  return [
    ...found,
    observed('alias-taken-on-update', aliasTakenOutcome(update, names.heldAlias), detailOf(update)),
  ];
}

/** attestation-index: the image pushed with provenance. */
async function probeAttestation(context: ProbeContext): Promise<Observation> {
  const { settings, names } = context;
  const id = 'attestation-index';
  if (settings.attestationImage === '') return skipped(id, 'PROBE_ATTESTATION_IMAGE is not set');
  const created = await createVersion(context, {
    ImageName: settings.imageName,
    BaseImage: settings.attestationImage,
    ClientToken: names.token('attest'),
  });
  const version = created.ok ? versionOf(created.value) : undefined;
  if (!created.ok || version === undefined)
    return observed(id, attestationOutcome(created), detailOf(created));
  const end = await settleVersion(context, settings.imageName, version);
  const status = end.value?.ImageVersionStatus ?? 'unknown';
  const reason = end.value?.FailureReason ?? '';
  await tidy(context, `deleting version ${version}`, () =>
    deleteVersion(context, settings.imageName, version),
  );
  return observed(
    id,
    attestationOutcome(created, { status, reason }),
    `${end.statuses}${reason ? `: ${reason}` : ''}`,
  );
}

/** delete-back-to-back: two probe versions, deleted one right after the other. */
async function probeDeletions(
  context: ProbeContext,
  versions: readonly number[],
): Promise<Observation> {
  const id = 'delete-back-to-back';
  const { imageName } = context.settings;
  const [first, second] = versions;
  if (first === undefined || second === undefined)
    return skipped(id, 'fewer than two probe versions were made');
  const a = await deleteVersion(context, imageName, first);
  const b = await deleteVersion(context, imageName, second);
  if (!a.ok) return notKnown(id, `the first DeleteImageVersion failed: ${detailOf(a)}`);
  if (!b.ok && b.name === 'ResourceInUse') {
    await context.clock.sleep(context.pollMs);
    await tidy(context, `deleting version ${second}`, () =>
      deleteVersion(context, imageName, second),
    );
    return observed(id, O.secondBusy, detailOf(b));
  }
  return observed(id, b.ok ? O.bothDeleted : `the second ${refusal(b)}`, detailOf(b));
}

/** access-denied-names-action: a read the workflow role is not granted. */
async function probeDenied(context: ProbeContext): Promise<Observation> {
  const id = 'access-denied-names-action';
  const answer = await ask(() =>
    context.sagemaker.send(new DescribeModelCommand({ ModelName: context.names.probeImage })),
  );
  if (answer.ok || answer.name === 'ResourceNotFound' || answer.name === 'ValidationException')
    return skipped(
      id,
      `the role may call DescribeModel (${detailOf(answer) || 'answered'}): nothing denied to read`,
    );
  return observed(id, accessDeniedOutcome(answer, DENIED_ON_PURPOSE), detailOf(answer));
}

export async function versionScenario(context: ProbeContext): Promise<Observation[]> {
  const found = await probeImageCreation(context);
  const tokens = await probeTokens(context);
  found.push(...tokens.found, ...(await probeFailedVersion(context)));
  const digest = await probeDigest(context);
  found.push(digest.found);
  const replayVersion = versionOf(tokens.arn ?? '');
  found.push(...(await probeAliases(context, replayVersion)), await probeAttestation(context));
  const ours = [replayVersion, versionOf(digest.arn ?? '')].filter((v) => v !== undefined);
  found.push(await probeDeletions(context, ours), await probeDenied(context));
  return found;
}
