// What every entry point does the same way around its own work: read and check its inputs before
// anything is loaded or sent (masking account ids first), open the SageMaker session only then,
// and turn whatever failed into one message that says what happened and what to do.
import { ActionError } from '../common/action-error.js';
import { AwsCallError, explainAwsError } from '../aws/errors.js';
import { proxyWarning } from '../aws/client-config.js';
import { accountIdsIn } from '../inputs/account-ids.js';
import type { ParsedInputs, SessionInputs } from '../inputs/common-inputs.js';
import type { InputReader } from '../inputs/reader.js';
import { inInputOrder, isTrue } from '../inputs/reader.js';
import { RULES } from '../inputs/rules.js';
import type { RunContext } from '../inputs/run-context.js';
import { readRunnerInput, type Reporter } from '../report/runner.js';
import type { Clock } from '../wait/clock.js';
import { busyBudgetFor, type Session } from './session.js';

export type InputParser<I> = (read: InputReader, env: NodeJS.ProcessEnv) => ParsedInputs<I>;

/**
 * The entry point's validated inputs; every problem (and `extraProblems`) listed at once, before any
 * request. With `mask-aws-account-id`, every account id in an input is masked as the input is read,
 * before anything is said.
 */
export function readEntryInputs<I>(
  parse: InputParser<I>,
  report: Reporter,
  extraProblems: (read: InputReader) => readonly string[] = () => [],
): I {
  const masking = isTrue(readRunnerInput('mask-aws-account-id'));
  const read: InputReader = (name) => {
    const value = readRunnerInput(name);
    if (masking) for (const accountId of accountIdsIn(value)) report.mask(accountId);
    return value;
  };
  const parsed = parse(read, process.env);
  // In action.yml's order (RULES follows it), whatever order they were found in.
  const problems = [
    ...(parsed.ok ? [] : inInputOrder(parsed.problems, Object.keys(RULES))),
    ...extraProblems(read),
  ];
  if (!parsed.ok || problems.length > 0) {
    throw new ActionError(
      `Invalid inputs; nothing was sent to AWS:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  for (const warning of parsed.warnings) report.warning(warning);
  return parsed.inputs;
}

/** The SageMaker client and calls, loaded only now, so that bad inputs fail without paying for them. */
export async function openSession<I extends SessionInputs>(
  inputs: I,
  runContext: RunContext,
  clock: Clock,
  report: Reporter,
): Promise<Session<I>> {
  const api = await import('../aws/api.js');
  const proxy = proxyWarning(process.env, process.version);
  if (proxy !== undefined) report.warning(proxy);
  const client = api.createSageMakerClient({
    region: inputs.region,
    maxAttempts: inputs.maxAttempts,
    httpTimeoutMs: inputs.httpTimeoutSeconds * 1000,
    runId: runContext.runId,
    log: (line) => report.debug(line),
    maskAccountIds: inputs.maskAccountId,
  });
  return { inputs, api, client, clock, report, busyBudget: busyBudgetFor(inputs) };
}

/** What failed, in one message: ours as written, AWS's explained, anything else with its stack in debug. */
export function failureMessage(
  report: Reporter,
  error: unknown,
  inputs: Pick<SessionInputs, 'imageName' | 'region' | 'advice'> | undefined,
): string {
  if (error instanceof ActionError) return error.message;
  if (error instanceof AwsCallError && inputs !== undefined) {
    return explainAwsError(error, {
      operation: error.operation,
      imageName: inputs.imageName,
      region: inputs.region,
      advice: inputs.advice,
    });
  }
  report.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
