// AWS errors → one message that says what happened and what to do. Pure.
import { oneLine } from '../report/log-safe.js';

export interface AwsErrorContext {
  /** The SageMaker operation that failed, e.g. `CreateImageVersion` (a SageMakerCallError knows). */
  readonly operation: string;
  readonly imageName: string;
  readonly region: string;
}

interface ErrorFacts {
  readonly name: string;
  readonly message: string;
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly code?: string;
}

const CONFIGURE_CREDENTIALS =
  'add aws-actions/configure-aws-credentials (with `id-token: write` for OIDC) before this step';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** An error from one SageMaker call, remembering which operation it was. */
export class SageMakerCallError extends Error {
  override readonly name = 'SageMakerCallError';
  readonly operation: string;
  override readonly cause: unknown;
  constructor(operation: string, cause: unknown) {
    super(`${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.operation = operation;
    this.cause = cause;
  }
}

/** The name, message, request id and status an SDK or network error carries, whatever its shape. */
export function errorFacts(error: unknown): ErrorFacts {
  if (error instanceof SageMakerCallError) return errorFacts(error.cause);
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const withMeta = error as Error & {
    $metadata?: { requestId?: string; httpStatusCode?: number };
    code?: unknown;
    Code?: unknown;
  };
  const code = typeof withMeta.code === 'string' ? withMeta.code : undefined;
  const awsCode = typeof withMeta.Code === 'string' ? withMeta.Code : undefined;
  const facts: { -readonly [K in keyof ErrorFacts]: ErrorFacts[K] } = {
    name: awsCode ?? error.name,
    message: oneLine(error.message),
  };
  if (withMeta.$metadata?.requestId) facts.requestId = withMeta.$metadata.requestId;
  if (withMeta.$metadata?.httpStatusCode) facts.httpStatus = withMeta.$metadata.httpStatusCode;
  if (code !== undefined) facts.code = code;
  return facts;
}

function isAccessDenied(name: string): boolean {
  return /AccessDenied|NotAuthorized|UnauthorizedOperation/i.test(name);
}

function isCredentialsProblem(name: string): boolean {
  return [
    // Stryker disable StringLiteral: adviceFor answers these three before it asks this list
    'CredentialsProviderError',
    'ExpiredTokenException',
    'ExpiredToken',
    // Stryker restore StringLiteral
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'InvalidClientTokenId',
    'IncompleteSignature',
    'MissingAuthenticationToken',
  ].includes(name);
}

function isNetworkProblem(facts: ErrorFacts): boolean {
  return (
    (facts.code !== undefined && NETWORK_CODES.has(facts.code)) ||
    NETWORK_CODES.has(facts.name) ||
    facts.name === 'TimeoutError' ||
    facts.name === 'RequestTimeout'
  );
}

/** Errors that may pass with time: throttling, server faults, the network. */
export function isTransient(error: unknown): boolean {
  const facts = errorFacts(error);
  return (
    /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(facts.name) ||
    (facts.httpStatus !== undefined && facts.httpStatus >= 500) ||
    isNetworkProblem(facts)
  );
}

/** One sentence on what happened, then what to do; AWS's own words and request id in brackets. */
export function explainAwsError(error: unknown, context: AwsErrorContext): string {
  const facts = errorFacts(error);
  const operation = error instanceof SageMakerCallError ? error.operation : context.operation;
  const { imageName, region } = context;
  const advice = adviceFor(facts, { ...context, operation });
  const detail = [
    `${facts.name}${facts.message ? `: ${facts.message}` : ''}`,
    facts.requestId === undefined ? undefined : `request id ${facts.requestId}`,
  ]
    .filter((part) => part !== undefined)
    .join('; ');
  return `${operation} for SageMaker image "${imageName}" in ${region} failed: ${advice} (${detail})`;
}

function adviceFor(facts: ErrorFacts, { operation, imageName, region }: AwsErrorContext): string {
  const { name, message } = facts;
  if (name === 'ResourceNotFound') {
    return (
      `the SageMaker image "${imageName}" does not exist in ${region}. Create it first ` +
      '(`aws sagemaker create-image`, or set `create-image: true` with a `role-arn`), or check `aws-region`.'
    );
  }
  if (name === 'ResourceInUse') {
    return (
      `the image "${imageName}" is busy: another version or update is in progress. ` +
      'Wait for it to finish and re-run this job.'
    );
  }
  if (name === 'ResourceLimitExceeded') {
    return (
      'an account limit was reached. Delete image versions you no longer use, or ask for a higher ' +
      'quota in Service Quotas.'
    );
  }
  if (/IdempotentParameterMismatch/.test(name) || /client ?token/i.test(message)) {
    return (
      'this ClientToken was already used for a different request. Leave `client-token` empty so ' +
      'one is derived from the request, or give a new one.'
    );
  }
  if (name === 'ValidationException') {
    return 'SageMaker rejected the request as invalid; AWS says why below.';
  }
  if (isAccessDenied(name)) {
    const action = /perform: (\S+)/.exec(message)?.[1] ?? `sagemaker:${operation}`;
    return (
      `the credentials are not allowed to call ${action}. Grant ${action} on the image to the ` +
      'role this workflow assumes (see the IAM policy in the README).'
    );
  }
  if (name === 'ExpiredTokenException' || name === 'ExpiredToken') {
    return (
      'the AWS session credentials have expired. Re-run configure-aws-credentials right before this ' +
      'step, or raise its `role-duration-seconds`.'
    );
  }
  if (name === 'CredentialsProviderError') {
    return `no AWS credentials were found: ${CONFIGURE_CREDENTIALS}.`;
  }
  if (isCredentialsProblem(name)) {
    return (
      'AWS did not accept the credentials (wrong key, secret or session token). Check the secrets ' +
      `the job uses, or ${CONFIGURE_CREDENTIALS}.`
    );
  }
  if (name === 'ThrottlingException' || name === 'TooManyRequestsException') {
    return 'SageMaker kept throttling the requests after every retry. Re-run later, or raise `max-attempts`.';
  }
  if (isNetworkProblem(facts)) {
    return (
      `the SageMaker endpoint for ${region} could not be reached. Check the region, the runner's ` +
      'network and proxy settings (HTTPS_PROXY, NO_PROXY), or AWS_ENDPOINT_URL_SAGEMAKER if set.'
    );
  }
  if (facts.httpStatus !== undefined && facts.httpStatus >= 500) {
    return 'SageMaker had an internal error on every attempt. Re-run the job; if it persists, check the AWS Health Dashboard.';
  }
  return 'an unexpected error happened.';
}
