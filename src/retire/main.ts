// `./retire`: inputs → what proves each version used or unused, read → the plan (keep or retire each
// version) → retire, or in a dry run print the plan → summary. It deletes only what it proved unused
// and does nothing when it cannot prove it. See src/retire/retention.ts.
import { parseRetireInputs, type RetireInputs } from '../inputs/retire-inputs.js';
import { readRunContext } from '../inputs/run-context.js';
import { logPlannedRequests } from '../report/planned-requests.js';
import { keepingOutputs, runnerReporter, type Reporter } from '../report/runner.js';
import { writeStepSummary } from '../report/step-summary.js';
import { failureSection } from '../report/run-summary.js';
import { failureMessage, openSession, readEntryInputs } from '../run/entry.js';
import { systemClock, type Clock } from '../wait/clock.js';
import { applyRetention } from './retention.js';

export async function run(
  clock: Clock = systemClock,
  runner: Reporter = runnerReporter,
): Promise<void> {
  const report = keepingOutputs(runner);
  let inputs: RetireInputs | undefined;
  let summary = '';
  try {
    inputs = readEntryInputs(parseRetireInputs, report);
    const session = await openSession(inputs, readRunContext(), clock, report);
    const outcome = await applyRetention(session, inputs.retention, 'none');
    summary = outcome.markdown;
    if (inputs.dryRun) {
      // With versions to retire, the retention report has said "Dry run: nothing was changed".
      logPlannedRequests(report, outcome.requests, {
        none: 'Dry run: nothing was changed, and a real run would retire nothing.',
        some: 'These requests would be sent:',
      });
    }
  } catch (error) {
    const message = failureMessage(report, error, inputs);
    report.fail(message);
    summary = [summary, ...failureSection('retention', message, report.outputs())].join('\n');
  } finally {
    if (summary !== '') await writeStepSummary(summary).catch(() => undefined);
  }
}
