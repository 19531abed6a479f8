// The Studio step (`studio-domain-ids`, or a launch test's AppImageConfig), loaded by main.ts only
// when asked for. Before anything is created, every domain is read (waiting out Pending and
// Updating) and so is the AppImageConfig, so a typo, a broken domain, a full list or a config of
// another app type stops the run with nothing made. Once the version is CREATED, `upsertConfig`
// creates or updates the AppImageConfig (a launch test needs it) and `attachDomains` puts the entry
// in each domain's lists (after the launch test passed); `dryRun` shows what both would send, from
// the reads alone.
import type {
  CustomImage,
  DescribeAppImageConfigResponse,
  DescribeDomainResponse,
} from '@aws-sdk/client-sagemaker';
import type { StudioInputs } from '../inputs/studio-inputs.js';
import type { PlannedRequest } from '../common/planned-request.js';
import { describeEntry, renderStudioSummary } from '../report/studio-summary.js';
import { Output } from '../report/outputs.js';
import type { Session } from '../run/session.js';
import { upsertAppImageConfig, type ConfigOutcome } from './app-image-config.js';
import { attachToDomain, readSettledDomain } from './domains.js';
import {
  appImageConfigAction,
  desiredAppImageConfig,
  desiredEntry,
  planDomain,
  type ConfigAction,
  type DomainPlan,
  type LevelPlan,
  type RollbackGuard,
} from './plan.js';

export interface StudioStep {
  /** Creates or updates the AppImageConfig, once the version is CREATED. */
  upsertConfig(): Promise<ConfigOutcome>;
  /**
   * Puts the CREATED `version`'s entry in each domain's lists (upserting the AppImageConfig first
   * when that was not done yet); returns the step summary's Studio section.
   */
  attachDomains(version: number): Promise<string>;
  /** What both would send (the version: undefined when not created yet). */
  dryRun(version: number | undefined): Promise<StudioDryRun>;
}

/** A dry run's Studio requests, in the two places of the run they belong to. */
export interface StudioDryRun {
  /** CreateAppImageConfig or UpdateAppImageConfig, if needed. */
  readonly config: PlannedRequest[];
  /** The UpdateDomain requests. */
  readonly domains: PlannedRequest[];
  readonly markdown: string;
}

/** What the Studio step read before anything was created: each domain, and the AppImageConfig. */
interface StudioReads {
  readonly session: Session;
  readonly studio: StudioInputs;
  readonly domains: ReadonlyMap<string, DescribeDomainResponse>;
  readonly config: DescribeAppImageConfigResponse | undefined;
  readonly configAction: ConfigAction;
}

/** Reads every domain and the AppImageConfig, failing before anything is created. */
export async function startStudioStep(session: Session, studio: StudioInputs): Promise<StudioStep> {
  const { report } = session;
  const configName = studio.appImageConfig.name;
  const probe = desiredEntry(session.inputs.imageName, configName, 0);
  const domains = new Map<string, DescribeDomainResponse>();
  for (const domainId of studio.domainIds) {
    const described = await readSettledDomain(session, domainId);
    planDomain(domainId, described, studio, probe); // a full list fails here
    domains.set(domainId, described);
    report.info(`Studio domain ${domainId} (${described.DomainName ?? 'unnamed'}) is InService.`);
  }
  const config = await session.api.describeAppImageConfig(session.client, configName);
  const configAction = appImageConfigAction(config, desiredAppImageConfig(studio), studio.appType);
  report.info(
    config === undefined
      ? `AppImageConfig ${configName} does not exist yet: it will be created.`
      : `AppImageConfig ${configName} exists${configAction === 'update' ? ' and will be updated' : ''}.`,
  );
  const reads: StudioReads = { session, studio, domains, config, configAction };
  let upserted: ConfigOutcome | undefined;
  const upsertConfig = async (): Promise<ConfigOutcome> => {
    upserted ??= await upsertConfigOnce(reads);
    return upserted;
  };
  return {
    upsertConfig,
    attachDomains: async (version) => attachDomains(reads, await upsertConfig(), version),
    dryRun: (version) => planAttach(reads, version),
  };
}

/** This image's entry for `version` (none when not pinning: Studio then uses the latest). */
function entryFor({ session, studio }: StudioReads, version: number | undefined): CustomImage {
  return desiredEntry(
    session.inputs.imageName,
    studio.appImageConfig.name,
    studio.pinVersion ? version : undefined,
  );
}

async function upsertConfigOnce({ session, studio }: StudioReads): Promise<ConfigOutcome> {
  const { report } = session;
  const outcome = await report.group(
    `Create or update AppImageConfig ${studio.appImageConfig.name}`,
    () => upsertAppImageConfig(session, studio),
  );
  report.output(Output.AppImageConfigArn, outcome.arn);
  return outcome;
}

