// `./retire`: inputs → what proves each version used or unused, read → the plan (keep or retire each
// version) → retire, or in a dry run print the plan → summary. It deletes only what it proved unused
// and does nothing when it cannot prove it. See src/retire/retention.ts. Then, unless `ecr-check:
// off`, the images of the versions still in use are checked in ECR (src/retire/ecr-guard.ts).
import { parseRetireInputs, type RetireInputs } from '../inputs/retire-inputs.js';
import { readRunContext } from '../inputs/run-context.js';
import { ActionError } from '../common/action-error.js';
import { logPlannedRequests } from '../report/planned-requests.js';
import { keepingOutputs, runnerReporter, type Reporter } from '../report/runner.js';
import { writeStepSummary } from '../report/step-summary.js';
import { failureSection, type RunPart } from '../report/run-summary.js';
import { failureMessage, openSession, readEntryInputs } from '../run/entry.js';
import { openEcrReads } from '../core/ecr-read.js';
import { systemClock, type Clock } from '../wait/clock.js';
import { checkRetainedImages } from './ecr-guard.js';
import { applyRetention } from './retention.js';

export async function run(
  clock: Clock = systemClock,
  runner: Reporter = runnerReporter,
): Promise<void> {
  const report = keepingOutputs(runner);
  let inputs: RetireInputs | undefined;
  let summary = '';
  let part: RunPart = 'retention';
  try {
    inputs = readEntryInputs(parseRetireInputs, report);
    const runContext = readRunContext();
    const session = await openSession(inputs, runContext, clock, report);
    const checking = inputs.ecrCheck !== 'off';
    const outcome = await applyRetention(session, inputs.retention, 'none', checking);
    summary = outcome.markdown;
    if (inputs.dryRun) {
      // With versions to retire, the retention report has said "Dry run: nothing was changed".
      logPlannedRequests(report, outcome.requests, {
        none: 'Dry run: nothing was changed, and a real run would retire nothing.',
        some: 'These requests would be sent:',
      });
    }
    if (checking) {
      // Retention's own work is done: `strict` fails the step only now, its summary written.
      part = 'the ECR check';
      const reads = await openEcrReads(session, runContext.runId);
      const ecr = await checkRetainedImages(session, outcome, reads);
      summary += ecr.markdown;
      if (ecr.failure !== undefined) throw new ActionError(ecr.failure);
    }
  } catch (error) {
    const message = failureMessage(report, error, inputs);
    report.fail(message);
    summary = [summary, ...failureSection(part, message, report.outputs())].join('\n');
  } finally {
    // Never empty: retention's section, or the failure's.
    await writeStepSummary(summary).catch(() => undefined);
  }
}
