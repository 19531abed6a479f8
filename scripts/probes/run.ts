// Runs the scenarios in order (each after the one whose leftovers it may use) and compares what
// they saw with the probes' definitions. A scenario that throws loses only its own rows: they show
// as "not observed", and the verdict fails.
//
// Runs under plain Node 24 (type stripping): erasable TypeScript only, `.ts` import suffixes.
import { compare } from './compare.ts';
import type { ProbeContext } from './context.ts';
import { PROBES } from './definitions.ts';
import { appImageConfigScenario } from './scenarios/app-image-configs.ts';
import { appScenario } from './scenarios/apps.ts';
import { archiveScenario } from './scenarios/archive.ts';
import { domainScenario } from './scenarios/domain.ts';
import { ecrScenario } from './scenarios/ecr.ts';
import { profileScenario } from './scenarios/profiles.ts';
import { versionWriteScenario } from './scenarios/version-writes.ts';
import { versionScenario } from './scenarios/versions.ts';
import type { Observation, Verdict } from './types.ts';

export type Scenario = (context: ProbeContext) => Promise<Observation[]>;

/**
 * In order: the app probes use the probe image and config the first scenarios leave; the user
 * profile's probes come after the apps, so a list they could not take away again (see
 * update-profile-member-replaces) cannot change what the app probes see.
 */
export const SCENARIOS: readonly (readonly [string, Scenario])[] = [
  ['images and versions', versionScenario],
  ['writes to a version', versionWriteScenario],
  ['AppImageConfigs', appImageConfigScenario],
  ['the test domain', domainScenario],
  ['apps', appScenario],
  ['the CI user profile', profileScenario],
  ['ECR', ecrScenario],
  // Last: it archives an image of its own, which nothing else may use.
  ['archived images', archiveScenario],
];

export async function runScenarios(
  context: ProbeContext,
  scenarios: readonly (readonly [string, Scenario])[] = SCENARIOS,
): Promise<{ observations: Observation[]; verdict: Verdict }> {
  const observations: Observation[] = [];
  for (const [name, scenario] of scenarios) {
    const started = context.clock.now();
    context.log(`Probing ${name}…`);
    try {
      const found = await scenario(context);
      observations.push(...found);
      for (const o of found)
        context.log(
          `  ${o.id}: ${o.kind === 'observed' ? o.outcome : o.kind === 'skipped' ? `skipped: ${o.reason}` : `not known: ${o.detail}`}`,
        );
    } catch (error) {
      context.log(`  ${name} stopped: ${error instanceof Error ? error.message : String(error)}`);
    }
    context.log(`  (${Math.round((context.clock.now() - started) / 1000)} s)`);
  }
  return { observations, verdict: compare(PROBES, observations) };
}
