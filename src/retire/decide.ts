// Which versions retention keeps and which it retires, with the reason for each. Pure.
//
// Example, keep-versions 2, keep-younger-than 24h, this run's version 9 (made a minute ago):
//   10 CREATING       kept: newer than this run's version; still CREATING
//    9 CREATED        kept: this run's version (younger than 24h: uses no slot)
//    8 CREATED        kept: younger than 24h
//    7 CREATE_FAILED  retired                                (failed versions do not count)
//    6 CREATED        kept: one of the 2 newest CREATED versions older than 24h  (1 of 2)
//    5 CREATED        kept: one of the 2 newest CREATED versions older than 24h  (2 of 2)
//    4 CREATED        kept: holds alias "stable"
//    3 CREATED        kept: in use in Studio (a space's default image, say)
//    2 DELETING       kept: already DELETING
//    1 CREATED        retired
//
// Versions newer than this run's belong to runs still going on (or that retire on their own) and
// count for nothing. A version younger than the grace period (or of unknown age) is never retired
// and uses no slot: another run may be about to release it. This run's version takes a slot only
// when it is older than that (a reused version). Aliases and uses in Studio protect a version of
// any status; they do not use up a slot. Vendor guidance plays no part in the counting.
//
// In archive mode, a kept version that carries TO_BE_ARCHIVED is marked STABLE again: it is in use
// (or wanted) once more, and SageMaker would otherwise archive it three months after the mark.

import type { RetentionAction } from '../inputs/retire-inputs.js';
import type { Use } from './uses.js';

/** A version as ListImageVersions shows it. */
export interface VersionFacts {
  readonly version: number;
  readonly status: string;
  readonly createdAt?: Date;
}

export interface RetentionFacts {
  /** Every version of the image, in any order. */
  readonly versions: readonly VersionFacts[];
  /** Version → the aliases it holds. */
  readonly aliases: ReadonlyMap<number, readonly string[]>;
  /** Version → the places in Studio that name it: settings at any level, live apps. */
  readonly uses: ReadonlyMap<number, readonly Use[]>;
  /**
   * Start times of live apps that run the image without naming a version (its latest, or an
   * alias, at their start): every version created before one of them may be what it runs.
   * `undefined`: an app whose start is unknown, so every version may be.
   */
  readonly appsOnLatest: readonly (Date | undefined)[];
  /** Archive mode: the vendor guidance of versions, once read. */
  readonly vendorGuidance?: ReadonlyMap<number, string>;
}

export interface RetentionPolicy {
  readonly keepVersions: number;
  readonly action: RetentionAction;
  /** This run's version; `new` for a dry run that would create one above every existing version. */
  readonly current: number | 'new' | 'none';
  /** The grace period: younger versions are kept and use no slot. */
  readonly keepYoungerThanMs: number;
  /** The same, as the input spelled it (`24h`), for messages. */
  readonly keepYoungerThan: string;
  /** Now, as wall-clock milliseconds since 1970. */
  readonly nowMs: number;
}

export type RetentionVerdict =
  | { readonly kind: 'retire' }
  /** `unmark`: archive mode, and it carries TO_BE_ARCHIVED: set STABLE again. */
  | { readonly kind: 'keep'; readonly reasons: readonly string[]; readonly unmark: boolean }
  /** Archive mode: already TO_BE_ARCHIVED or ARCHIVED, so nothing is written. */
  | { readonly kind: 'already'; readonly guidance: string };

export interface RetentionDecision extends VersionFacts {
  readonly aliases: readonly string[];
  readonly usedBy: readonly Use[];
  readonly verdict: RetentionVerdict;
}

/** Vendor guidance that archive mode leaves alone: the version is marked already. */
const ALREADY_ARCHIVING = new Set(['TO_BE_ARCHIVED', 'ARCHIVED']);

