// The comparison decided from what was read: what the summary and the comment show, the outputs,
// the warnings, and whether `fail-on` stops the run. Pure.
//
// A scan that gave no findings is named (scan-status.ts says what to do). Without the new image's
// findings the gate cannot judge: with `fail-on` set the run fails saying why. Without a live
// image's findings every finding of the new image counts as new (the gate errs on the side of
// stopping), and the note says so.
import type { ScanFinding } from '../aws/ecr-scan.js';
import type { CompareInputs } from '../inputs/compare-inputs.js';
import { diffConfigs } from './config-diff.js';
import { liveVersionsOutput } from './live.js';
import { changeCounts, diffPackages } from './packages.js';
import type { LiveFacts, NewImage } from './read.js';
import type { OriginFacts } from './origin.js';
import type { Comparison } from './render.js';
import type { ScanOutcome } from './scan-wait.js';
import {
  diffVulnerabilities,
  gateFindings,
  gateMessage,
  type GateResult,
  type IgnoreEntry,
} from './vulnerabilities.js';

export interface CompareFacts {
  readonly inputs: Pick<
    CompareInputs,
    'imageName' | 'domainIds' | 'failOn' | 'vulnerabilityIgnore'
  >;
  readonly newImage: Pick<NewImage, 'registered' | 'checks' | 'attestations'>;
  readonly live: LiveFacts;
  readonly scans: { readonly current: ScanOutcome; readonly live: readonly ScanOutcome[] };
  readonly ignore: readonly IgnoreEntry[];
  /** `YYYY-MM-DD`, UTC: the day ignore entries are judged on. */
  readonly today: string;
  /** Where the new findings came from (readOrigin); undefined without new findings. */
  readonly origin?: OriginFacts;
}

export interface ComparePlan {
  readonly comparison: Comparison;
  readonly outputs: {
    readonly vulnerabilities: string;
    readonly newVulnerabilities: string;
    readonly fixedVulnerabilities: string;
    readonly packagesChanged: string;
    readonly liveVersions: string;
  };
  readonly warnings: readonly string[];
  /** Why the run fails (`fail-on`), if it does. */
  readonly failure?: string;
}

const findingsOf = (outcome: ScanOutcome): readonly ScanFinding[] =>
  outcome.kind === 'scanned' ? outcome.findings : [];
const problemOf = (outcome: ScanOutcome): string[] =>
  outcome.kind === 'unavailable' ? [outcome.problem] : [];

/** The new image's findings that no live image has (none without the new image's scan). */
export function newFindings(scans: CompareFacts['scans']): readonly ScanFinding[] {
  if (scans.current.kind !== 'scanned') return [];
  return diffVulnerabilities(scans.current.findings, scans.live.flatMap(findingsOf)).added;
}

export function planComparison(facts: CompareFacts): ComparePlan {
  const { inputs, newImage, live, scans } = facts;
  const scanNotes = [...problemOf(scans.current), ...scans.live.flatMap(problemOf)];
  const liveUnscanned = scans.live.some((outcome) => outcome.kind === 'unavailable');
  if (liveUnscanned)
    scanNotes.push(
      "Without a live image's findings, every finding of the new image counts as new.",
    );
  const vulnerabilities =
    scans.current.kind === 'scanned'
      ? diffVulnerabilities(findingsOf(scans.current), scans.live.flatMap(findingsOf))
      : undefined;
  const gate =
    vulnerabilities === undefined
      ? undefined
      : gateFindings(vulnerabilities.added, inputs.failOn, facts.ignore, facts.today);
  const packages = packageFacts(facts);
  const comparison: Comparison = {
    imageName: inputs.imageName,
    newImage: newImage.registered,
    domainIds: inputs.domainIds,
    live: live.live,
    liveByImage: live.liveByImage,
    ...configFacts(live),
    packages: packages.shown,
    baseImages: packages.baseImages,
    vulnerabilities,
    ...(facts.origin === undefined ? {} : { origin: facts.origin }),
    scanNotes,
    ...(gate === undefined ? {} : { gate }),
    failOn: inputs.failOn,
    checks: newImage.checks,
  };
  const failure = failureOf(facts, gate, scans.current);
  return {
    comparison,
    outputs: {
      vulnerabilities: JSON.stringify(vulnerabilities?.current ?? {}),
      newVulnerabilities: String(vulnerabilities?.added.length ?? ''),
      fixedVulnerabilities: String(vulnerabilities?.fixed.length ?? ''),
      packagesChanged: JSON.stringify(
        typeof packages.shown === 'string' ? {} : changeCounts(packages.shown),
      ),
      liveVersions: JSON.stringify(
        inputs.domainIds.length > 0
          ? liveVersionsOutput(live.live)
          : Object.fromEntries(live.liveByImage.map((row) => [row.label, row.version])),
      ),
    },
    warnings: [
      ...scanNotes,
      ...(gate?.expired ?? []).map(
        (entry) =>
          `Ignore entry ${entry.id} expired on ${entry.until}: it ignores nothing now (${entry.reason}).`,
      ),
    ],
    ...(failure === undefined ? {} : { failure }),
  };
}

function failureOf(
  facts: CompareFacts,
  gate: GateResult | undefined,
  current: ScanOutcome,
): string | undefined {
  const { failOn, vulnerabilityIgnore } = facts.inputs;
  if (failOn === 'none') return undefined;
  if (current.kind === 'unavailable')
    return `\`fail-on: ${failOn}\` cannot judge the new image without its scan findings: ${current.problem}`;
  // Stryker disable next-line ConditionalExpression: the gate is undefined only for a new image not scanned, returned for above
  if (gate === undefined) return undefined;
  if (gate.failing.length === 0) return undefined;
  return gateMessage(gate, failOn, vulnerabilityIgnore);
}

/** The newest live image with an SBOM is what the packages are compared with. */
function packageFacts(facts: CompareFacts): {
  shown: Comparison['packages'];
  baseImages: Comparison['baseImages'];
} {
  const after = facts.newImage.attestations;
  const withSbom = [...facts.live.images]
    .reverse()
    .find((image) => image.attestations.packages !== undefined);
  const before = withSbom ?? facts.live.images.at(-1);
  const baseImages = {
    ...(before?.attestations.baseImages === undefined
      ? {}
      : { before: before.attestations.baseImages }),
    ...(after.baseImages === undefined ? {} : { after: after.baseImages }),
  };
  if (after.packages === undefined) return { shown: after.notes.join(' '), baseImages };
  if (facts.live.images.length === 0)
    return { shown: 'No live image to compare the packages with.', baseImages };
  if (withSbom?.attestations.packages === undefined)
    return {
      shown: facts.live.images.flatMap((image) => image.attestations.notes).join(' '),
      baseImages,
    };
  return { shown: diffPackages(withSbom.attestations.packages, after.packages), baseImages };
}

function configFacts(live: LiveFacts): Pick<Comparison, 'config'> {
  const { before, gone, after } = live.configs;
  if (after === undefined) return {};
  return {
    config: {
      after: after.name,
      ...(before === undefined ? {} : { before: before.name }),
      ...(gone === undefined ? {} : { gone }),
      changes: diffConfigs(before?.config ?? {}, after.config ?? {}),
    },
  };
}
