// The flow, top to bottom: inputs → request → token → create → outputs → summary.
import * as core from '@actions/core';
import { ActionError } from './action-error.js';
import { parseImageVersionArn } from './arn.js';
import { explainAwsError } from './errors.js';
import { parseInputs, type Inputs } from './inputs.js';
import { quoteForLog } from './log-safe.js';
import { buildVersionRequestBody, type VersionRequestBody } from './request.js';
import { renderSummary } from './summary.js';
import { deriveClientToken, runIdentityProblem } from './token.js';

export async function run(): Promise<void> {
  try {
    await registerImageVersion();
  } catch (error) {
    // The one place the step fails.
    if (error instanceof ActionError) {
      core.setFailed(error.message);
    } else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
      core.setFailed(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function registerImageVersion(): Promise<void> {
  const parsed = parseInputs((name) => core.getInput(name), process.env);
  if (!parsed.ok) {
    throw new ActionError(
      `Invalid inputs; nothing was sent to AWS:\n${parsed.problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  const { inputs } = parsed;
  const requestBody = buildVersionRequestBody(inputs);
  const { clientToken, runId } = await resolveClientToken(inputs, requestBody);
  core.setOutput('client-token', clientToken);

  const sagemaker = await import('./sagemaker.js');
  const client = sagemaker.createSageMakerClient({
    region: inputs.region,
    maxAttempts: inputs.maxAttempts,
    httpTimeoutMs: inputs.httpTimeoutSeconds * 1000,
    runId,
  });

  const imageVersionArn = await core.group('Create the image version', async () => {
    core.info(
      `CreateImageVersion: image ${quoteForLog(inputs.imageName)}, base image ` +
        `${quoteForLog(inputs.baseImage)}, region ${inputs.region}`,
    );
    try {
      return await sagemaker.createImageVersion(client, {
        ...requestBody,
        ClientToken: clientToken,
      });
    } catch (error) {
      throw new ActionError(
        explainAwsError(error, {
          operation: 'CreateImageVersion',
          imageName: inputs.imageName,
          region: inputs.region,
        }),
      );
    }
  });

  const arnParts = parseImageVersionArn(imageVersionArn);
  if (arnParts === undefined) {
    throw new ActionError(
      `SageMaker answered with an ARN this action cannot read: ${quoteForLog(imageVersionArn)}.`,
    );
  }
  // Set right away, so `if: always()` steps can use them whatever happens next.
  core.setOutput('image-version-arn', imageVersionArn);
  core.setOutput('image-version', String(arnParts.version));
  core.setOutput('image-arn', arnParts.imageArn);
  core.info(`Image version ${arnParts.version}: ${imageVersionArn}`);

  await core.summary
    .addRaw(
      renderSummary({
        imageName: inputs.imageName,
        region: arnParts.region,
        partition: arnParts.partition,
        version: arnParts.version,
        imageVersionArn,
        baseImage: inputs.baseImage,
        clientToken,
        created: true,
      }),
    )
    .write();
}

/** The user's token, or one derived from the run; the run id also goes in the user agent. */
async function resolveClientToken(
  inputs: Inputs,
  requestBody: VersionRequestBody,
): Promise<{ clientToken: string; runId: string }> {
  const { readRunContext } = await import('./run-context.js');
  const runContext = readRunContext();
  if (inputs.clientToken !== undefined) {
    core.info(`ClientToken ${inputs.clientToken} (from input client-token)`);
    return { clientToken: inputs.clientToken, runId: runContext.runId };
  }
  const problem = runIdentityProblem(runContext);
  if (problem !== undefined) throw new ActionError(problem);
  const clientToken = deriveClientToken(runContext, requestBody);
  core.info(
    `ClientToken ${clientToken} (derived from run ${runContext.runId}, commit ` +
      `${runContext.sha.slice(0, 12)} and the request: a re-run of this run with the same inputs ` +
      'returns the same version)',
  );
  return { clientToken, runId: runContext.runId };
}