/** Each version's verdict, newest first. */
export function decideRetention(
  facts: RetentionFacts,
  policy: RetentionPolicy,
): RetentionDecision[] {
  const { current } = policy;
  const newestFirst = [...facts.versions].sort((a, b) => b.version - a.version);
  const isYoung = (listed: VersionFacts | undefined): boolean =>
    listed?.createdAt === undefined ||
    policy.nowMs - listed.createdAt.getTime() < policy.keepYoungerThanMs;
  // This run's version (or the one a dry run would create) is always kept; it takes a slot only
  // when it is past the grace period. ListImageVersions may not show one made a moment ago.
  const currentListed = newestFirst.find((listed) => listed.version === current);
  // Stryker disable next-line ConditionalExpression,StringLiteral: with `new` nothing is listed, so isYoung is true anyway
  let counted = typeof current === 'number' && !isYoung(currentListed) ? 1 : 0;
  return newestFirst.map((listed) => {
    const { version } = listed;
    const reasons: string[] = [];
    // Stryker disable next-line ConditionalExpression: with `new`, `version > current` is false anyway
    if (typeof current === 'number' && version > current)
      reasons.push("newer than this run's version");
    else if (version === current) reasons.push("this run's version");
    else if (isYoung(listed)) reasons.push(`younger than ${policy.keepYoungerThan}`);
    else if (listed.status === 'CREATED' && counted < policy.keepVersions) {
      counted++;
      reasons.push(
        policy.keepVersions === 1
          ? `the newest CREATED version older than ${policy.keepYoungerThan}`
          : `one of the ${policy.keepVersions} newest CREATED versions older than ${policy.keepYoungerThan}`,
      );
    }
    reasons.push(...protections(listed, facts));
    const aliases = facts.aliases.get(version) ?? [];
    const usedBy = facts.uses.get(version) ?? [];
    return { ...listed, aliases, usedBy, verdict: verdictOf(reasons, version, facts, policy) };
  });
}

/** What keeps a version whatever the count: its status, aliases, uses in Studio. */
function protections(listed: VersionFacts, facts: RetentionFacts): string[] {
  const { version, status, createdAt } = listed;
  const reasons: string[] = [];
  if (status === 'CREATING') reasons.push('still CREATING');
  else if (status === 'DELETING') reasons.push('already DELETING');
  else if (status !== 'CREATED' && status !== 'CREATE_FAILED') {
    reasons.push(`${status || 'unknown status'}: left for a person to look at`);
  }
  const aliases = facts.aliases.get(version) ?? [];
  if (aliases.length > 0) {
    reasons.push(
      `holds alias${aliases.length > 1 ? 'es' : ''} ${aliases.map((a) => `"${a}"`).join(', ')}`,
    );
  }
  if ((facts.uses.get(version) ?? []).length > 0) reasons.push('in use in Studio');
  const startedAfter = facts.appsOnLatest.some(
    (startedAt) =>
      startedAt === undefined ||
      createdAt === undefined ||
      createdAt.getTime() <= startedAt.getTime(),
  );
  if (startedAfter) reasons.push('may be what an app runs (it names the image, not a version)');
  return reasons;
}

function verdictOf(
  reasons: readonly string[],
  version: number,
  facts: RetentionFacts,
  policy: RetentionPolicy,
): RetentionVerdict {
  const guidance = facts.vendorGuidance?.get(version);
  const archiving = policy.action === 'archive';
  if (reasons.length > 0) {
    return { kind: 'keep', reasons, unmark: archiving && guidance === 'TO_BE_ARCHIVED' };
  }
  // Stryker disable next-line ConditionalExpression: the set never holds undefined
  if (archiving && guidance !== undefined && ALREADY_ARCHIVING.has(guidance))
    return { kind: 'already', guidance };
  return { kind: 'retire' };
}

/** The versions a plan retires, oldest first: a run stopped half-way has removed the oldest. */
export function retiring(decisions: readonly RetentionDecision[]): number[] {
  return decisions
    .filter((d) => d.verdict.kind === 'retire')
    .map((d) => d.version)
    .sort((a, b) => a - b);
}

/** Kept versions marked TO_BE_ARCHIVED, which archive mode marks STABLE again, oldest first. */
export function unmarking(decisions: readonly RetentionDecision[]): number[] {
  // Stryker disable next-line ConditionalExpression: only a kept verdict has unmark (undefined on others)
  const marked = decisions.filter((d) => d.verdict.kind === 'keep' && d.verdict.unmark);
  return marked.map((d) => d.version).sort((a, b) => a - b);
}
