// The Studio step of `./studio` (src/studio/main.ts runs it). Before anything is written, every
// domain is read (waiting out Pending and Updating), then its user profiles (profiles.ts: those
// with a list of their own do not see the domain's), then the AppImageConfig, so a typo (every
// unknown domain id named at once), a broken domain, a full list or a config of another app type
// stops the run with nothing written. Then `upsertConfig` creates or updates the AppImageConfig
// and `attachDomains` puts the entry in each domain's lists, then, with `user-profiles: all`, in
// the profiles' own lists; `dryRun` shows what all of it would send, from the reads alone.
import { maskEnvironmentValues } from '../report/secrets.js';
import type {
  CustomImage,
  DescribeAppImageConfigResponse,
  DescribeDomainResponse,
} from '@aws-sdk/client-sagemaker';
import type { StudioEntryInputs, StudioInputs } from '../inputs/studio-inputs.js';
import { containerFacts } from '../inputs/app-image-config.js';
import type { PlannedRequest } from '../common/planned-request.js';
import {
  describeEntry,
  renderStudioSummary,
  type StudioSummaryFacts,
} from '../report/studio-summary.js';
import { StudioOutput } from '../report/outputs.js';
import type { Session } from '../run/session.js';
import type { SessionInputs } from '../inputs/common-inputs.js';
import { upsertAppImageConfig, type ConfigOutcome } from './app-image-config.js';
import { attachToDomain, readEveryDomain } from './domains.js';
import {
  appImageConfigAction,
  desiredAppImageConfig,
  desiredEntry,
  planDomain,
  type ConfigAction,
  type DomainPlan,
  type LevelPlan,
} from './plan.js';
import type { RollbackGuard } from '../core/studio-lists.js';
import {
  hasOwnList,
  planProfile,
  profileListPath,
  requestForLog,
  type ProfileRead,
} from './profile-plan.js';
import {
  attachToProfiles,
  checkProfiles,
  profileSubject,
  type ProfilesOutcome,
} from './profiles.js';

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

/** A dry run's Studio requests, in the places of the run they belong to. */
export interface StudioDryRun {
  /** CreateAppImageConfig or UpdateAppImageConfig, if needed. */
  readonly config: PlannedRequest[];
  /** The UpdateDomain requests. */
  readonly domains: PlannedRequest[];
  /** The UpdateUserProfile requests (`user-profiles: all`), sent after every domain's. */
  readonly profiles: PlannedRequest[];
  readonly markdown: string;
}

/**
 * What the Studio step read before anything was created: each domain, its user profiles, and the
 * AppImageConfig.
 */
/** What the Studio step needs of the session's inputs: the image, the region, allow-rollback. */
type StudioSession = Session<Pick<StudioEntryInputs, keyof SessionInputs | 'allowRollback'>>;

interface StudioReads {
  readonly session: StudioSession;
  readonly studio: StudioInputs;
  readonly domains: ReadonlyMap<string, DescribeDomainResponse>;
  readonly config: DescribeAppImageConfigResponse | undefined;
  readonly configAction: ConfigAction;
  /** Each domain's user profiles (undefined: they could not be read, with `none`). */
  readonly profiles: ReadonlyMap<string, readonly ProfileRead[] | undefined>;
}

