// The image checks as src/register/main.ts runs them (`preflight`, on unless `off`; loaded only
// then): once the inputs are valid and before the SageMaker client loads, read the base image from
// ECR (the ECR client loaded here, only now), judge it, and say what to register. There is no
// session yet: the reporter is passed in, and the ECR client lives for these reads only.
//
//   strict, no error   → the findings as warnings and notices; the reference to register
//   strict, an error   → the same, the Image section in the step summary, then the PreflightStop
//   warn               → every problem a warning; the reference to register
//   a missing ECR permission, in either mode → the run stops, naming it and `preflight: off`
import { ActionError } from '../common/action-error.js';
import { parseEcrReference } from '../inputs/ecr-reference.js';
import type { Inputs } from '../inputs/inputs.js';
import type { RunContext } from '../inputs/run-context.js';
import type { Reporter } from '../report/runner.js';
import { imageLogLines, renderImageSection } from './report.js';
import { PreflightStop, runPreflight, type PreflightOutcome } from './step.js';
import { studioSettingsOf } from './verdict.js';

/** What the checks decided. */
export interface CheckedImage {
  /** What CreateImageVersion gets as BaseImage: `base-image`, or its amd64 image by digest. */
  readonly reference: string;
  /** The step summary's Image section. */
  readonly section: string;
}

/** Checks the base image, unless `preflight: off` (then undefined: nothing read, nothing loaded). */
export async function checkImage(
  inputs: Inputs,
  runContext: RunContext,
  report: Reporter,
): Promise<CheckedImage | undefined> {
  const { preflight: mode, baseImage } = inputs;
  if (mode === 'off') return undefined;
  const reference = parseEcrReference(baseImage);
  // Stryker disable next-line ConditionalExpression,StringLiteral: the base-image rule admits only ECR references (the throw is for the type)
  if (reference === undefined) throw new ActionError(`Input \`base-image\` is not an ECR image.`);
  const elsewhere = regionStop(reference.region, inputs.region);
  if (mode === 'strict' && elsewhere !== undefined) throw new ActionError(elsewhere);
  const { openEcrReads } = await import('../aws/ecr.js');
  const { client, reads } = openEcrReads(reference, {
    maxAttempts: inputs.maxAttempts,
    httpTimeoutMs: inputs.httpTimeoutSeconds * 1000,
    runId: runContext.runId,
    log: (line) => report.debug(line),
    maskAccountIds: inputs.maskAccountId,
  });
  try {
    const outcome = await report.group('Check the image', async () => {
      try {
        return tell(
          report,
          await runPreflight({
            reference,
            mode,
            advice: inputs.advice,
            ...(inputs.appImageConfig === undefined
              ? {}
              : { studio: studioSettingsOf(inputs.appImageConfig) }),
            reads,
            log: (line) => report.info(line),
          }),
        );
      } catch (error) {
        if (!(error instanceof PreflightStop)) throw error;
        tell(report, error.outcome);
        // The run's summary, written once at its end, shows the verdicts.
        // A dry run stops where a real run would, and says so like its other stops.
        const message = inputs.dryRun
          ? `Dry run: a real run would fail: ${error.message}`
          : error.message;
        throw new ActionError(message, renderImageSection(error.outcome, baseImage));
      }
    });
    return { reference: outcome.reference, section: renderImageSection(outcome, baseImage) };
  } finally {
    client.destroy();
  }
}

/** The facts and verdicts in the log; each finding that is not an error as an annotation. */
function tell(report: Reporter, outcome: PreflightOutcome): PreflightOutcome {
  for (const line of imageLogLines(outcome)) report.info(line);
  for (const { severity, message } of outcome.findings) {
    // Errors stop the run: the failure lists them, once.
    if (severity === 'warning') report.warning(message);
    if (severity === 'notice') report.notice(message, 'Image check');
  }
  return outcome;
}

/**
 * `strict` stops a base image whose ECR repository is in another region than the SageMaker image:
 * SageMaker pulls from its own region, so the version would end CREATE_FAILED. (`warn` and `off`
 * warn about it as the inputs are read.) Pure.
 */
export function regionStop(imageRegion: string, region: string): string | undefined {
  if (imageRegion === region) return undefined;
  return (
    `The base image's ECR repository is in ${imageRegion}, but the SageMaker image is in ${region}: ` +
    "SageMaker pulls from a repository in the image's own region, so the version would end " +
    `CREATE_FAILED, and nothing was changed in SageMaker. Push the image to ECR in ${region}, or set ` +
    `\`aws-region\` to ${imageRegion}; \`preflight: warn\` registers it anyway.`
  );
}
