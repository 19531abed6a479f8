// `./studio`: make a CREATED version what Studio users get. Inputs → the version read (it must be
// CREATED; its name as the image spells it) → every domain, its user profiles and the
// AppImageConfig read (startStudioStep: a typo, a broken domain, a full list or a config of another
// app type stops it with nothing written) → the version's image checked in ECR (src/core/pin-guard.ts:
// one it cannot pull stops it too) → the aliases read and planned (one another version holds,
// without `move-aliases`, stops it too) → the AppImageConfig created or updated → the aliases placed
// → each domain's lists (and with `user-profiles: all` the profiles' own) → summary. A dry run prints
// what all of it would send, from the same reads.
import type { DescribeImageVersionResponse } from '@aws-sdk/client-sagemaker';
import { ActionError } from '../common/action-error.js';
import { logPlannedRequests } from '../report/planned-requests.js';
import type { ImageVersionArnParts } from '../aws/arn.js';
import { aliasesOnExisting, planAliasesOnExistingVersion } from '../core/aliases.js';
import { openEcrReads } from '../core/ecr-read.js';
import { guardPin } from '../core/pin-guard.js';
import { parseStudioInputs, type StudioEntryInputs } from '../inputs/studio-inputs.js';
import { readRunContext } from '../inputs/run-context.js';
import { StudioOutput } from '../report/outputs.js';
import { keepingOutputs, runnerReporter, type Reporter } from '../report/runner.js';
import { writeStepSummary } from '../report/step-summary.js';
import { givenVersion, readGivenVersion } from '../core/given-version.js';
import { failureSection } from '../report/run-summary.js';
import { renderDryRunSummary } from '../report/summary.js';
import { failureMessage, openSession, readEntryInputs } from '../run/entry.js';
import type { Session } from '../run/session.js';
import { systemClock, type Clock } from '../wait/clock.js';
import { startStudioStep } from './step.js';

export async function run(
  clock: Clock = systemClock,
  runner: Reporter = runnerReporter,
): Promise<void> {
  const report = keepingOutputs(runner);
  let inputs: StudioEntryInputs | undefined;
  const sections: string[] = [];
  try {
    inputs = readEntryInputs(parseStudioInputs, report);
    // Its account id is masked already: readEntryInputs masks every account id in the inputs.
    const version = versionOf(inputs);
    const runContext = readRunContext();
    const opened = await openSession(inputs, runContext, clock, report);
    const { session, containerImage } = await readVersion(opened, version);
    const step = await report.group('Check the Studio domains', () =>
      startStudioStep(session, session.inputs.studio),
    );
    // Before anything is written: Studio could not start a version whose image cannot be pulled.
    const users = studioUsers(session.inputs.studio.domainIds);
    const reads = await openEcrReads(session, runContext.runId);
    await guardPin(session, { version: version.version, containerImage, users }, reads);
    // Read and planned before anything is written: an alias another version holds (without
    // `move-aliases`) stops the release here, before the AppImageConfig or any list changes.
    const aliases = await planAliasesOnExistingVersion(session, version.version);
    if (session.inputs.dryRun) {
      const plan = await step.dryRun(version.version);
      const requests = [...plan.config, ...aliases, ...plan.domains, ...plan.profiles];
      logPlannedRequests(report, requests);
      sections.push(renderDryRunSummary(session.inputs, requests), plan.markdown);
      return;
    }
    await step.upsertConfig();
    const placed = await aliasesOnExisting(session, version.version);
    report.output(StudioOutput.Aliases, placed.join(','));
    sections.push(await step.attachDomains(version.version));
  } catch (error) {
    const message = failureMessage(report, error, inputs);
    report.fail(message);
    sections.push(failureSection('Studio', message, report.outputs()).join('\n'));
  } finally {
    // Never empty: every way out above adds a section (the dry run's, the release's, the failure's).
    await writeStepSummary(`${sections.join('\n')}\n`).catch(() => undefined);
  }
}

/** The version the input names; one in another region than the step's is refused before any request. */
function versionOf(inputs: StudioEntryInputs): ImageVersionArnParts {
  return givenVersion(inputs, 'Studio domains use images of their own region', 'release a version');
}

/** Who the version is about to reach, in words, for the ECR check's messages. */
function studioUsers(domainIds: readonly string[]): string {
  return `Studio domain${domainIds.length === 1 ? '' : 's'} ${domainIds.join(', ')}, about to get it`;
}

/**
 * The session with the image's name as the image spells it (an ARN holds it in lower case, and a
 * domain's entry names it as spelled), once the version is proved CREATED, and the version's
 * ContainerImage. A dry run lets a version that does not exist yet through: a dry run of `./` plans
 * it (status PLANNED).
 */
async function readVersion(
  session: Session<StudioEntryInputs>,
  version: ImageVersionArnParts,
): Promise<{ session: Session<StudioEntryInputs>; containerImage: string | undefined }> {
  const { imageName, described } = await readGivenVersion(session, version);
  assertReleasable(described, imageName, version, session.inputs.dryRun);
  return {
    session: { ...session, inputs: { ...session.inputs, imageName } },
    containerImage: described?.ContainerImage,
  };
}

function assertReleasable(
  described: DescribeImageVersionResponse | undefined,
  imageName: string,
  version: ImageVersionArnParts,
  dryRun: boolean,
): void {
  const status = described?.ImageVersionStatus;
  if (status === 'CREATED' || (dryRun && described === undefined)) return;
  if (described === undefined) {
    throw new ActionError(
      `Image ${imageName} version ${version.version} does not exist in ${version.region}. Check ` +
        '`image-version-arn` (the `image-version-arn` output of the `./` step that registered it) ' +
        'and `aws-region`. Nothing was changed.',
    );
  }
  throw new ActionError(
    `Image ${imageName} version ${version.version} is ${status ?? 'without a status'}: \`./studio\` ` +
      'releases only a CREATED version (Studio could not start any other). Release it after ' +
      '`./` waited for it (`wait-for-created: true`), or release another version. Nothing was changed.',
  );
}
