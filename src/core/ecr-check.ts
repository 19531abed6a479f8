// Whether the images behind image versions in use can still be pulled, from facts read beforehand
// (ecr-read.ts): the image's state in ECR and what the repository's lifecycle policy would do. Pure.
//
// Example: version 3 (pinned in d-1's domain settings) runs
//   123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/jupyter@sha256:aa…
//   ECR: ARCHIVED                         → finding `archived`: Studio cannot pull it; restore it
//                                           (aws ecr update-image-storage-class … STANDARD)
//   ECR: ACTIVE, policy rule 2 → EXPIRE   → finding `policy`: the next policy run deletes it
//   ECR: no such image                    → finding `missing`: push it again, or move users off
// Archived images cannot be pulled until restored (90 days' minimum in the archive); an expired
// or deleted image is gone. A version whose image cannot be pulled fails at its next app start.
import type { EcrImageState, PreviewAction } from '../aws/ecr-images.js';
import { parseEcrReference, type EcrReference } from '../inputs/ecr-reference.js';

/** A version in use, its users in words, and its ContainerImage (`<registry>/<repo>@sha256:…`). */
export interface VersionInUse {
  readonly version: number;
  /** Who uses it, in words: `d-1: domain settings, 2 user profiles; alias "stable"`. */
  readonly users: string;
  /** DescribeImageVersion's ContainerImage; undefined when SageMaker gave none. */
  readonly containerImage: string | undefined;
}

/** What the repository's lifecycle policy would do: nothing (no policy), its results, or unknown. */
export type RepositoryPreview =
  | { readonly kind: 'no-policy' }
  | { readonly kind: 'read'; readonly actions: readonly PreviewAction[] }
  | { readonly kind: 'unread'; readonly why: string };

/** What was read in ECR, by repository key (repositoryKey). */
export interface EcrFacts {
  /** Digest → its state, for every digest asked about. */
  readonly images: ReadonlyMap<string, EcrImageState>;
  readonly previews: ReadonlyMap<string, RepositoryPreview>;
  /** Repositories whose images could not be read, and why. */
  readonly unreadable: ReadonlyMap<string, string>;
}

export type FindingKind = 'missing' | 'archived' | 'activating' | 'policy' | 'unchecked';

/** Something that stops, or will stop, Studio starting a version in use. */
export interface EcrFinding {
  readonly kind: FindingKind;
  readonly version: number;
  readonly message: string;
}

/** One row of the summary's "Images in ECR" table. */
export interface ImageRow {
  readonly version: number;
  readonly users: string;
  readonly digest: string;
  /** ACTIVE, ARCHIVED, ACTIVATING, `missing`, or `not read`. */
  readonly storage: string;
  readonly lastPulled: string;
  /** What the lifecycle policy would do: `nothing`, `expire (rule 2)`, `archive (rule 1)`, … */
  readonly policy: string;
}

export interface EcrCheck {
  readonly rows: readonly ImageRow[];
  readonly findings: readonly EcrFinding[];
}

/** The repository of an image, as a key: `<registry>/<region>/<repository>`. */
export function repositoryKey(
  reference: Pick<EcrReference, 'registryId' | 'region' | 'repository'>,
): string {
  return `${reference.registryId}/${reference.region}/${reference.repository}`;
}

/** A ContainerImage read as a repository and a digest; undefined when it is not `…@sha256:…` in ECR. */
export function imageOfVersion(
  containerImage: string | undefined,
): (EcrReference & { readonly digest: string }) | undefined {
  // Stryker disable next-line ConditionalExpression: parseEcrReference(undefined) matches nothing and answers undefined too
  const reference = containerImage === undefined ? undefined : parseEcrReference(containerImage);
  if (reference?.digest === undefined) return undefined;
  return { ...reference, digest: reference.digest };
}

/** The command that brings an archived image back to standard storage. */
export function restoreCommand(
  reference: Pick<EcrReference, 'registryId' | 'region' | 'repository'>,
  digest: string,
): string {
  return (
    `aws ecr update-image-storage-class --region ${reference.region} --registry-id ${reference.registryId} ` +
    `--repository-name ${reference.repository} --image-id imageDigest=${digest} --target-storage-class STANDARD`
  );
}

const day = (date: Date | undefined): string =>
  date === undefined ? 'never recorded' : date.toISOString().slice(0, 10);

/** What a preview action does, in a table cell: `expire (rule 2)`, `archive (rule 1)`. */
export function actionText(action: PreviewAction): string {
  const rule = action.priority === undefined ? '' : ` (rule ${action.priority})`;
  if (action.type === 'EXPIRE') return `expire${rule}`;
  const target = (action.targetStorageClass ?? 'ARCHIVE').toLowerCase();
  return target === 'archive' ? `archive${rule}` : `move to ${target}${rule}`;
}

function policyText(preview: RepositoryPreview | undefined, digest: string): string {
  if (preview === undefined) return 'not read';
  if (preview.kind === 'no-policy') return 'no policy';
  if (preview.kind === 'unread') return 'not read';
  const action = preview.actions.find((a) => a.digest === digest);
  return action === undefined ? 'nothing' : actionText(action);
}