/** Reads every domain, its user profiles and the AppImageConfig, failing before anything is created. */
export async function startStudioStep(
  session: StudioSession,
  studio: StudioInputs,
): Promise<StudioStep> {
  const { report } = session;
  // Before any request: an AWS validation error may echo a value.
  maskEnvironmentValues(containerFacts(studio.appImageConfig.document).environment, report);
  const configName = studio.appImageConfig.name;
  const probe = desiredEntry(session.inputs.imageName, configName, 0);
  const domains = await readEveryDomain(session, studio.domainIds, (domainId, described) => {
    planDomain(domainId, described, studio, probe); // a full list fails here
    report.info(`Studio domain ${domainId} (${described.DomainName ?? 'unnamed'}) is InService.`);
  });
  const profiles = new Map<string, readonly ProfileRead[] | undefined>();
  for (const domainId of studio.domainIds)
    profiles.set(domainId, await checkProfiles(session, studio, domainId, probe));
  const config = await session.api.describeAppImageConfig(session.client, configName);
  const configAction = appImageConfigAction(config, desiredAppImageConfig(studio), studio.appType);
  report.info(
    config === undefined
      ? `AppImageConfig ${configName} does not exist yet: it will be created.`
      : `AppImageConfig ${configName} exists${configAction === 'update' ? ' and will be updated' : ''}.`,
  );
  const reads: StudioReads = { session, studio, domains, config, configAction, profiles };
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

async function upsertConfigOnce({ session, studio, config }: StudioReads): Promise<ConfigOutcome> {
  const { report } = session;
  const outcome = await report.group(
    `Create or update AppImageConfig ${studio.appImageConfig.name}`,
    () => upsertAppImageConfig(session, studio, config),
  );
  report.output(StudioOutput.AppImageConfigArn, outcome.arn);
  return outcome;
}

/** Puts the entry in each domain's lists, then (`user-profiles: all`) in the profiles'. */
async function attachDomains(
  reads: StudioReads,
  configOutcome: ConfigOutcome,
  version: number,
): Promise<string> {
  const { session, studio } = reads;
  const { report } = session;
  const entry = entryFor(reads, version);
  const updated: string[] = [];
  const outcomes = [];
  for (const domainId of studio.domainIds) {
    const outcome = await report.group(
      `Attach ${describeEntry(entry)} to Studio domain ${domainId}`,
      async () => {
        // Read again before each write that depends on it: another run may have made a newer one.
        const guard = await rollbackGuard(session, entry);
        const attached = await attachToDomain(session, studio, domainId, entry, guard);
        for (const level of attached.plan.levels) report.info(levelLine(level));
        return attached;
      },
    );
    if (outcome.writes > 0) updated.push(domainId);
    // Set as it grows, so a failure in a later domain still tells which ones changed.
    report.output(StudioOutput.DomainsUpdated, updated.join(','));
    outcomes.push(outcome);
  }
  if (studio.domainIds.length > 0) {
    report.info(
      updated.length === 0
        ? 'Studio: every domain already had this entry; nothing was written.'
        : `Studio: updated ${updated.join(', ')}. Users get the image when they restart their app.`,
    );
  }
  // Stryker disable next-line ArrayDeclaration: an element that is no ProfilesOutcome matches no domain and holds nothing newer
  const profiles = studio.userProfiles === 'all' ? await attachProfiles(reads, entry) : [];
  const plans = outcomes.map(({ plan }) => plan);
  const held = heldNewerNotice(session.inputs.imageName, version, plans, profiles);
  if (held !== undefined) report.notice(held, 'Newest version wins');
  return renderStudioSummary({
    region: session.inputs.region,
    appType: studio.appType,
    appImageConfig: configOutcome,
    domains: plans,
    profiles: profileCounts(reads, profiles),
    dryRun: false,
  });
}

/** `user-profiles: all`: the entry in the own lists of each domain's profiles. */
async function attachProfiles(
  { session, studio }: StudioReads,
  entry: CustomImage,
): Promise<ProfilesOutcome[]> {
  const outcomes: ProfilesOutcome[] = [];
  for (const domainId of studio.domainIds) {
    outcomes.push(
      await session.report.group(
        `Add ${describeEntry(entry)} to the own lists of Studio domain ${domainId}'s user profiles`,
        async () =>
          attachToProfiles(
            session,
            studio.appType,
            domainId,
            entry,
            await rollbackGuard(session, entry),
          ),
      ),
    );
  }
  const withOwnList = outcomes.reduce((sum, outcome) => sum + outcome.withOwnList, 0);
  const updated = outcomes.reduce((sum, outcome) => sum + outcome.updated, 0);
  session.report.info(
    `Studio: ${withOwnList} user profile${withOwnList === 1 ? '' : 's'} with an image list of ` +
      `their own; this image's entry was written to ${updated} of them.`,
  );
  return outcomes;
}

/** The summary's counts of profiles with their own list: as attached, else as read at the start. */
function profileCounts(
  { studio, profiles }: StudioReads,
  attached: readonly ProfilesOutcome[],
): NonNullable<StudioSummaryFacts['profiles']> {
  return {
    choice: studio.userProfiles,
    domains: studio.domainIds.map((domainId) => {
      const outcome = attached.find((o) => o.domainId === domainId);
      if (outcome !== undefined)
        return { domainId, withOwnList: outcome.withOwnList, changed: outcome.updated };
      const reads = profiles.get(domainId);
      if (reads === undefined) return { domainId };
      return {
        domainId,
        withOwnList: reads.filter((read) => hasOwnList(read, studio.appType)).length,
      };
    }),
  };
}

/**
 * Newest wins: a pin never replaces a newer one, nor an entry without a version (the latest)
 * when the image has a newer CREATED version than this one, unless `allow-rollback`. The newest
 * version is read only when it matters (when this run pins a version), and again before each
 * write that depends on it.
 */
export async function rollbackGuard(
  session: StudioSession,
  entry: CustomImage,
): Promise<RollbackGuard> {
  const { inputs, api, client } = session;
  if (inputs.allowRollback || entry.ImageVersionNumber === undefined)
    return { allowRollback: inputs.allowRollback };
  const newestVersion = await api.newestCreatedVersionNumber(client, inputs.imageName);
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
  profiles: readonly ProfilesOutcome[],
): string | undefined {
  const held = [
    ...plans.flatMap(({ domainId, levels }) =>
      levels
        .filter((level) => level.heldNewer !== undefined)
        .map((level) => `${domainId} ${level.path} stays on version ${level.heldNewer}`),
    ),
    ...profiles
      .filter((outcome) => outcome.heldNewer > 0)
      .map(
        ({ domainId, heldNewer: n }) =>
          `${n} user profile${n === 1 ? '' : 's'} of ${domainId} stay${n === 1 ? 's' : ''} on a newer version in ${n === 1 ? 'its' : 'their'} own list`,
      ),
  ];
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
  // Stryker disable ConditionalExpression,ObjectLiteral,BooleanLiteral: without a version, the entry is unpinned (never a rollback) or the placeholder (no number is greater than it), so no guard changes the plan; this one says so
  const guard =
    version === undefined
      ? { allowRollback: true }
      : await rollbackGuard(session, entryFor(reads, version));
  // Stryker restore ConditionalExpression,ObjectLiteral,BooleanLiteral
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
      logLists(report, level.imagesBefore, level.imagesAfter, level.changed);
    }
  }
  const profiles = planProfiles(reads, entry, guard);
  const markdown = renderStudioSummary({
    region: session.inputs.region,
    appType: studio.appType,
    appImageConfig: {
      name: studio.appImageConfig.name,
      ...(config?.AppImageConfigArn ? { arn: config.AppImageConfigArn } : {}),
      action: configAction,
    },
    domains: plans,
    profiles: profiles.counts,
    dryRun: true,
  });
  return {
    config: configRequests,
    domains: domainRequests,
    profiles: profiles.requests,
    markdown,
  };
}

