// What every AWS client of the action shares: the region it is given, the attempts and time limits
// from the inputs, proxy-aware connections, the SDK's log lines in the step's debug log, and the
// user agent that carries the action's version and the run id. Both the SageMaker and the ECR
// client are built from it, and so are the agents of the one direct download (the image config).
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { ACTION_NAME, ACTION_VERSION } from './action-version.js';
import { withoutAccountIds, withoutPresignedUrls } from '../common/log-safe.js';
import { forDisplay } from '../common/redact.js';

export interface ClientSettings {
  readonly region: string;
  /** Attempts per call, first included; the SDK's standard retry strategy spaces them. */
  readonly maxAttempts: number;
  readonly httpTimeoutMs: number;
  /** Added to the user agent so AWS-side logs can tell runs apart. */
  readonly runId: string;
  /** Where the SDK's own log lines go (the step's debug log); they never hold credentials. */
  readonly log: (line: string) => void;
  /**
   * `mask-aws-account-id`: every 12-digit account id in the SDK's log lines is hidden as it is
   * written, before the action learns (and masks) the ids of the accounts it talks to.
   */
  readonly maskAccountIds?: boolean;
}

export interface Agents {
  readonly httpAgent: HttpAgent;
  readonly httpsAgent: HttpsAgent;
}

/** Node's agents, honouring HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) through proxyEnv. */
export function proxyAwareAgents({ keepAlive = true } = {}): Agents {
  const agentOptions = { keepAlive, proxyEnv: process.env };
  return { httpAgent: new HttpAgent(agentOptions), httpsAgent: new HttpsAgent(agentOptions) };
}

/** The first Node.js whose agents take the proxy from the environment (`proxyEnv`). */
export const PROXY_ENV_NODE = [24, 5] as const;

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/**
 * A warning when a proxy is set but this Node.js ignores `proxyEnv` (older than 24.5: the option is
 * then silently dropped and requests go out directly), else undefined. Pure.
 */
export function proxyWarning(
  env: Readonly<Record<string, string | undefined>>,
  nodeVersion: string,
): string | undefined {
  const variable = PROXY_VARIABLES.find((name) => (env[name] ?? '').trim() !== '');
  if (variable === undefined) return undefined;
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  const [needMajor, needMinor] = PROXY_ENV_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  return (
    `${variable} is set, but this runner's Node.js ${nodeVersion.replace(/^v/, '')} is older than ` +
    `${needMajor}.${needMinor}, the first whose connections take a proxy from the environment: ` +
    "the action's requests to AWS go out directly, not through the proxy. Update the runner " +
    '(its Node.js 24 comes with it), or let the runner reach the AWS endpoints directly.'
  );
}

/** The constructor options every SDK client of the action takes. */
export function sdkClientConfig(settings: ClientSettings) {
  const write =
    (level: string) =>
    (...content: unknown[]) =>
      settings.log(
        hideAccountIds(
          // The SDK logs each call's output: ECR's GetDownloadUrlForLayer answers a pre-signed URL.
          withoutPresignedUrls(
            `AWS SDK ${level}: ${content.map((c) => (typeof c === 'string' ? c : JSON.stringify(forDisplay(c)))).join(' ')}`,
          ),
        ),
      );
  const hideAccountIds = (line: string): string =>
    settings.maskAccountIds === true ? withoutAccountIds(line) : line;
  const logger = {
    trace: () => {},
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  };
  const customUserAgent: [string, string][] = [
    [ACTION_NAME, ACTION_VERSION],
    ...(settings.runId === '' ? [] : [['gha-run', settings.runId] as [string, string]]),
  ];
  return {
    region: settings.region,
    maxAttempts: settings.maxAttempts,
    logger,
    customUserAgent,
    requestHandler: {
      connectionTimeout: settings.httpTimeoutMs,
      requestTimeout: settings.httpTimeoutMs,
      // A request past its time limit fails (and is retried) instead of only being warned about.
      throwOnRequestTimeout: true,
      logger,
      ...proxyAwareAgents(),
    },
  };
}