/** Each version in use: its row, and what stops (or will stop) Studio starting it. */
export function checkImagesInUse(versions: readonly VersionInUse[], facts: EcrFacts): EcrCheck {
  const rows: ImageRow[] = [];
  const findings: EcrFinding[] = [];
  for (const inUse of [...versions].sort((a, b) => b.version - a.version)) {
    const image = imageOfVersion(inUse.containerImage);
    if (image === undefined) {
      rows.push(rowOf(inUse, '', 'not read', '', 'not read'));
      continue;
    }
    const key = repositoryKey(image);
    const unreadable = facts.unreadable.get(key);
    if (unreadable !== undefined) {
      rows.push(rowOf(inUse, image.digest, 'not read', '', 'not read'));
      findings.push(uncheckedFinding(inUse, image, unreadable));
      continue;
    }
    const state = facts.images.get(image.digest);
    const preview = facts.previews.get(key);
    const storage = state === undefined || !state.found ? 'missing' : state.status;
    const lastPulled = state?.found === true ? day(state.lastPulledAt) : '';
    rows.push(rowOf(inUse, image.digest, storage, lastPulled, policyText(preview, image.digest)));
    const finding =
      stateFinding(inUse, image, state) ??
      policyFinding(inUse, image, preview) ??
      (preview?.kind === 'unread' ? uncheckedPolicy(inUse, image, preview.why) : undefined);
    if (finding !== undefined) findings.push(finding);
  }
  return { rows, findings };
}

function rowOf(
  inUse: VersionInUse,
  digest: string,
  storage: string,
  lastPulled: string,
  policy: string,
): ImageRow {
  return { version: inUse.version, users: inUse.users, digest, storage, lastPulled, policy };
}

type Image = EcrReference & { readonly digest: string };

const subject = (inUse: VersionInUse, image: Image): string =>
  `Version ${inUse.version} (used by ${inUse.users || 'Studio'}) runs ${image.host}/${image.repository}@${image.digest}`;

const MOVE_USERS = 'or move its users to another version';

/** Missing, archived or being restored: Studio cannot pull it now. */
export function stateFinding(
  inUse: VersionInUse,
  image: Image,
  state: EcrImageState | undefined,
): EcrFinding | undefined {
  const { version } = inUse;
  if (state === undefined || !state.found) {
    return {
      kind: 'missing',
      version,
      message:
        `${subject(inUse, image)}, which ECR no longer has (deleted, or expired by a lifecycle rule): ` +
        `Studio cannot start it. Push the same image again (its digest brings the version back), ${MOVE_USERS}.`,
    };
  }
  if (state.status === 'ARCHIVED') {
    const since = state.archivedAt === undefined ? '' : ` since ${day(state.archivedAt)}`;
    return {
      kind: 'archived',
      version,
      message:
        `${subject(inUse, image)}, which is ARCHIVED in ECR${since}: archived images cannot be pulled, ` +
        `so Studio cannot start it. Restore it with \`${restoreCommand(image, image.digest)}\`, push it again, ${MOVE_USERS}.`,
    };
  }
  if (state.status === 'ACTIVATING') {
    return {
      kind: 'activating',
      version,
      message:
        `${subject(inUse, image)}, which ECR is restoring from the archive (ACTIVATING): it cannot be ` +
        `pulled until it is ACTIVE again. Wait for the restore to finish, push it again, ${MOVE_USERS}.`,
    };
  }
  return undefined;
}

/** The repository's lifecycle policy would expire or archive it at its next run. */
export function policyFinding(
  inUse: VersionInUse,
  image: Image,
  preview: RepositoryPreview | undefined,
): EcrFinding | undefined {
  if (preview?.kind !== 'read') return undefined;
  const action = preview.actions.find((a) => a.digest === image.digest);
  if (action === undefined) return undefined;
  const rule = action.priority === undefined ? 'a rule' : `its rule of priority ${action.priority}`;
  const does =
    action.type === 'EXPIRE'
      ? 'expire (delete) it'
      : `move it to ${(action.targetStorageClass ?? 'ARCHIVE').toUpperCase()} storage, where it cannot be pulled`;
  return {
    kind: 'policy',
    version: inUse.version,
    message:
      `${subject(inUse, image)}: the lifecycle policy of ECR repository "${image.repository}" would ${does}, ` +
      `by ${rule}; Studio could not start the version after that. Change the rule so it does not select ` +
      `this image (a tag it keeps, a longer count), ${MOVE_USERS}.`,
  };
}

function uncheckedFinding(inUse: VersionInUse, image: Image, why: string): EcrFinding {
  return {
    kind: 'unchecked',
    version: inUse.version,
    message: `${subject(inUse, image)}, whose state in ECR could not be read: ${why}`,
  };
}

function uncheckedPolicy(inUse: VersionInUse, image: Image, why: string): EcrFinding {
  return {
    kind: 'unchecked',
    version: inUse.version,
    message: `${subject(inUse, image)}; what the lifecycle policy of ECR repository "${image.repository}" would do to it could not be read: ${why}`,
  };
}

/** Images of a repository that no version names: tagged ones listed, untagged ones counted. */
export interface UnnamedImages {
  readonly repository: string;
  readonly tagged: readonly {
    readonly digest: string;
    readonly tags: readonly string[];
    readonly storage: string;
  }[];
  /** Untagged images no version names: platform images of an index, or replaced pushes. */
  readonly untagged: number;
}

/** The candidates for the user's own clean-up: images of `repository` no version names. */
export function unnamedImages(
  repository: string,
  listed: readonly EcrImageState[],
  named: ReadonlySet<string>,
): UnnamedImages {
  const unnamed = listed.filter(
    (state): state is Extract<EcrImageState, { found: true }> =>
      state.found && !named.has(state.digest),
  );
  return {
    repository,
    tagged: unnamed
      .filter((state) => state.tags.length > 0)
      .map(({ digest, tags, status }) => ({ digest, tags, storage: status })),
    untagged: unnamed.filter((state) => state.tags.length === 0).length,
  };
}
