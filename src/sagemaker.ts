// The SageMaker edge: one configured client and the calls the action makes. Loaded only after the
// inputs are valid (a dynamic import), so a bad input fails without paying for the SDK.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import {
  CreateImageVersionCommand,
  SageMakerClient,
  type CreateImageVersionRequest,
} from '@aws-sdk/client-sagemaker';
import { ACTION_NAME, ACTION_VERSION } from './version.js';

export interface ClientSettings {
  readonly region: string;
  /** Attempts per call, first included; the SDK's standard retry strategy spaces them. */
  readonly maxAttempts: number;
  readonly httpTimeoutMs: number;
  /** Added to the user agent so AWS-side logs can tell runs apart. */
  readonly runId: string;
}

export function createSageMakerClient(settings: ClientSettings): SageMakerClient {
  // proxyEnv makes Node's agents honour HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case).
  const agentOptions = { keepAlive: true, proxyEnv: process.env };
  return new SageMakerClient({
    region: settings.region,
    maxAttempts: settings.maxAttempts,
    customUserAgent: [
      [ACTION_NAME, ACTION_VERSION],
      ...(settings.runId === '' ? [] : [['gha-run', settings.runId] as [string, string]]),
    ],
    requestHandler: {
      connectionTimeout: settings.httpTimeoutMs,
      requestTimeout: settings.httpTimeoutMs,
      httpAgent: new HttpAgent(agentOptions),
      httpsAgent: new HttpsAgent(agentOptions),
    },
  });
}

/** Sends CreateImageVersion and returns the new version's ARN. */
export async function createImageVersion(
  client: SageMakerClient,
  request: CreateImageVersionRequest,
): Promise<string> {
  const response = await client.send(new CreateImageVersionCommand(request));
  if (!response.ImageVersionArn)
    throw new Error('CreateImageVersion answered without an ImageVersionArn');
  return response.ImageVersionArn;
}