function logLists(
  report: Session['report'],
  before: readonly CustomImage[],
  after: readonly CustomImage[],
  changed: boolean,
): void {
  report.info(`  before: ${JSON.stringify(before)}`);
  report.info(`  after:  ${JSON.stringify(after)}${changed ? '' : ' (unchanged)'}`);
}

/** The profiles' writes a real run would send, from the reads alone, and their counts. */
function planProfiles(
  reads: StudioReads,
  entry: CustomImage,
  guard: RollbackGuard,
): { requests: PlannedRequest[]; counts: NonNullable<StudioSummaryFacts['profiles']> } {
  const { session, studio, profiles } = reads;
  const requests: PlannedRequest[] = [];
  const domains = studio.domainIds.map((domainId) => {
    const read = profiles.get(domainId);
    if (read === undefined) return { domainId };
    const plans = read.map((profile) =>
      planProfile(domainId, profile, studio.appType, entry, guard),
    );
    const changing = plans.filter((plan) => plan.request !== undefined);
    if (studio.userProfiles === 'all') {
      for (const [index, plan] of plans.entries()) {
        if (plan.request === undefined) continue;
        requests.push({
          operation: 'UpdateUserProfile',
          input: plan.request,
          shown: requestForLog(plan.request),
        });
        const subject = profileSubject(domainId, index, plans.length);
        session.report.info(`${subject}, ${profileListPath(studio.appType)}:`);
        session.report.debug(`${subject} is ${plan.name}.`);
        logLists(session.report, plan.imagesBefore, plan.imagesAfter, true);
      }
    }
    return {
      domainId,
      withOwnList: plans.filter((plan) => plan.ownList).length,
      ...(studio.userProfiles === 'all' ? { changed: changing.length } : {}),
    };
  });
  return { requests, counts: { choice: studio.userProfiles, domains } };
}
