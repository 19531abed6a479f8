// Which versions retention keeps and which it retires, with the reason for each. Pure.
//
// Example, keep-versions 3, this run's version 9:
//   10 CREATING       kept: newer than this run's version; CREATING
//    9 CREATED        kept: this run's version                        (1 of 3)
//    8 CREATE_FAILED  retired                                          (failed versions do not count)
//    7 CREATED        kept: one of the 3 newest CREATED versions      (2 of 3)
//    6 CREATED        kept: one of the 3 newest CREATED versions      (3 of 3)
//    5 CREATED        kept: holds alias "stable"
//    4 CREATED        kept: pinned in Studio
//    3 DELETING       kept: already DELETING
//    2 CREATED        retired
//
// The N newest CREATED versions are counted from this run's version down, by version number:
// versions newer than this run's belong to runs still going on (or that retire on their own) and
// count for nothing. Aliases and pins protect a version of any status; they do not use up one of N.
// Vendor guidance plays no part in the counting (ListImageVersions does not return it): a CREATED
// version marked TO_BE_ARCHIVED or ARCHIVED still counts toward N, in both modes.

import type { RetentionAction } from '../inputs/inputs.js';

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
  /** Version → what pins it in Studio (e.g. `domain d-1 default user settings`). */
  readonly pins: ReadonlyMap<number, readonly string[]>;
  /** Archive mode: the vendor guidance of the versions it would retire, once read. */
  readonly vendorGuidance?: ReadonlyMap<number, string>;
}

export interface RetentionPolicy {
  readonly keepVersions: number;
  readonly action: RetentionAction;
  /** This run's version; `new` for a dry run that would create one above every existing version. */
  readonly current: number | 'new';
}

export type RetentionVerdict =
  | { readonly kind: 'retire' }
  | { readonly kind: 'keep'; readonly reasons: readonly string[] }
  /** Archive mode: already TO_BE_ARCHIVED or ARCHIVED, so nothing is written. */
  | { readonly kind: 'already'; readonly guidance: string };

export interface RetentionDecision extends VersionFacts {
  readonly aliases: readonly string[];
  readonly pinnedBy: readonly string[];
  readonly verdict: RetentionVerdict;
}

/** Vendor guidance that archive mode leaves alone: the version is marked already. */
const ALREADY_ARCHIVING = new Set(['TO_BE_ARCHIVED', 'ARCHIVED']);

/** Each version's verdict, newest first. */
export function decideRetention(
  facts: RetentionFacts,
  policy: RetentionPolicy,
): RetentionDecision[] {
  const { keepVersions, current } = policy;
  const newestFirst = [...facts.versions].sort((a, b) => b.version - a.version);
  // This run's version (or the one a dry run would create) is always the first of the N, listed
  // or not: ListImageVersions may not show a version made a moment ago.
  let counted = 1;
  return newestFirst.map((listed) => {
    const { version, status } = listed;
    const aliases = facts.aliases.get(version) ?? [];
    const pinnedBy = facts.pins.get(version) ?? [];
    const reasons: string[] = [];
    // Stryker disable next-line ConditionalExpression: with `new`, `version > current` is false anyway
    if (current !== 'new' && version > current) reasons.push("newer than this run's version");
    else if (version === current) reasons.push("this run's version");
    else if (status === 'CREATED' && counted < keepVersions) {
      counted++;
      // Only N ≥ 2 gets here: with N = 1 this run's version is the one kept.
      reasons.push(`one of the ${keepVersions} newest CREATED versions`);
    }
    if (status === 'CREATING') reasons.push('still CREATING');
    else if (status === 'DELETING') reasons.push('already DELETING');
    else if (status !== 'CREATED' && status !== 'CREATE_FAILED') {
      reasons.push(`${status || 'unknown status'}: left for a person to look at`);
    }
    if (aliases.length > 0) {
      reasons.push(
        `holds alias${aliases.length > 1 ? 'es' : ''} ${aliases.map((a) => `"${a}"`).join(', ')}`,
      );
    }
    if (pinnedBy.length > 0) reasons.push('pinned in Studio');
    return { ...listed, aliases, pinnedBy, verdict: verdictOf(reasons, version, facts, policy) };
  });
}

function verdictOf(
  reasons: readonly string[],
  version: number,
  facts: RetentionFacts,
  policy: RetentionPolicy,
): RetentionVerdict {
  if (reasons.length > 0) return { kind: 'keep', reasons };
  const guidance = facts.vendorGuidance?.get(version);
  if (policy.action === 'archive' && guidance !== undefined && ALREADY_ARCHIVING.has(guidance))
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
