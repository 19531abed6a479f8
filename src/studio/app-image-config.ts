// The AppImageConfig: created when missing, updated only when it differs in meaning, from the
// description the step read before anything was written (step.ts), so a first release describes it
// once. CreateAppImageConfig is not idempotent: losing a creation race ("already in use") means
// describing it again and going on from what the winner made.
import { forDisplay } from '../common/redact.js';
import type { DescribeAppImageConfigResponse } from '@aws-sdk/client-sagemaker';
import { errorFacts } from '../aws/errors.js';
import type { StudioInputs } from '../inputs/studio-inputs.js';
import type { Session } from '../run/session.js';
import { appImageConfigAction, desiredAppImageConfig, type ConfigAction } from './plan.js';

export interface ConfigOutcome {
  readonly name: string;
  readonly arn: string;
  /** What this run did: created it, updated it, or nothing. */
  readonly action: ConfigAction;
}

type Studio = Pick<StudioInputs, 'appType' | 'appImageConfig'>;

/** `described`: the config as read before anything was written (undefined: it did not exist). */
export async function upsertAppImageConfig(
  session: Session,
  studio: Studio,
  described: DescribeAppImageConfigResponse | undefined,
): Promise<ConfigOutcome> {
  const { api, client, report } = session;
  const desired = desiredAppImageConfig(studio);
  const name = studio.appImageConfig.name;
  const settle = async (
    described: DescribeAppImageConfigResponse | undefined,
  ): Promise<ConfigOutcome> => {
    const action = appImageConfigAction(described, desired, studio.appType);
    if (action === 'none') {
      report.info(`AppImageConfig ${name} is already as wanted.`);
      // Stryker disable next-line OptionalChaining: 'none' is only ever decided for a described config
      return { name, arn: described?.AppImageConfigArn ?? '', action };
    }
    if (action === 'update') {
      // Tags belong to the config's creation; UpdateAppImageConfig takes none.
      const { Tags, ...update } = desired;
      const arn = await api.updateAppImageConfig(client, update);
      report.info(`Updated AppImageConfig ${name}: ${JSON.stringify(forDisplay(desired))}`);
      return { name, arn, action };
    }
    const arn = await api.createAppImageConfig(client, desired);
    report.info(`Created AppImageConfig ${name}: ${JSON.stringify(forDisplay(desired))}`);
    return { name, arn, action };
  };

  try {
    return await settle(described);
  } catch (error) {
    if (described !== undefined || errorFacts(error).name !== 'ResourceInUse') throw error;
    report.info(`AppImageConfig ${name} was created meanwhile by another run; reading it again.`);
    const created = await api.describeAppImageConfig(client, name);
    if (created === undefined) throw error;
    return settle(created);
  }
}