/** Puts the entry in each domain's lists. */
async function attachDomains(
  reads: StudioReads,
  configOutcome: ConfigOutcome,
  version: number,
): Promise<string> {
  const { session, studio } = reads;
  const { report } = session;
  const entry = entryFor(reads, version);
  const guard = await rollbackGuard(session, entry);
  const updated: string[] = [];
  const outcomes = [];
  for (const domainId of studio.domainIds) {
    const outcome = await report.group(
      `Attach ${describeEntry(entry)} to Studio domain ${domainId}`,
      async () => {
        const attached = await attachToDomain(session, studio, domainId, entry, guard);
        for (const level of attached.plan.levels) report.info(levelLine(level));
        return attached;
      },
    );
    if (outcome.writes > 0) updated.push(domainId);
    // Set as it grows, so a failure in a later domain still tells which ones changed.
    report.output(Output.StudioDomainsUpdated, updated.join(','));
    outcomes.push(outcome);
  }
  if (studio.domainIds.length > 0) {
    report.info(
      updated.length === 0
        ? 'Studio: every domain already had this entry; nothing was written.'
        : `Studio: updated ${updated.join(', ')}. Users get the image when they restart their app.`,
    );
  }
  const held = heldNewerNotice(
    session.inputs.imageName,
    version,
    outcomes.map(({ plan }) => plan),
  );
  if (held !== undefined) report.notice(held, 'Newest version wins');
  return renderStudioSummary({
    region: session.inputs.region,
    appType: studio.appType,
    appImageConfig: configOutcome,
    domains: outcomes.map(({ plan }) => plan),
    dryRun: false,
  });
}

/**
 * Newest wins: a pin never replaces a newer one, nor an entry without a version (the latest)
 * when the image has a newer version than this one, unless `allow-rollback`. The newest version
 * is read only when it matters: when this run pins a version.
 */
async function rollbackGuard(session: Session, entry: CustomImage): Promise<RollbackGuard> {
  const { inputs, api, client } = session;
  if (inputs.allowRollback || entry.ImageVersionNumber === undefined)
    return { allowRollback: inputs.allowRollback };
  const newestVersion = await api.newestVersionNumber(client, inputs.imageName);
  return newestVersion === undefined
    ? { allowRollback: false }
    : { allowRollback: false, newestVersion };
}

/** What one settings level became, for the log. */
function levelLine(level: LevelPlan): string {
  if (level.heldNewer !== undefined) {
    return `${level.path}: stays on version ${level.heldNewer}, newer than this run's (allow-rollback is off)`;
  }
  return `${level.path}: ${level.changed ? `${describeEntry(level.before)} → ${describeEntry(level.after)}` : 'already right'}`;
}

/** What stayed on a newer version, in each domain, and how to roll back on purpose. Pure. */
export function heldNewerNotice(
  imageName: string,
  version: number | undefined,
  plans: readonly DomainPlan[],
): string | undefined {
  const held = plans.flatMap(({ domainId, levels }) =>
    levels
      .filter((level) => level.heldNewer !== undefined)
      .map((level) => `${domainId} ${level.path} stays on version ${level.heldNewer}`),
  );
  if (held.length === 0) return undefined;
  const ours = version === undefined ? 'the version of this run' : `version ${version} of this run`;
  return (
    `Image ${imageName} in Studio: ${held.join('; ')}: newer than ${ours}, and a Studio entry ` +
    'never moves to an older version on its own (a re-run of an older run, or two pipelines ' +
    'finishing out of order). To roll back on purpose, run again with `allow-rollback: true`.'
  );
}

/** What attaching would send, from the reads alone (`version` undefined: not created yet). */
async function planAttach(reads: StudioReads, version: number | undefined): Promise<StudioDryRun> {
  const { session, studio, domains, config, configAction } = reads;
  const { report } = session;
  // Unknown until created: shown as a placeholder, like the aliases' version. A new version is
  // the newest, so it rolls nothing back.
  const entry =
    version === undefined && studio.pinVersion
      ? { ...entryFor(reads, undefined), ImageVersionNumber: '<new version>' as unknown as number }
      : entryFor(reads, version);
  const guard =
    version === undefined
      ? { allowRollback: true }
      : await rollbackGuard(session, entryFor(reads, version));
  const configRequests: PlannedRequest[] = [];
  if (configAction !== 'none') {
    configRequests.push({
      operation: configAction === 'create' ? 'CreateAppImageConfig' : 'UpdateAppImageConfig',
      input: desiredAppImageConfig(studio),
    });
  }
  const plans = studio.domainIds.map((domainId) =>
    planDomain(domainId, domains.get(domainId) ?? {}, studio, entry, guard),
  );
  const domainRequests: PlannedRequest[] = [];
  for (const plan of plans) {
    if (plan.request !== undefined)
      domainRequests.push({ operation: 'UpdateDomain', input: plan.request });
    for (const level of plan.levels) {
      report.info(`Studio domain ${plan.domainId}, ${level.path}.CustomImages:`);
      report.info(`  before: ${JSON.stringify(level.imagesBefore)}`);
      report.info(
        `  after:  ${JSON.stringify(level.imagesAfter)}${level.changed ? '' : ' (unchanged)'}`,
      );
    }
  }
  const markdown = renderStudioSummary({
    region: session.inputs.region,
    appType: studio.appType,
    appImageConfig: {
      name: studio.appImageConfig.name,
      ...(config?.AppImageConfigArn ? { arn: config.AppImageConfigArn } : {}),
      action: configAction,
    },
    domains: plans,
    dryRun: true,
  });
  return { config: configRequests, domains: domainRequests, markdown };
}
