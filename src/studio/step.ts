// The Studio step (`studio-domain-ids`), loaded by main.ts only when asked for. Before anything is
// created, every domain is read (waiting out Pending and Updating) and so is the AppImageConfig, so
// a typo, a broken domain, a full list or a config of another app type stops the run with nothing
// made. Once the version is CREATED, `attach` creates or updates the AppImageConfig and puts the
// entry in each domain's lists; `dryRun` shows what that would send, from the reads alone.
import * as core from '@actions/core';
import type { CustomImage, DescribeDomainResponse } from '@aws-sdk/client-sagemaker';
import { describeAppImageConfig } from '../aws/studio-api.js';
import type { StudioInputs } from '../inputs/studio-inputs.js';
import type { PlannedRequest } from '../report/summary.js';
import { describeEntry, renderStudioSummary } from '../report/studio-summary.js';
import type { Session } from '../run/session.js';
import { upsertAppImageConfig } from './app-image-config.js';
import { attachToDomain, readSettledDomain } from './domains.js';
import { appImageConfigAction, desiredAppImageConfig, desiredEntry, planDomain } from './plan.js';

export interface StudioStep {
  /** Attaches the CREATED `version`; returns the step summary's Studio section. */
  attach(version: number): Promise<string>;
  /** What attaching would send (the version: undefined when not created yet). */
  dryRun(version: number | undefined): { requests: PlannedRequest[]; markdown: string };
}

/** Reads every domain and the AppImageConfig, failing before anything is created. */
export async function startStudioStep(session: Session, studio: StudioInputs): Promise<StudioStep> {
  const { log } = session;
  const desiredConfig = desiredAppImageConfig(studio);
  const configName = studio.appImageConfig.name;
  const probe = desiredEntry(session.inputs.imageName, configName, 0);
  const domains = new Map<string, DescribeDomainResponse>();
  for (const domainId of studio.domainIds) {
    const described = await readSettledDomain(session, domainId);
    planDomain(domainId, described, studio, probe); // a full list fails here
    domains.set(domainId, described);
    log(`Studio domain ${domainId} (${described.DomainName ?? 'unnamed'}) is InService.`);
  }
  const config = await describeAppImageConfig(session.client, configName);
  const configAction = appImageConfigAction(config, desiredConfig, studio.appType);
  log(
    config === undefined
      ? `AppImageConfig ${configName} does not exist yet: it will be created.`
      : `AppImageConfig ${configName} exists${configAction === 'update' ? ' and will be updated' : ''}.`,
  );

  const entryFor = (version: number | undefined): CustomImage =>
    desiredEntry(session.inputs.imageName, configName, studio.pinVersion ? version : undefined);

  return {
    async attach(version) {
      const configOutcome = await core.group(`Create or update AppImageConfig ${configName}`, () =>
        upsertAppImageConfig(session, studio),
      );
      core.setOutput('app-image-config-arn', configOutcome.arn);
      const entry = entryFor(version);
      const updated: string[] = [];
      const outcomes = [];
      for (const domainId of studio.domainIds) {
        const outcome = await core.group(
          `Attach ${describeEntry(entry)} to Studio domain ${domainId}`,
          async () => {
            const attached = await attachToDomain(session, studio, domainId, entry);
            for (const level of attached.plan.levels) {
              log(
                `${level.path}: ${level.changed ? `${describeEntry(level.before)} → ${describeEntry(level.after)}` : 'already right'}`,
              );
            }
            return attached;
          },
        );
        if (outcome.writes > 0) updated.push(domainId);
        // Set as it grows, so a failure in a later domain still tells which ones changed.
        core.setOutput('studio-domains-updated', updated.join(','));
        outcomes.push(outcome);
      }
      core.info(
        updated.length === 0
          ? 'Studio: every domain already had this entry; nothing was written.'
          : `Studio: updated ${updated.join(', ')}. Users get the image when they restart their app.`,
      );
      return renderStudioSummary({
        region: session.inputs.region,
        appType: studio.appType,
        appImageConfig: configOutcome,
        domains: outcomes.map(({ plan }) => plan),
        dryRun: false,
      });
    },

    dryRun(version) {
      // Unknown until created: shown as a placeholder, like the aliases' version.
      const entry =
        version === undefined && studio.pinVersion
          ? { ...entryFor(undefined), ImageVersionNumber: '<new version>' as unknown as number }
          : entryFor(version);
      const requests: PlannedRequest[] = [];
      if (configAction !== 'none') {
        requests.push({
          operation: configAction === 'create' ? 'CreateAppImageConfig' : 'UpdateAppImageConfig',
          input: desiredConfig,
        });
      }
      const plans = studio.domainIds.map((domainId) =>
        planDomain(domainId, domains.get(domainId) ?? {}, studio, entry),
      );
      for (const plan of plans) {
        if (plan.request !== undefined)
          requests.push({ operation: 'UpdateDomain', input: plan.request });
        for (const level of plan.levels) {
          log(`Studio domain ${plan.domainId}, ${level.path}.CustomImages:`);
          log(`  before: ${JSON.stringify(level.imagesBefore)}`);
          log(
            `  after:  ${JSON.stringify(level.imagesAfter)}${level.changed ? '' : ' (unchanged)'}`,
          );
        }
      }
      const markdown = renderStudioSummary({
        region: session.inputs.region,
        appType: studio.appType,
        appImageConfig: {
          name: configName,
          ...(config?.AppImageConfigArn ? { arn: config.AppImageConfigArn } : {}),
          action: configAction,
        },
        domains: plans,
        dryRun: true,
      });
      return { requests, markdown };
    },
  };
}
